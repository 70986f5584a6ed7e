"""Probes and configuration: liveness, readiness against the database, and NEWSDESK_* parsing."""

from __future__ import annotations

from pathlib import Path

from api.config import from_environ
from tests.api.conftest import make_app, problem


def test_liveness_and_readiness(client):
    assert client.get("/healthz").get_json()["status"] == "ok"
    assert client.get("/readyz").get_json()["status"] == "ok"


def test_unreachable_database_is_503_not_ready(tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    app = make_app(tmp_path, DATABASE_URL=f"sqlite:///{blocker / 'x.db'}")
    app.logger.disabled = True  # the failure is logged on purpose; keep the test output clean
    body = problem(app.test_client().get("/readyz"), 503)
    assert "database" in body["detail"] and "sqlite" not in body["detail"]
    assert app.test_client().get("/healthz").status_code == 200


def test_environment_values_are_typed_and_unknown_ones_ignored():
    values = from_environ({"NEWSDESK_API_KEYS": "a,b", "NEWSDESK_READS_REQUIRE_KEY": "yes",
                           "NEWSDESK_MAX_REQUEST_BYTES": "1000", "NEWSDESK_SPACY_MODEL": "x", "OTHER": "1"})
    assert values == {"API_KEYS": "a,b", "READS_REQUIRE_KEY": True, "MAX_REQUEST_BYTES": 1000}


def test_keys_from_the_environment_are_split_and_trimmed(tmp_path: Path):
    app = make_app(tmp_path, API_KEYS=" one , two ,,")
    assert app.config["API_KEYS"] == ("one", "two")
    assert app.config["MAX_CONTENT_LENGTH"] == app.config["MAX_REQUEST_BYTES"]
