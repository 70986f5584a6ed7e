"""Fixtures for the HTTP API: an app on a temporary SQLite file, its client, and an API key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from api import create_app
from schemas import ArticleRecord

API_KEY = "test-key-0123456789"
AUTH = {"Authorization": f"Bearer {API_KEY}"}
ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))


def make_app(tmp_path: Path, **overrides: Any) -> Flask:
    """An app on its own SQLite file with one API key and a generous rate limit."""
    config = {"TESTING": True, "DATABASE_URL": f"sqlite:///{tmp_path / 'api.db'}", "API_KEYS": API_KEY,
              "RATE_LIMIT": "1000/minute", **overrides}
    return create_app(config)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Flask]:
    application = make_app(tmp_path)
    yield application
    from api.extensions import close_store

    close_store(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture(scope="session")
def loaded(tmp_path_factory) -> Iterator[tuple[FlaskClient, list[ArticleRecord]]]:
    """A client on a database holding every fixture article (ingested over HTTP), and their records."""
    app = make_app(tmp_path_factory.mktemp("loaded"))
    client = app.test_client()
    records = []
    for path in ARTICLES:
        response = client.post("/v1/articles", data=path.read_bytes(), content_type="text/plain", headers=AUTH)
        assert response.status_code == 201, response.get_data(as_text=True)
        records.append(ArticleRecord.model_validate_json(response.get_data()))
    yield client, records
    from api.extensions import close_store

    close_store(app)


def problem(response: Any, status: int) -> dict[str, Any]:
    """Assert a problem+json response with `status` and return its body."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json(force=True)
    assert body["status"] == status and body["type"] == "about:blank" and body["title"]
    return body


# npm tools for the contract checks, pinned, installed on demand into a gitignored folder.
NODE_PACKAGES = ("@redocly/cli@2.77.0", "openapi-typescript@7.13.0", "typescript@5.9.3")
NODE_DIR = ROOT / "build" / "node"


@pytest.fixture(scope="session")
def node_bin() -> Path:
    """The .bin folder of the pinned npm tools; installs them on first use."""
    import shutil
    import subprocess

    stamp = NODE_DIR / "installed.txt"
    wanted = "\n".join(NODE_PACKAGES)
    if not (stamp.exists() and stamp.read_text() == wanted):
        if shutil.which("npm") is None:
            pytest.fail("npm is needed for the OpenAPI lint and TypeScript SDK checks (apt-get install npm)")
        NODE_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", str(NODE_DIR),
                        *NODE_PACKAGES], check=True, capture_output=True, timeout=600)
        stamp.write_text(wanted)
    return NODE_DIR / "node_modules" / ".bin"
