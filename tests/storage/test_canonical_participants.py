"""Canonical participants: spelling variants and surnames join, different people never do, in any order."""

from __future__ import annotations

import sqlalchemy as sa
from storage_builders import article, corpus, person

from schemas.search import Query
from storage import Store
from storage.canon import Variant, cluster
from storage.schema import participants


def names(clusters) -> set[frozenset[str]]:
    return {frozenset(v.name for v in c.members) for c in clusters}


def v(pk: int, name: str, **kw) -> Variant:
    return Variant(pk, "person", name, name.casefold(), articles=1, **kw)


def test_spelling_variants_and_surnames_join():
    got = names(cluster([v(1, "Ebrahim Raisi"), v(2, "Ebrahim Raeisi"), v(3, "Raisi"), v(4, "Raeisi")]))
    assert got == {frozenset({"Ebrahim Raisi", "Ebrahim Raeisi", "Raisi", "Raeisi"})}


def test_people_sharing_a_name_part_stay_apart():
    got = names(cluster([v(1, "Mohammad Bagheri"), v(2, "Ali Bagheri Kani", aliases=frozenset({"bagheri"})),
                         v(3, "Bagheri")]))
    assert got == {frozenset({"Mohammad Bagheri"}), frozenset({"Ali Bagheri Kani"}), frozenset({"Bagheri"})}


def test_an_ambiguous_surname_follows_role_agreement():
    got = names(cluster([v(1, "Mohammad Bagheri", roles=frozenset({"chief of staff"})),
                         v(2, "Ali Bagheri Kani", roles=frozenset({"negotiator"}), aliases=frozenset({"bagheri"})),
                         v(3, "Bagheri", roles=frozenset({"negotiator"}))]))
    assert frozenset({"Ali Bagheri Kani", "Bagheri"}) in got


def test_merges_are_explained_and_ids_do_not_depend_on_order():
    items = [v(1, "Ebrahim Raisi"), v(2, "Ebrahim Raeisi"), v(3, "Raisi")]
    forward, backward = cluster(items), cluster(list(reversed([Variant(9 - i.pk, i.kind, i.name, i.norm, 1)
                                                                for i in items])))
    assert [(c.id, c.name, c.merges) for c in forward] == [(c.id, c.name, c.merges) for c in backward]
    assert any("another spelling" in m for m in forward[0].merges)
    assert any("surname" in m for m in forward[0].merges)


def test_countries_that_disagree_block_a_suffix_merge():
    got = names(cluster([v(1, "Ali Khan", countries=frozenset({"pakistan"})),
                         v(2, "Mohammad Ali Khan", countries=frozenset({"india"}))]))
    assert len(got) == 2


def _table(store) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.select(participants).order_by(participants.c.id))]


def test_ingest_order_gives_identical_participants(database_url, tmp_path):
    records = corpus() + [article("a7", "Raisi spoke.", participants=[person("Raisi")])]
    first = Store.open(database_url)
    first.add_many(records)
    other = Store.open(f"sqlite:///{tmp_path / 'reverse.db'}")
    for record in reversed(records):
        other.add(record)
    assert _table(first) == _table(other)
    first.close()
    other.close()


def test_profile_has_aliases_roles_dates(loaded):
    raisi = loaded.get_participant("Raisi")
    assert raisi.aliases == ["Ebrahim Raisi"] and raisi.countries == ["Iran"] and raisi.roles == ["President"]
    assert (raisi.article_count, raisi.quote_count, raisi.first_seen, raisi.last_seen) == (2, 2, "2024-01-10",
                                                                                            "2024-02-05")
    assert raisi.merges == ["'Ebrahim Raisi' is 'Ebrahim Raeisi' in another spelling"]
    bagheri = loaded.get_participant("Mohammad Bagheri")
    assert "Mohammad Baqeri" in bagheri.aliases and bagheri.id != loaded.get_participant("Ali Bagheri Kani").id
    page = loaded.list_participants(name="bagh", sort="name")
    assert [p.name for p in page.data] == ["Ali Bagheri Kani", "Mohammad Bagheri"]


def test_deleting_the_last_article_removes_the_participant(loaded):
    (hit,) = loaded.search_articles(Query(q="Vienna")).data
    assert loaded.delete(hit.id) and not loaded.delete(hit.id)
    assert loaded.get_participant("Ali Bagheri Kani") is None
    assert loaded.search_articles(Query(q="Vienna")).pagination.total == 0
