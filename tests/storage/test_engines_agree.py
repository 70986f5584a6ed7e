"""The same corpus and queries on SQLite and PostgreSQL give the same pages, totals and facets."""

from __future__ import annotations

import datetime as dt

import pytest
from storage_builders import corpus

from schemas.search import Query
from storage import Store

QUERIES = [
    (Query(q="sanctions OR army"), "published"),
    (Query(q='"nuclear negotiator" OR peaceful -rain'), "-published"),
    (Query(q="nucl*", has_quotes=True), "published"),
    (Query(topic="medtop:11000000"), "-published"),
    (Query(participant="Baqeri", published_from=dt.date(2024, 1, 1)), "published"),
    (Query(country="iran", outlet="Press TV"), "published"),
    (Query(), "-published"),
]


@pytest.fixture
def both(tmp_path, postgres_url) -> list[Store]:
    """A SQLite store and a PostgreSQL store holding the same corpus."""
    stores = [Store.open(f"sqlite:///{tmp_path / 'a.db'}"), Store.open(postgres_url)]
    for store in stores:
        store.add_many(corpus())
    yield stores
    for store in stores:
        store.close()


def _view(store: Store, query: Query, sort: str) -> tuple:
    page = store.search_articles(query, sort=sort, per_page=3, facets=True)
    return ([a.id for a in page.data], page.pagination, page.facets,
            [q.text for q in store.search_quotes(query).data], store.timeline(query, interval="month"))


@pytest.mark.postgres
@pytest.mark.parametrize(("query", "sort"), QUERIES)
def test_sqlite_and_postgresql_agree(both, query, sort):
    sqlite, postgres = both
    assert _view(sqlite, query, sort) == _view(postgres, query, sort)


@pytest.mark.postgres
def test_participants_and_topics_agree(both):
    sqlite, postgres = both
    assert sqlite.list_participants(per_page=100) == postgres.list_participants(per_page=100)
    assert sqlite.topic_tree() == postgres.topic_tree() and sqlite.sources() == postgres.sources()


@pytest.mark.postgres
@pytest.mark.parametrize("q", ["the sanctions", "vienna OR army the", '"army drills" -the', "Iran's",
                               '"the programme"'])
def test_common_words_and_punctuation_agree(both, q):
    sqlite, postgres = both
    assert _view(sqlite, Query(q=q), "published") == _view(postgres, Query(q=q), "published")
