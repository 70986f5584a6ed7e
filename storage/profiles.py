"""Materialize participant profiles, by delta when a cluster is unchanged, from links only when it changed.

Roles, countries, aliases and quote counts are unions and sums over the members' fact counts
(`storage.tallies`), exact after any insert or delete. A participant's article count (DISTINCT
articles: one article may name two variants of one person) and first/last seen cannot be summed
per variant, so:

- when the cluster holds the same variants as one earlier participant plus, at most, variants that
  had no links before, and none of its variants lost a link in this transaction, the earlier
  figures are moved on by the new links (their articles are all new, so they add without overlap);
- otherwise (merge, split, deletes, no delta known) they are recounted from the links.

Either way the result equals a from-scratch count, so it does not depend on the ingest order. Only
rows that differ from what is stored are rewritten.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import sqlalchemy as sa

from storage import canon
from storage.names import fold
from storage.schema import aliases, article_participants, articles, participants, variants

Counts = tuple[int, str | None, str | None]  # (article_count, first_seen, last_seen)
COMPARED = ("kind", "name", "article_count", "quote_count", "first_seen", "last_seen", "profile")


@dataclass
class Past:
    """Participant rows and their member variants as they were before this refresh re-clustered."""

    rows: dict[str, sa.Row] = field(default_factory=dict)
    members: dict[str, set[int]] = field(default_factory=dict)


def snapshot(conn: sa.Connection, ids: set[str]) -> Past:
    """Read the current rows and memberships of `ids` (call before variants are reassigned)."""
    past = Past()
    if not ids:
        return past
    past.rows = _rows(conn, ids)
    for pk, pid in conn.execute(sa.select(variants.c.pk, variants.c.participant_id)
                                .where(variants.c.participant_id.in_(sorted(ids)))):
        past.members.setdefault(pid, set()).add(pk)
    return past


def _rows(conn: sa.Connection, ids: set[str]) -> dict[str, sa.Row]:
    return {r.id: r for r in conn.execute(sa.select(participants).where(participants.c.id.in_(sorted(ids))))}


def write(conn: sa.Connection, clusters: list[canon.Cluster], facts: dict, past: Past, before: dict,
          added: list[tuple[int, int, str | None]] | None, lost: set[int]) -> None:
    """Bring the profiles of `clusters` up to date and drop the participants no cluster keeps."""
    by_variant: dict[int, list[tuple[int, str | None]]] = {}
    for article_pk, variant_pk, day in added or ():
        by_variant.setdefault(variant_pk, []).append((article_pk, day))
    counts: dict[str, Counts] = {}
    for c in clusters:
        moved = _moved(c, past, before, by_variant, lost) if added is not None else None
        if moved is not None:
            counts[c.id] = moved
    counts.update(_recount(conn, sorted(c.id for c in clusters if c.id not in counts)))
    past.rows.update(_rows(conn, {c.id for c in clusters} - set(past.rows)))
    fresh = {c.id: _profile(c, facts, counts.get(c.id, (0, None, None))) for c in clusters}
    changed = {pid: p for pid, p in fresh.items()
               if pid not in past.rows or tuple(past.rows[pid]._mapping[k] for k in COMPARED)
               != tuple(p[0][k] for k in COMPARED)}
    gone = sorted((set(past.rows) - set(fresh)) | set(changed))
    if gone:
        conn.execute(sa.delete(participants).where(participants.c.id.in_(gone)))
        conn.execute(sa.delete(aliases).where(aliases.c.participant_id.in_(gone)))
    if changed:
        conn.execute(sa.insert(participants), [changed[pid][0] for pid in sorted(changed)])
        alias_rows = [{"participant_id": pid, "norm": n} for pid in sorted(changed) for n in changed[pid][1]]
        conn.execute(sa.insert(aliases), alias_rows)


def _moved(c: canon.Cluster, past: Past, before: dict, by_variant: dict, lost: set[int]) -> Counts | None:
    """The earlier participant's counts moved on by this batch's links, or None when they must be recounted."""
    members = {m.pk for m in c.members}
    earlier = {before.get(pk) for pk in members} - {None}
    if members & lost or len(earlier) != 1:
        return None
    (pid,) = earlier
    row = past.rows.get(pid)
    if row is None or not past.members.get(pid, set()) <= members:
        return None
    new = [link for pk in sorted(members) for link in by_variant.get(pk, ())]
    days = [d for d in (row.first_seen, row.last_seen, *(d for _, d in new)) if d]
    return row.article_count + len({a for a, _ in new}), min(days, default=None), max(days, default=None)


def _recount(conn: sa.Connection, ids: list[str]) -> dict[str, Counts]:
    """Distinct articles and first/last day of each participant, from its links (after reassignment)."""
    if not ids:
        return {}
    ap, pid = article_participants, variants.c.participant_id
    return {r[0]: tuple(r[1:]) for r in conn.execute(
        sa.select(pid, sa.func.count(sa.distinct(ap.c.article_pk)), sa.func.min(articles.c.published_day),
                  sa.func.max(articles.c.published_day))
        .select_from(ap.join(variants, variants.c.pk == ap.c.variant_pk)
                     .join(articles, articles.c.pk == ap.c.article_pk))
        .where(pid.in_(ids)).group_by(pid))}


def _profile(c: canon.Cluster, facts: dict, counts: Counts) -> tuple[dict, list[str]]:
    """The participant row and its folded alias norms."""
    member_facts = [facts[m.pk] for m in c.members]
    roles = set().union(*(f["role"] for f in member_facts))
    countries = set().union(*(f["country"] for f in member_facts))
    names = set().union(*(f["alias"] for f in member_facts)) | {m.name for m in c.members}
    profile = {"aliases": sorted(names - {c.name}), "roles": sorted(roles), "countries": sorted(countries),
               "merges": c.merges}
    row = {"id": c.id, "kind": c.kind, "name": c.name, "article_count": counts[0],
           "quote_count": sum(f["quote"].get("", 0) for f in member_facts), "first_seen": counts[1],
           "last_seen": counts[2], "profile": json.dumps(profile, ensure_ascii=False)}
    return row, sorted({fold(n) for n in names} - {""})
