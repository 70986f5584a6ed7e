"""Keep canonical participants current: after each batch, re-cluster the name variants it touched.

Cost per batch is independent of corpus size: variants are read from the per-variant fact counts
(`storage.tallies`, O(distinct roles/countries/aliases)), never from their article links, and
profiles are updated by the batch's delta unless a cluster's membership changed (`storage.profiles`).
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from storage import canon, profiles, tallies
from storage.names import fold
from storage.schema import variant_keys, variants

MAX_CLOSURE_ROUNDS = 20
Link = tuple[int, int, str | None]  # (article_pk, variant_pk, published_day)


def refresh(conn: sa.Connection, touched: Iterable[int], added: list[Link] | None = None,
            lost: Iterable[int] = ()) -> None:
    """Re-cluster every variant connected to `touched` and bring the affected profiles up to date.

    `added` lists the links this transaction inserted and `lost` the variants whose links it deleted;
    with `added=None` nothing is known about the change and every affected profile is recounted.
    """
    touched = sorted(set(touched))
    if not touched:
        return
    _store_keys(conn, _load_variants(conn, touched)[0])
    pks = _closure(conn, touched)
    loaded, facts = _load_variants(conn, pks)
    before = dict(conn.execute(sa.select(variants.c.pk, variants.c.participant_id).where(variants.c.pk.in_(pks))).all())
    past = profiles.snapshot(conn, set(before.values()) - {None})
    clusters = [c for c in canon.cluster([v for v in loaded if v.articles]) if c.members]
    _assign(conn, clusters, [v.pk for v in loaded if not v.articles], before)
    profiles.write(conn, clusters, facts, past, before, added, set(lost))


def _load_variants(conn: sa.Connection, pks: list[int]) -> tuple[list[canon.Variant], dict]:
    """Variants with roles, countries, aliases and article counts from their fact counts (plus those counts)."""
    facts = tallies.load(conn, pks)
    v = variants.c
    loaded = []
    for r in conn.execute(sa.select(v.pk, v.kind, v.name, v.norm).where(v.pk.in_(pks))):
        f = facts[r.pk]
        loaded.append(canon.Variant(
            r.pk, r.kind, r.name, r.norm, f["article"].get("", 0), _folded(f["role"]), _folded(f["country"]),
            _folded(f["alias"]) - {""}))
    return loaded, facts


def _folded(values: dict[str, int]) -> frozenset[str]:
    return frozenset(fold(x) for x in values)


def _store_keys(conn: sa.Connection, loaded: list[canon.Variant]) -> None:
    pks = [v.pk for v in loaded]
    conn.execute(sa.delete(variant_keys).where(variant_keys.c.variant_pk.in_(pks)))
    rows = [{"variant_pk": v.pk, "key": k} for v in loaded for k in sorted(canon.block_keys(v))]
    if rows:
        conn.execute(sa.insert(variant_keys), rows)


def _closure(conn: sa.Connection, pks: list[int]) -> list[int]:
    """All variants reachable from `pks` through shared block keys."""
    found = set(pks)
    for _ in range(MAX_CLOSURE_ROUNDS):
        keys = sa.select(variant_keys.c.key).where(variant_keys.c.variant_pk.in_(sorted(found)))
        more = set(conn.execute(sa.select(variant_keys.c.variant_pk).where(variant_keys.c.key.in_(keys))).scalars())
        if more <= found:
            break
        found |= more
    return sorted(found)


def _assign(conn: sa.Connection, clusters: list[canon.Cluster], orphans: list[int], before: dict) -> None:
    """Point each variant at its cluster's id; only the variants whose id changes are written."""
    moves: dict[str | None, list[int]] = {}
    for c in clusters:
        for m in c.members:
            if before.get(m.pk) != c.id:
                moves.setdefault(c.id, []).append(m.pk)
    stray = [pk for pk in orphans if before.get(pk) is not None]
    if stray:
        moves[None] = stray
    for pid, members in sorted(moves.items(), key=lambda kv: kv[0] or ""):
        conn.execute(sa.update(variants).where(variants.c.pk.in_(sorted(members))).values(participant_id=pid))
