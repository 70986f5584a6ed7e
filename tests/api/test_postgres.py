"""The same HTTP round trip on PostgreSQL (NEWSDESK_DATABASE_URL=postgresql+psycopg://...), in a throwaway schema."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from schemas import ArticleRecord
from tests.api.conftest import ARTICLES, AUTH, make_app, problem
from tests.postgres import postgres_schema

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url() -> Iterator[str]:
    with postgres_schema("api") as url:
        yield url


def test_ingest_search_read_and_delete_on_postgresql(tmp_path, pg_url):
    app = make_app(tmp_path, DATABASE_URL=pg_url)
    client = app.test_client()
    try:
        ids = []
        for path in ARTICLES:
            response = client.post("/v1/articles", data=path.read_bytes(), content_type="text/plain", headers=AUTH)
            assert response.status_code == 201, response.get_data(as_text=True)
            ids.append(ArticleRecord.model_validate_json(response.get_data()).id)
        assert client.get("/readyz").status_code == 200
        page = client.get("/v1/articles?per_page=100&facets=true").get_json()
        assert page["pagination"]["total"] == len(ARTICLES) and page["facets"]["topic"]
        body = client.get(f"/v1/articles/{ids[0]}").get_json()["body"]
        word = next(w for w in body.split() if w.isalpha() and len(w) > 7)
        assert ids[0] in {s["id"] for s in client.get("/v1/articles", query_string={"q": word}).get_json()["data"]}
        for path in ("/v1/quotes", "/v1/participants", "/v1/topics", "/v1/sources", "/v1/timeline?interval=week"):
            assert client.get(path).status_code == 200, path
        problem(client.get("/v1/articles", query_string={"q": "a OR"}), 400)
        assert client.delete(f"/v1/articles/{ids[0]}", headers=AUTH).status_code == 204
        problem(client.get(f"/v1/articles/{ids[0]}"), 404)
    finally:
        from api.extensions import close_store

        close_store(app)
