"""Incremental ingest: per-batch fact counts and profile deltas give exactly what a from-scratch ingest gives."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from storage_builders import article, corpus, person, quote

from storage import Store, migrate
from storage.schema import aliases, article_shingles, articles, participants, variant_facts, variants

BODY = ("The foreign ministers of both countries met in the capital on Tuesday to review the agreements.\n"
        "They agreed to expand trade, energy and transport cooperation over the next five years.\n"
        "Officials said a follow-up meeting would be held in the spring to sign further documents.")


def extra() -> list:
    """Articles that exercise later merges, splits and one article naming two forms of one person."""
    return [
        article("b1", "Raisi spoke.", published="2024-05-01", participants=[person("Raisi", role="President")],
                quotes=[quote("We are ready", "Raisi")]),
        article("b2", "Ebrahim Raisi, or Raisi, spoke twice.", published="2023-12-30",
                participants=[person("Ebrahim Raisi", country="Iran", aliases=["Raisi"]), person("Raisi")]),
        article("b3", "Bagheri, the negotiator, arrived.", published="2024-06-01",
                participants=[person("Bagheri", role="negotiator")]),
        article("b4", "Sergei Shoigu met Shoigu's deputy.", participants=[person("Sergei Shoigu", country="Russia")]),
        article("b5", "A story without a date about Putin.", participants=[person("Vladimir Putin", role="President")]),
    ]


def everything() -> list:
    return corpus() + extra()


def state(store: Store) -> dict:
    """Everything the refresh maintains, keyed so that two databases with other primary keys compare equal."""
    with store.engine.connect() as conn:
        names = {r.pk: (r.kind, r.norm) for r in conn.execute(sa.select(variants))}
        ids = dict(conn.execute(sa.select(articles.c.pk, articles.c.id)).all())
        return {
            "participants": sorted(tuple(r) for r in conn.execute(sa.select(participants))),
            "aliases": sorted(tuple(r) for r in conn.execute(sa.select(aliases))),
            "assigned": sorted((names[r.pk], r.participant_id) for r in conn.execute(sa.select(variants))
                               if r.participant_id),
            "facts": sorted((names[r.variant_pk], r.fact, r.value, r.n)
                            for r in conn.execute(sa.select(variant_facts))),
            "shingles": sorted((ids[r.article_pk], r.hashes) for r in conn.execute(sa.select(article_shingles))),
            "duplicates": sorted(conn.execute(sa.select(articles.c.id, articles.c.duplicate_of)).all()),
        }


def one_batch(tmp_path, records, name="scratch") -> dict:
    """The state after adding `records` to an empty SQLite database in a single batch."""
    store = Store.open(f"sqlite:///{tmp_path / (name + '.db')}")
    store.add_many(records)
    got = state(store)
    store.close()
    return got


def test_batches_in_two_orders_equal_one_batch(database_url, tmp_path):
    records = everything()
    expected = one_batch(tmp_path, records)
    forward = Store.open(database_url)
    for i in range(0, len(records), 3):
        forward.add_many(records[i:i + 3])
    assert state(forward) == expected
    forward.close()
    backward = Store.open(f"sqlite:///{tmp_path / 'backward.db'}")
    for record in reversed(records):
        backward.add(record)
    assert state(backward) == expected
    backward.close()


def test_one_article_naming_two_forms_counts_once(store):
    store.add_many(corpus())
    store.add_many([extra()[1]])
    raisi = store.get_participant("Raisi")
    assert (raisi.article_count, raisi.first_seen, raisi.last_seen) == (3, "2023-12-30", "2024-02-05")


def test_a_later_batch_moves_a_surname_to_the_person_whose_role_agrees(store, tmp_path):
    first = [r for r in corpus() if "Bagheri Kani" not in r.body] + [extra()[2]]
    store.add_many(first)
    assert store.get_participant("Bagheri").name == "Mohammad Bagheri"
    store.add_many([r for r in corpus() if "Bagheri Kani" in r.body])
    assert store.get_participant("Ali Bagheri Kani").article_count == 2
    assert store.get_participant("Mohammad Bagheri").article_count == 2
    assert state(store) == one_batch(tmp_path, first + corpus())


def test_delete_then_add_again(database_url, tmp_path):
    records = everything()
    store = Store.open(database_url)
    store.add_many(records)
    for gone in (records[0], extra()[1]):
        assert store.delete(gone.id)
        assert state(store) == one_batch(tmp_path, [r for r in records if r.id != gone.id], gone.id)
        store.add_many([gone])
    assert state(store) == one_batch(tmp_path, records, "all")
    store.close()


def test_copies_are_found_across_batches_and_within_one(store):
    original = article("o", BODY, source={"outlet": "IRNA"})
    store.add_many(corpus() + [original])
    near = article("c", "Tehran Times - " + BODY + "\nRead more on our site.")
    exact = article("e", BODY.upper())
    other = article("n", "Officials said the weather would be cold and wet in the spring, and nothing else.")
    results = store.add_many([other, near, exact, article("c2", BODY + "\nAlso on our site.")])
    assert [(r.status, r.duplicate_of) for r in results] == [
        ("new", None), ("duplicate", original.id), ("duplicate", original.id), ("duplicate", original.id)]
    fresh = store.add_many([article("f", "Breaking: " + other.body + " More later.")])[0]
    assert (fresh.status, fresh.duplicate_of) == ("duplicate", other.id)


def test_upgrading_a_populated_database_backfills_what_ingest_keeps(database_url, tmp_path):
    store = Store.open(database_url)
    store.add_many(everything())
    before = state(store)
    with migrate.ALEMBIC_LOCK, store.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0003")
    migrate.upgrade(store.engine)
    assert state(store) == before
    more = [article("m1", "Raeisi returned.", published="2024-07-01", participants=[person("Raeisi")])]
    store.add_many(more)
    assert state(store) == one_batch(tmp_path, everything() + more)
    store.close()
