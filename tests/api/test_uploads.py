"""Request bodies: size limit, media types, malformed uploads and the per-client rate limit."""

from __future__ import annotations

from pathlib import Path

from tests.api.conftest import AUTH, make_app, problem


def test_over_the_size_limit_is_413(tmp_path: Path):
    client = make_app(tmp_path, MAX_REQUEST_BYTES=1000).test_client()
    problem(client.post("/v1/parse", data=b"x" * 2000, content_type="text/plain"), 413)
    problem(client.post("/v1/articles", data=b"x" * 2000, content_type="text/plain", headers=AUTH), 413)


def test_other_media_types_are_415(client):
    problem(client.post("/v1/parse", data="<a/>", content_type="application/xml"), 415)
    problem(client.post("/v1/parse", data="x"), 415)


def test_json_upload_needs_text(client):
    assert "text" in problem(client.post("/v1/parse", json={"filename": "a.txt"}), 422)["errors"]["json"]
    problem(client.post("/v1/parse", json=["not", "an", "object"]), 422)
    problem(client.post("/v1/parse", data="{broken", content_type="application/json"), 422)


def test_multipart_needs_the_file_field(client):
    problem(client.post("/v1/parse", data={"other": "x"}, content_type="multipart/form-data"), 422)


def test_text_without_an_article_is_422(client):
    body = problem(client.post("/v1/parse", data=" \n ", content_type="text/plain"), 422)
    assert body["detail"].startswith("The text cannot be parsed")


def test_rate_limit_is_per_client_and_says_when_to_retry(tmp_path: Path):
    client = make_app(tmp_path, RATE_LIMIT="2/minute").test_client()
    for _ in range(2):
        problem(client.post("/v1/parse", data="<a/>", content_type="application/xml"), 415)
    response = client.post("/v1/parse", data="<a/>", content_type="application/xml")
    problem(response, 429)
    assert 1 <= int(response.headers["Retry-After"]) <= 61  # the window, rounded up
    # Another client (here: another key) has its own budget.
    problem(client.post("/v1/articles", data="<a/>", content_type="application/xml", headers=AUTH), 415)


def test_reads_are_not_rate_limited(tmp_path: Path):
    client = make_app(tmp_path, RATE_LIMIT="1/minute").test_client()
    assert [client.get("/healthz").status_code for _ in range(3)] == [200, 200, 200]
