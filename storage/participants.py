"""Keep canonical participants current: after each batch, re-cluster the name variants it touched."""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlalchemy as sa

from storage import canon
from storage.names import fold
from storage.schema import (
    aliases,
    article_participants,
    articles,
    participants,
    quotes,
    variant_keys,
    variants,
)

MAX_CLOSURE_ROUNDS = 20


def refresh(conn: sa.Connection, touched: Iterable[int]) -> None:
    """Re-cluster every variant connected to `touched` and rewrite the affected profiles."""
    touched = sorted(set(touched))
    if not touched:
        return
    _store_keys(conn, _load_variants(conn, touched))
    pks = _closure(conn, touched)
    loaded = _load_variants(conn, pks)
    old_ids = set(conn.execute(sa.select(variants.c.participant_id).where(_in(variants.c.pk, pks))).scalars())
    clusters = [c for c in canon.cluster([v for v in loaded if v.articles]) if c.members]
    for c in clusters:
        members = [m.pk for m in c.members]
        conn.execute(sa.update(variants).where(_in(variants.c.pk, members)).values(participant_id=c.id))
    orphans = [v.pk for v in loaded if not v.articles]
    if orphans:
        conn.execute(sa.update(variants).where(_in(variants.c.pk, orphans)).values(participant_id=None))
    stale = (old_ids - {None}) - {c.id for c in clusters}
    _delete_profiles(conn, stale | {c.id for c in clusters})
    _write_profiles(conn, clusters)


def _in(column: sa.ColumnElement, values: list) -> sa.ColumnElement:
    return column.in_(values)


def _load_variants(conn: sa.Connection, pks: list[int]) -> list[canon.Variant]:
    """Variants with roles, countries, aliases and article counts aggregated from their links."""
    ap = article_participants
    grouped = conn.execute(
        sa.select(ap.c.variant_pk, ap.c.role, ap.c.country, ap.c.aliases, sa.func.count().label("n"))
        .where(_in(ap.c.variant_pk, pks))
        .group_by(ap.c.variant_pk, ap.c.role, ap.c.country, ap.c.aliases)
    )
    stats: dict[int, dict] = {pk: {"articles": 0, "roles": set(), "countries": set(), "aliases": set()} for pk in pks}
    for row in grouped:
        s = stats[row.variant_pk]
        s["articles"] += row.n
        s["roles"].update([fold(row.role)] if row.role else [])
        s["countries"].update([fold(row.country)] if row.country else [])
        s["aliases"].update(fold(a) for a in json.loads(row.aliases))
    v = variants.c
    rows = conn.execute(sa.select(v.pk, v.kind, v.name, v.norm).where(_in(v.pk, pks)))
    return [
        canon.Variant(r.pk, r.kind, r.name, r.norm, stats[r.pk]["articles"], frozenset(stats[r.pk]["roles"]),
                      frozenset(stats[r.pk]["countries"]), frozenset(stats[r.pk]["aliases"] - {""}))
        for r in rows
    ]


def _store_keys(conn: sa.Connection, loaded: list[canon.Variant]) -> None:
    pks = [v.pk for v in loaded]
    conn.execute(sa.delete(variant_keys).where(_in(variant_keys.c.variant_pk, pks)))
    rows = [{"variant_pk": v.pk, "key": k} for v in loaded for k in sorted(canon.block_keys(v))]
    if rows:
        conn.execute(sa.insert(variant_keys), rows)


def _closure(conn: sa.Connection, pks: list[int]) -> list[int]:
    """All variants reachable from `pks` through shared block keys."""
    found = set(pks)
    for _ in range(MAX_CLOSURE_ROUNDS):
        keys = sa.select(variant_keys.c.key).where(_in(variant_keys.c.variant_pk, sorted(found)))
        more = set(conn.execute(sa.select(variant_keys.c.variant_pk).where(variant_keys.c.key.in_(keys))).scalars())
        if more <= found:
            break
        found |= more
    return sorted(found)


def _delete_profiles(conn: sa.Connection, ids: set[str]) -> None:
    if ids:
        conn.execute(sa.delete(participants).where(_in(participants.c.id, sorted(ids))))
        conn.execute(sa.delete(aliases).where(_in(aliases.c.participant_id, sorted(ids))))


def _write_profiles(conn: sa.Connection, clusters: list[canon.Cluster]) -> None:
    """Materialize participants: counts, dates, aliases, roles and countries, three grouped queries in all."""
    if not clusters:
        return
    ids = sorted(c.id for c in clusters)
    ap, pid = article_participants, variants.c.participant_id
    counts = {r[0]: r[1:] for r in conn.execute(
        sa.select(pid, sa.func.count(sa.distinct(ap.c.article_pk)), sa.func.min(articles.c.published_day),
                  sa.func.max(articles.c.published_day))
        .select_from(ap.join(variants, variants.c.pk == ap.c.variant_pk)
                     .join(articles, articles.c.pk == ap.c.article_pk))
        .where(pid.in_(ids)).group_by(pid))}
    said = dict(conn.execute(sa.select(pid, sa.func.count()).select_from(
        quotes.join(variants, variants.c.pk == quotes.c.speaker_variant_pk)).where(pid.in_(ids)).group_by(pid)).all())
    seen: dict[str, tuple[set, set, set]] = {i: (set(), set(), set()) for i in ids}
    for row in conn.execute(sa.select(pid, ap.c.role, ap.c.country, ap.c.aliases)
                            .select_from(ap.join(variants, variants.c.pk == ap.c.variant_pk))
                            .where(pid.in_(ids)).distinct()):
        roles, countries, names = seen[row.participant_id]
        roles.update([row.role] if row.role else [])
        countries.update([row.country] if row.country else [])
        names.update(json.loads(row.aliases))
    people, alias_rows = [], []
    for c in clusters:
        roles, countries, names = seen[c.id]
        names |= {m.name for m in c.members}
        count, first, last = counts.get(c.id, (0, None, None))
        profile = {"aliases": sorted(names - {c.name}), "roles": sorted(roles), "countries": sorted(countries),
                   "merges": c.merges}
        people.append({"id": c.id, "kind": c.kind, "name": c.name, "article_count": count,
                       "quote_count": said.get(c.id, 0), "first_seen": first, "last_seen": last,
                       "profile": json.dumps(profile, ensure_ascii=False)})
        alias_rows.extend({"participant_id": c.id, "norm": n} for n in sorted({fold(n) for n in names} - {""}))
    conn.execute(sa.insert(participants), people)
    conn.execute(sa.insert(aliases), alias_rows)
