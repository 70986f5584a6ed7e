"""Facet counts for a search result: exact for small results, estimated from a fixed sample of large ones.

Counting a facet probes the link rows of every member of the result (6-15 µs per article for the three
facets on SQLite, by how much of the index is cached), so exact counts over 100k matches take 0.7-2 s.
Above EXACT_MAX matches the counts come from a deterministic sample of about SAMPLE_SIZE members, scaled
to the total, and the result says so (as Algolia's `exhaustiveFacetsCount` and Elasticsearch's sampler
aggregation do). The sample is picked by a hash of the article pk computed the same way on every engine,
so SQLite and PostgreSQL sample the same articles and return the same counts.
"""

from __future__ import annotations

import sqlalchemy as sa

from schemas.search import FacetCount, Facets
from storage.schema import article_participants, article_topics, articles, participants, sources, variants

FACET_LIMIT = 20
EXACT_MAX = 3000  # results of at most this many articles are counted exactly (~25 ms CPU at 100k, SQLite)
SAMPLE_SIZE = 2000  # larger ones over a sample of about this many (~35 ms CPU; error ~1/sqrt(count in sample))
HASH_FACTOR = 2654435761  # Knuth's multiplicative hash: odd, about 2**32 / golden ratio
HASH_SPAN = 2**32
FACETS = ("topic", "participant", "outlet")


def facet_counts(conn: sa.Connection, found: sa.Subquery, total: int, *, exact_max: int | None = None,
                 sample_size: int | None = None) -> Facets:
    """Counts per topic (ancestors included), canonical participant and outlet over the whole result.

    `total` is the size of `found` (counted by the caller already): it picks exact counts or a sample
    (EXACT_MAX and SAMPLE_SIZE unless given). One statement: the members, or the sample, are read once
    and all three facets count over them.
    """
    exact = total <= (EXACT_MAX if exact_max is None else exact_max)
    pks = sa.select(found.c.pk)
    if not exact:
        pks = pks.where(sampled(found.c.pk, _cut(total, SAMPLE_SIZE if sample_size is None else sample_size)))
    members = pks.cte("members")
    inside = sa.select(members.c.pk)
    size = sa.select(sa.literal("size").label("facet"), sa.null().label("value"), sa.null().label("label"),
                     sa.func.count().label("n"), sa.literal(0).label("rank")).select_from(members)
    ranked = [_ranked(name, stmt) for name, stmt in zip(FACETS, (_topics(inside), _participants(inside),
                                                                 _outlets(inside)), strict=True)]
    rows = conn.execute(sa.union_all(size, *ranked)).all()
    counted = next(r.n for r in rows if r.facet == "size")
    scale = (1, 1) if exact or not counted else (total, counted)
    lists = {name: [_count(r, scale) for r in sorted((r for r in rows if r.facet == name), key=lambda r: r.rank)]
             for name in FACETS}
    return Facets(**lists, exact=exact, sample_size=None if exact else counted)


def _cut(total: int, sample_size: int) -> int:
    """The hash bound below which about `sample_size` of `total` articles fall (rounded up, never 0)."""
    return -(-HASH_SPAN * sample_size // total)


def sampled(pk: sa.ColumnElement, cut: int) -> sa.ColumnElement:
    """`pk` is in the sample: its multiplicative hash falls below `cut`.

    A hash rather than a stride (`pk % k = 0`): pks that follow a period in the data (files ingested
    outlet by outlet, in turn) would make a stride miss or over-weigh whole outlets. 64-bit integer
    arithmetic on both engines (pk * HASH_FACTOR < 2**63 for any pk under 3 billion): the same articles.
    """
    return sa.cast(pk, sa.BigInteger) * HASH_FACTOR % HASH_SPAN < cut


def _ranked(facet: str, grouped: sa.Select) -> sa.Select:
    """The FACET_LIMIT largest groups of one facet, numbered by count desc, then value."""
    counted = grouped.subquery(facet)
    rank = sa.func.row_number().over(order_by=(counted.c.n.desc(), counted.c.value))
    numbered = sa.select(sa.literal(facet).label("facet"), counted.c.value, counted.c.label, counted.c.n,
                         rank.label("rank")).subquery(f"{facet}_ranked")
    return sa.select(numbered).where(numbered.c.rank <= FACET_LIMIT)


def _topics(inside: sa.Select) -> sa.Select:
    at = article_topics
    return (sa.select(at.c.code.label("value"), sa.func.min(at.c.label).label("label"), sa.func.count().label("n"))
            .where(at.c.article_pk.in_(inside)).group_by(at.c.code))


def _participants(inside: sa.Select) -> sa.Select:
    """Counted per participant id first, named after: one name lookup per participant, not per link row."""
    ap = article_participants
    per_id = (sa.select(variants.c.participant_id.label("id"), sa.func.count(sa.distinct(ap.c.article_pk)).label("n"))
              .join(variants, variants.c.pk == ap.c.variant_pk)
              .where(ap.c.article_pk.in_(inside)).group_by(variants.c.participant_id).subquery("per_id"))
    return (sa.select(participants.c.id.label("value"), participants.c.name.label("label"), per_id.c.n)
            .join(per_id, per_id.c.id == participants.c.id))


def _outlets(inside: sa.Select) -> sa.Select:
    return (sa.select(sources.c.name.label("value"), sa.null().label("label"), sa.func.count().label("n"))
            .join(articles, articles.c.outlet_pk == sources.c.pk)
            .where(articles.c.pk.in_(inside)).group_by(sources.c.name))


def _count(row: sa.Row, scale: tuple[int, int]) -> FacetCount:
    """One count scaled by total / sampled, rounded half up.

    One factor >= 1 and rounding half up keep every pair of counts in the same order (a difference of at
    least 1 stays at least 1), so ranking the sample's counts in SQL ranks the estimates too.
    """
    total, counted = scale
    return FacetCount(value=row.value, label=row.label, count=(2 * row.n * total + counted) // (2 * counted))
