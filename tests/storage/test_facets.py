"""Facet counts: exact up to a threshold, estimated from a hash sample above it, the same on both engines."""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from storage_builders import article, person

from schemas import ArticleRecord
from schemas.search import Facets, Query
from storage import Store, facets, taxonomy
from storage.schema import articles
from tests.postgres import postgres_schema

N = 300
OUTLETS = ["Press TV", "Tehran Times", "Mehr", "IRNA"]
PEOPLE = ["Anna Lindqvist", "Boris Okafor", "Chen Watanabe", "Dara Mbeki", "Emil Fontaine", "Farah Quispe"]
TOPICS = [("medtop:20000639", "diplomacy"), ("medtop:20000621", "government policy"), ("medtop:20000062", "war"),
          ("medtop:20000344", "economy")]
POLITICS = "medtop:11000000"  # an ancestor of diplomacy and of government policy, never tagged directly
QUERIES = [Query(q="alpha"), Query(q="beta"), Query(outlet="Press TV"), Query(q="alpha", topic=POLITICS), Query()]


def _corpus() -> list[ArticleRecord]:
    """N articles whose outlets, people and topics have shares from a few percent to most of them."""
    rng = random.Random(7)
    out = []
    for i in range(N):
        people = [name for k, name in enumerate(PEOPLE) if rng.random() < 0.6 / (k + 1)]
        topics = [{"code": code, "label": label, "score": 0.5} for k, (code, label) in enumerate(TOPICS)
                  if rng.random() < 0.5 / (k + 1)]
        out.append(article(f"f{i}", f"alpha story number {i}" + (" beta" if i % 3 == 0 else ""), title=f"Story {i}",
                           published=f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                           source={"outlet": rng.choices(OUTLETS, weights=[8, 4, 2, 1])[0]},
                           participants=[person(name) for name in people], topics=topics))
    return out


CORPUS = _corpus()


def _loaded(url: str) -> Store:
    store = Store.open(url)
    store.add_many(CORPUS)
    return store


@pytest.fixture(scope="module")
def sqlite_store(tmp_path_factory) -> Iterator[Store]:
    store = _loaded(f"sqlite:///{tmp_path_factory.mktemp('facets') / 'f.db'}")
    yield store
    store.close()


@pytest.fixture(scope="module")
def postgres_store() -> Iterator[Store]:
    with postgres_schema() as url:
        store = _loaded(url)
        yield store
        store.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def corpus_store(request) -> Store:
    """The corpus on one engine (each engine's store is loaded once for the module)."""
    return request.getfixturevalue(f"{request.param}_store")


@pytest.fixture
def small_threshold(monkeypatch) -> None:
    """Estimate any result over 50 articles from a sample of about 120."""
    monkeypatch.setattr(facets, "EXACT_MAX", 50)
    monkeypatch.setattr(facets, "SAMPLE_SIZE", 120)


def _facets(store: Store, query: Query) -> Facets:
    found = store.search_articles(query, per_page=1, facets=True).facets
    assert found is not None
    return found


def _counts(found: Facets, facet: str) -> dict[str, int]:
    return {c.value: c.count for c in getattr(found, facet)}


def _brute_force(query: Query, store: Store) -> dict[str, Counter]:
    """Counts from the matching records themselves: topics with their ancestors, people by name."""
    ids = {a.id for page in (1, 2, 3) for a in store.search_articles(query, page=page, per_page=100).data}
    chosen = [r for r in CORPUS if r.id in ids]
    tree = taxonomy.load()
    return {"outlet": Counter(r.source.outlet for r in chosen),
            "participant": Counter(p.name for r in chosen for p in r.participants),
            "topic": Counter(code for r in chosen
                             for code in {a for t in r.topics for a in [t.code, *taxonomy.ancestors(t.code, tree)]})}


def _ordered(found: Facets) -> bool:
    return all([(-c.count, c.value) for c in counted] == sorted((-c.count, c.value) for c in counted)
               for counted in (found.topic, found.participant, found.outlet))


@pytest.mark.parametrize("query", QUERIES)
def test_small_results_are_counted_exactly(corpus_store, query):
    found = _facets(corpus_store, query)
    truth = _brute_force(query, corpus_store)
    assert found.exact and found.sample_size is None and _ordered(found)
    assert _counts(found, "outlet") == truth["outlet"]
    assert {c.label: c.count for c in found.participant} == truth["participant"]
    assert _counts(found, "topic") == truth["topic"]


def test_a_topic_counts_the_articles_tagged_with_its_descendants(corpus_store):
    tagged = {code for code, _ in TOPICS[:2]}  # diplomacy and government policy are both under politics
    expected = sum(1 for r in CORPUS if tagged & {t.code for t in r.topics})
    assert _counts(_facets(corpus_store, Query()), "topic")[POLITICS] == expected


def test_each_topic_count_is_what_the_topic_filter_finds(corpus_store):
    """A facet value, used as a filter, gives a result of the size the facet counted."""
    for count in _facets(corpus_store, Query(q="alpha")).topic:
        narrowed = corpus_store.search_articles(Query(q="alpha", topic=count.value), per_page=1)
        assert narrowed.pagination.total == count.count, count.value


def test_an_empty_result_has_empty_exact_facets(corpus_store):
    assert _facets(corpus_store, Query(q="nowhere")) == Facets(exact=True)


@pytest.mark.usefixtures("small_threshold")
@pytest.mark.parametrize("query", [q for q in QUERIES if q != Query(q="beta")])  # the others exceed 50
def test_large_results_are_estimated_from_a_sample(corpus_store, query):
    found = _facets(corpus_store, query)
    total = corpus_store.search_articles(query, per_page=1).pagination.total
    truth = _brute_force(query, corpus_store)
    assert not found.exact and 0 < found.sample_size < total and _ordered(found)
    assert found == _facets(corpus_store, query)  # deterministic
    for facet in ("outlet", "topic", "participant"):
        named = {c.label: c.count for c in found.participant} if facet == "participant" else _counts(found, facet)
        for value, estimate in named.items():
            share = truth[facet][value] / total  # within 4 standard errors of a sample of that size
            bound = 4 * total * math.sqrt(share * (1 - share) / found.sample_size) + 1
            assert abs(estimate - truth[facet][value]) <= bound, (facet, value, estimate, truth[facet][value])


@pytest.mark.usefixtures("small_threshold")
def test_the_sample_is_the_pks_whose_hash_falls_under_the_cut(corpus_store):
    """The engine's integer arithmetic picks exactly the pks Python's does (no overflow, no floats)."""
    with corpus_store.engine.connect() as conn:
        pks = list(conn.execute(sa.select(articles.c.pk)).scalars())
    cut = facets._cut(len(pks), facets.SAMPLE_SIZE)
    expected = sum(1 for pk in pks if pk * facets.HASH_FACTOR % facets.HASH_SPAN < cut)
    assert _facets(corpus_store, Query()).sample_size == expected


def test_a_sample_of_everything_counts_exactly(corpus_store, monkeypatch):
    exact = _facets(corpus_store, Query(q="alpha"))
    monkeypatch.setattr(facets, "EXACT_MAX", 0)
    monkeypatch.setattr(facets, "SAMPLE_SIZE", N)
    sampled = _facets(corpus_store, Query(q="alpha"))
    assert not sampled.exact and sampled.sample_size == N
    assert sampled.model_copy(update={"exact": True, "sample_size": None}) == exact


@pytest.mark.postgres
@pytest.mark.usefixtures("small_threshold")
@pytest.mark.parametrize("query", QUERIES)
def test_sqlite_and_postgresql_estimate_alike(sqlite_store, postgres_store, query):
    assert _facets(sqlite_store, query) == _facets(postgres_store, query)
