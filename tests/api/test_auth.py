"""Writes need a configured Bearer key; reads are open unless the server says otherwise."""

from __future__ import annotations

from pathlib import Path

from tests.api.conftest import API_KEY, AUTH, make_app, problem


def test_write_without_key_is_401_with_challenge(client):
    response = client.post("/v1/articles", data="text", content_type="text/plain")
    problem(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_write_with_wrong_key_is_401(client):
    headers = {"Authorization": "Bearer " + API_KEY[:-1] + "x"}
    problem(client.delete("/v1/articles/abc", headers=headers), 401)


def test_other_scheme_is_not_a_key(client):
    problem(client.delete("/v1/articles/abc", headers={"Authorization": f"Basic {API_KEY}"}), 401)


def test_no_keys_configured_refuses_writes(tmp_path: Path):
    client = make_app(tmp_path, API_KEYS="").test_client()
    body = problem(client.post("/v1/articles", data="text", content_type="text/plain", headers=AUTH), 403)
    assert "no API keys" in body["detail"]


def test_valid_key_passes_to_the_request_checks(client):
    # Past authentication the next check is the media type, which needs no database.
    problem(client.post("/v1/articles", data="<a/>", content_type="application/xml", headers=AUTH), 415)


def test_any_of_several_keys_works(tmp_path: Path):
    client = make_app(tmp_path, API_KEYS=f"other-key, {API_KEY}").test_client()
    problem(client.post("/v1/articles", data="<a/>", content_type="application/xml", headers=AUTH), 415)


def test_reads_can_require_a_key(tmp_path: Path):
    client = make_app(tmp_path, READS_REQUIRE_KEY=True).test_client()
    problem(client.get("/v1/sources"), 401)
    problem(client.post("/v1/parse", data="x", content_type="text/plain"), 401)
    assert client.get("/healthz").status_code == 200  # probes stay open
