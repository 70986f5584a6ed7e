"""Writing: idempotence, duplicates, updates, deletes and the exported stream."""

from __future__ import annotations

import threading

from storage_builders import article, corpus

from schemas.search import Query
from storage import Store

BODY = ("The foreign ministers of both countries met in the capital on Tuesday to review the agreements.\n"
        "They agreed to expand trade, energy and transport cooperation over the next five years.\n"
        "Officials said a follow-up meeting would be held in the spring to sign further documents.")


def test_same_record_twice_changes_nothing(store):
    first = store.add_many(corpus())
    again = store.add_many(corpus())
    assert [r.status for r in first] == ["new"] * 6 and [r.status for r in again] == ["unchanged"] * 6
    assert store.count() == 6


def test_republished_copy_is_kept_as_a_duplicate(store):
    original = store.add(article("o", BODY, source={"outlet": "IRNA"}))
    copy = store.add(article("c", "Tehran Times - " + BODY + "\nRead more on our site.", source={"outlet": "TT"}))
    assert (original.status, copy.status, copy.duplicate_of) == ("new", "duplicate", original.article_id)
    assert store.get(copy.article_id).source.outlet == "TT"
    hits = store.search_articles(Query(q="agreements")).data
    assert {h.duplicate_of for h in hits} == {None, original.article_id}


def test_changed_content_updates_in_place(store):
    store.add(article("x", BODY, title="Old"))
    result = store.add(article("x", BODY, title="New"))
    assert result.status == "updated" and store.get(result.article_id).title == "New"
    assert [a.title for a in store.search_articles(Query(q="ministers")).data] == ["New"]


def test_get_delete_and_export(loaded):
    records = list(loaded.export())
    assert [r.id for r in records] == [r.id for r in corpus()]
    assert loaded.get(records[0].id) == records[0]
    assert loaded.delete(records[0].id) and loaded.get(records[0].id) is None
    assert loaded.search_articles(Query(q="Putin")).pagination.total == 0
    assert loaded.known_raw_hashes([records[1].provenance.sha256, "0" * 64]) == {records[1].provenance.sha256}
    assert loaded.ping()


def test_two_processes_opening_and_writing_at_once(database_url):
    """Gunicorn workers: both migrate a fresh database and add the same records concurrently."""
    barrier = threading.Barrier(2, timeout=60)
    results: list[list[str]] = []

    def worker() -> None:
        barrier.wait()
        store = Store.open(database_url)
        barrier.wait()
        results.append([r.status for r in store.add_many(corpus())])
        store.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [["new"] * 6, ["unchanged"] * 6]
    store = Store.open(database_url)
    assert store.count() == 6 and store.list_participants().pagination.total == 4
    store.close()


def test_the_same_article_twice_in_one_batch_counts_once(store):
    record = corpus()[0]
    assert [r.status for r in store.add_many([record, record])] == ["new", "unchanged"]
    assert store.count() == 1


def test_stored_json_is_the_record_as_served(store):
    record = corpus()[0]
    store.add(record)
    assert store.get_json(record.id) == record.model_dump_json()
    assert store.get_json("no-such-id") is None
