"""Relevance paging when more articles match than are ranked: every match appears once, ranked ones first."""

from __future__ import annotations

import pytest
from storage_builders import IRAN_POLITICS, article

from schemas.search import Query
from storage import Store, search

BODIES = ["sanctions relief talks", "sanctions sanctions sanctions on oil", "new sanctions announced",
          "talks without result", "sanctions debate in parliament", "oil sanctions eased", "sanctions"]


@pytest.fixture
def store(tmp_path, monkeypatch) -> Store:
    monkeypatch.setattr(search, "RANK_CAP", 3)
    opened = Store.open(f"sqlite:///{tmp_path / 'cap.db'}")
    opened.add_many([article(f"c{i}", body, title=f"Story {i}", published=f"2024-01-{i + 1:02d}",
                             source={"outlet": "Press TV" if i % 2 else "Tehran Times"},
                             topics=IRAN_POLITICS if i % 3 == 0 else [])
                     for i, body in enumerate(BODIES)])
    yield opened
    opened.close()


def _pages(store: Store, per_page: int) -> list:
    out, page = [], 1
    while True:
        found = store.search_articles(Query(q="sanctions"), per_page=per_page, page=page)
        out += found.data
        if page * per_page >= found.pagination.total:
            return out
        page += 1


@pytest.mark.parametrize("per_page", [1, 2, 4, 20])
def test_every_match_once_whatever_the_page_size(store, per_page):
    found = _pages(store, per_page)
    assert len(found) == 6 and len({a.id for a in found}) == 6


def test_newest_matches_are_ranked_and_come_first(store):
    found = _pages(store, 20)
    assert [a.score is not None for a in found] == [True] * 3 + [False] * 3
    assert [a.score for a in found[:3]] == sorted((a.score for a in found[:3]), reverse=True)
    assert [a.title for a in found[3:]] == ["Story 2", "Story 1", "Story 0"]  # the rest newest first


def test_without_the_cap_all_matches_are_ranked(store, monkeypatch):
    monkeypatch.setattr(search, "RANK_CAP", 100)
    found = _pages(store, 20)
    assert all(a.score is not None for a in found) and found[0].title == "Story 1"


def test_text_match_with_a_date_filter_counts_only_dated_matches(store):
    found = store.search_articles(Query(q="sanctions", published_from="2024-01-03"), per_page=20)
    assert found.pagination.total == 4 and {a.title for a in found.data} == {f"Story {i}" for i in (2, 4, 5, 6)}
