"""Articles over HTTP: ingest semantics, ETags, search with filters, paging and facets, delete."""

from __future__ import annotations

from pathlib import Path

from schemas import ArticleRecord
from schemas.search import ArticlePage
from tests.api.conftest import ARTICLES, AUTH, make_app, problem


def _page(response) -> ArticlePage:
    assert response.status_code == 200, response.get_data(as_text=True)
    return ArticlePage.model_validate_json(response.get_data())


def test_new_article_is_201_with_location_then_200(client):
    text = ARTICLES[1].read_bytes()
    first = client.post("/v1/articles", data=text, content_type="text/plain", headers=AUTH)
    assert first.status_code == 201
    record = ArticleRecord.model_validate_json(first.get_data())
    assert first.headers["Location"] == f"/v1/articles/{record.id}"
    again = client.post("/v1/articles", json={"filename": "again.txt", "text": text.decode()}, headers=AUTH)
    assert again.status_code == 200
    assert ArticleRecord.model_validate_json(again.get_data()).id == record.id
    assert client.get(first.headers["Location"]).status_code == 200


def test_etag_gives_304(loaded):
    client, records = loaded
    url = f"/v1/articles/{records[0].id}"
    first = client.get(url)
    assert ArticleRecord.model_validate_json(first.get_data()) == records[0]
    assert first.headers["ETag"]
    cached = client.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert cached.status_code == 304 and cached.get_data() == b""
    assert client.get(url, headers={"If-None-Match": '"other"'}).status_code == 200


def test_missing_article_is_404(loaded):
    problem(loaded[0].get("/v1/articles/" + "0" * 32), 404)


def test_list_has_summaries_and_totals_that_match_paging(loaded):
    client, records = loaded
    whole = _page(client.get("/v1/articles?per_page=100"))
    assert whole.pagination.total == len(records) == len(whole.data)
    seen = []
    for page in (1, 2, 3):
        part = _page(client.get(f"/v1/articles?per_page=2&page={page}&sort=-published"))
        assert part.pagination.total == len(records) and part.pagination.pages == 3
        seen += [s.id for s in part.data]
    assert sorted(seen) == sorted(r.id for r in records)
    assert "body" not in client.get("/v1/articles").get_json()["data"][0]


def test_text_search_and_filters_narrow(loaded):
    client, records = loaded
    word = next(w for w in records[0].body.split() if w.isalpha() and len(w) > 6)
    hits = _page(client.get("/v1/articles", query_string={"q": word}))
    assert records[0].id in {s.id for s in hits.data}
    assert _page(client.get("/v1/articles", query_string={"q": "zzzqqqxxx"})).pagination.total == 0
    tagged = next(r for r in records if r.topics)
    by_topic = _page(client.get("/v1/articles", query_string={"topic": tagged.topics[0].code}))
    assert tagged.id in {s.id for s in by_topic.data}
    none = _page(client.get("/v1/articles", query_string={"published_to": "1900-01-01"}))
    assert none.pagination.total == 0 and none.data == []


def test_facets_on_request(loaded):
    client, _ = loaded
    assert _page(client.get("/v1/articles")).facets is None
    facets = _page(client.get("/v1/articles?facets=true")).facets
    assert facets is not None and sum(f.count for f in facets.topic) >= 1


def test_malformed_query_is_400(loaded):
    body = problem(loaded[0].get("/v1/articles", query_string={"q": '"unclosed'}), 400)
    assert body["detail"]


def test_delete_is_204_then_404(tmp_path: Path):
    client = make_app(tmp_path).test_client()
    created = client.post("/v1/articles", data=ARTICLES[2].read_bytes(), content_type="text/plain", headers=AUTH)
    url = created.headers["Location"]
    assert client.delete(url, headers=AUTH).status_code == 204
    problem(client.get(url), 404)
    problem(client.delete(url, headers=AUTH), 404)
