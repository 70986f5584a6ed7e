"""Search, filters, facets, sorting and paging: the same assertions on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from schemas.search import Query
from storage import QuerySyntaxError, search


def titles(store, **query) -> list[str]:
    page = store.search_articles(Query(**query), sort="published", per_page=100)
    return [a.title for a in page.data]


@pytest.mark.parametrize(("q", "expected"), [
    ("sanctions", ["Raisi meets Putin", "Raeisi on the programme"]),
    ('"nuclear negotiator"', ["Negotiator in Vienna"]),
    ("nuclear -sanctions", ["Negotiator in Vienna"]),
    ("vienna OR rain", ["Negotiator in Vienna", "Rain ahead"]),
    ("negot*", ["Negotiator in Vienna"]),
    ("failed", ["Raisi meets Putin"]),  # only in a quote
    ("RAISI", ["Raisi meets Putin"]),
])
def test_query_language(loaded, q, expected):
    assert titles(loaded, q=q) == expected


FILTERS = [
    ({"participant": "Raisi"}, ["Raisi meets Putin", "Raeisi on the programme"]),
    ({"participant": "Baqeri"}, ["Army drills", "Forces ready"]),
    ({"participant": "Ali Bagheri Kani"}, ["Negotiator in Vienna"]),
    ({"speaker": "Ebrahim Raeisi"}, ["Raisi meets Putin", "Raeisi on the programme"]),
    ({"topic": "medtop:11000000"}, ["Raisi meets Putin", "Negotiator in Vienna"]),
    ({"topic": "medtop:20000056"}, ["Army drills"]),
    ({"outlet": "press tv"}, ["Raeisi on the programme", "Forces ready"]),
    ({"credited_source": "IRNA"}, ["Army drills"]),
    ({"country": "Iran", "has_quotes": False}, ["Army drills"]),
    ({"published_from": dt.date(2024, 2, 1), "published_to": dt.date(2024, 3, 1)}, ["Raeisi on the programme",
                                                                                     "Army drills"]),
    ({"has_quotes": True, "q": "nuclear"}, ["Raisi meets Putin", "Raeisi on the programme", "Negotiator in Vienna"]),
    ({"participant": "nobody at all"}, []),
]


@pytest.mark.parametrize(("query", "expected"), FILTERS)
def test_filters(loaded, query, expected):
    assert titles(loaded, **query) == expected


@pytest.mark.parametrize("walk", [True, False])
def test_filter_pages_and_totals_agree_whichever_plan_is_chosen(loaded, monkeypatch, walk):
    """A filter-only page either walks the date index or looks up its matches (picked by selectivity), and a
    lone link filter is counted in its own index: every way gives the same rows and totals."""
    monkeypatch.setattr(search, "_walk_dates", lambda *_: walk)
    for query, expected in FILTERS:
        page = loaded.search_articles(Query(**query), sort="published", per_page=100)
        assert [a.title for a in page.data] == expected, query
        assert page.pagination.total == len(expected), query
        newest = loaded.search_articles(Query(**query), sort="-published", per_page=1, page=2)
        assert [a.title for a in newest.data] == list(reversed(expected))[1:2], query


def test_sorting_and_paging_agree(loaded):
    newest = loaded.search_articles(Query(), sort="-published", per_page=2)
    assert newest.pagination.total == 6 and newest.pagination.pages == 3
    assert [a.title for a in newest.data] == ["Forces ready", "Negotiator in Vienna"]
    seen = [a.id for p in (1, 2, 3) for a in loaded.search_articles(Query(), sort="published", page=p, per_page=2).data]
    assert len(set(seen)) == 6
    assert loaded.search_articles(Query(), sort="published").data[-1].title == "Rain ahead"  # undated last


def test_relevance_puts_the_title_match_first(loaded):
    page = loaded.search_articles(Query(q="army"), sort="relevance")
    assert page.data[0].title == "Army drills" and page.data[0].score > 0


def test_facets_count_the_whole_result(loaded):
    facets = loaded.search_articles(Query(q="nuclear"), per_page=1, facets=True).facets
    assert {f.value: f.count for f in facets.outlet} == {"Tehran Times": 1, "Press TV": 1, "Mehr": 1}
    assert {f.label: f.count for f in facets.participant} == {"Ebrahim Raeisi": 2, "Vladimir Putin": 1,
                                                               "Ali Bagheri Kani": 1}
    assert {f.value: f.count for f in facets.topic}["medtop:11000000"] == 2


def test_summary_shows_canonical_names_and_no_body(loaded):
    (hit,) = loaded.search_articles(Query(q="reporters")).data
    assert hit.participants == ["Ebrahim Raeisi"] and hit.quote_count == 1 and "body" not in hit.model_dump()


@pytest.mark.parametrize("q", ['"unbalanced', "OR", "sanctions OR", "-only -exclusions", "* ( ) :", "a OR OR b"])
def test_malformed_queries_raise_query_syntax_error(loaded, q):
    with pytest.raises(QuerySyntaxError):
        loaded.search_articles(Query(q=q))


@pytest.mark.parametrize("q", ["title:sanctions", "NEAR(nuclear sanctions)", "sanctions'; DROP TABLE articles; --",
                               "nuclear AND NOT sanctions", "(nuclear", "^raisi", "ra*isi", "téhéran ☃ 核",
                               "col:*", "x\\y", "sanctions)) OR ((1=1", "\x00 raisi"])
def test_hostile_queries_are_just_words(loaded, q):
    loaded.search_articles(Query(q=q))
    assert loaded.count() == 6


def test_quote_search_matches_the_quote_itself(loaded):
    page = loaded.search_quotes(Query(q="peaceful"))
    assert [(h.text, h.kind, h.outlet) for h in page.data] == [("the programme is peaceful", "indirect", "Press TV")]
    assert page.data[0].speaker_id == loaded.get_participant("Raisi").id
    assert loaded.search_quotes(Query(speaker="Baqeri")).pagination.total == 1
    assert loaded.search_quotes(Query(kind="direct")).pagination.total == 2


def test_timeline_buckets(loaded):
    months = loaded.timeline(Query(), interval="month")
    assert [(b.period, b.count) for b in months.data] == [("2024-01-01", 1), ("2024-02-01", 1), ("2024-03-01", 2),
                                                         ("2024-04-01", 1)]
    said = loaded.timeline(Query(participant="Raisi"), interval="week", what="quotes")
    assert [(b.period, b.count) for b in said.data] == [("2024-01-08", 1), ("2024-02-05", 1)]


def test_topics_and_sources(loaded):
    roots = {n.code: n for n in loaded.topic_tree()}
    assert roots["medtop:11000000"].count == 2 and roots["medtop:16000000"].count == 1
    assert roots["medtop:11000000"].children[0].code == "medtop:20000638"
    assert loaded.get_topic("medtop:20000638").children[0].code == "medtop:20000639"
    assert loaded.get_topic("medtop:99999999") is None
    counts = {(s.name, s.role): s.count for s in loaded.sources()}
    assert counts[("Tehran Times", "outlet")] == 2 and counts[("IRNA", "credited_source")] == 1
