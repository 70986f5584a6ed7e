"""Quotes, participants, topics, sources and the timeline over HTTP, on the ingested fixtures."""

from __future__ import annotations

from schemas.envelopes import SourceList, TopicList
from schemas.search import ParticipantPage, ParticipantProfile, QuotePage, Timeline, TopicNode
from tests.api.conftest import problem


def _ok(response, model):
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    return model.model_validate_json(response.get_data())


def test_quotes_carry_their_article(loaded):
    client, records = loaded
    quotes = _ok(client.get("/v1/quotes?per_page=100"), QuotePage)
    assert quotes.pagination.total == sum(len(r.quotes) for r in records) == len(quotes.data)
    by_id = {r.id: r for r in records}
    for hit in quotes.data:
        assert hit.article_id in by_id and hit.article_title == by_id[hit.article_id].title


def test_quotes_by_speaker_and_kind(loaded):
    client, records = loaded
    spoken = [q for r in records for q in r.quotes if q.speaker]
    speaker = spoken[0].speaker.name
    hits = _ok(client.get("/v1/quotes", query_string={"speaker": speaker, "per_page": 100}), QuotePage)
    assert hits.data and all(h.speaker and h.speaker.name == speaker for h in hits.data)
    direct = _ok(client.get("/v1/quotes?kind=direct&per_page=100"), QuotePage)
    assert all(h.kind == "direct" for h in direct.data)
    problem(client.get("/v1/quotes?kind=rumour"), 422)


def test_participants_list_search_and_profile(loaded):
    client, records = loaded
    page = _ok(client.get("/v1/participants?per_page=100"), ParticipantPage)
    assert page.data and page.pagination.total >= len(page.data)
    counts = [p.article_count for p in page.data]
    assert counts == sorted(counts, reverse=True)
    first = page.data[0]
    found = _ok(client.get("/v1/participants", query_string={"name": first.name}), ParticipantPage)
    assert first.id in {p.id for p in found.data}
    profile = _ok(client.get(f"/v1/participants/{first.id}"), ParticipantProfile)
    assert profile.name == first.name
    problem(client.get("/v1/participants/nobody-at-all"), 404)


def test_topics_tree_and_one_topic(loaded):
    client, _ = loaded
    tree = _ok(client.get("/v1/topics"), TopicList)
    assert tree.data and all(node.count >= 1 for node in tree.data)
    node = _ok(client.get(f"/v1/topics/{tree.data[0].code}"), TopicNode)
    assert node.code == tree.data[0].code
    problem(client.get("/v1/topics/medtop:99999999"), 404)


def test_sources_and_timeline(loaded):
    client, records = loaded
    sources = _ok(client.get("/v1/sources"), SourceList)
    assert all(s.count >= 1 for s in sources.data)
    timeline = _ok(client.get("/v1/timeline?interval=month"), Timeline)
    dated = sum(1 for r in records if r.published)
    assert timeline.interval == "month" and sum(b.count for b in timeline.data) == dated
    quotes = _ok(client.get("/v1/timeline?what=quotes&interval=week"), Timeline)
    assert quotes.what == "quotes"
