"""Article search: full-text hits, filters, sorting, paging totals and facet counts."""

from __future__ import annotations

import json

import sqlalchemy as sa

from schemas.search import ArticlePage, ArticleSummary, FacetCount, Facets, Query, SourceInfo
from storage import filters, fulltext, paging
from storage.querylang import parse_query
from storage.schema import article_participants, article_topics, articles, participants, sources, variants

FACET_LIMIT = 20
SNIPPET_CHARS = 240


def matching(conn: sa.Connection, query: Query, scored: bool = True) -> sa.Select:
    """SELECT pk, score of the articles matching `query` (score NULL without `q` or when not `scored`)."""
    if query.q and query.q.strip():
        hits = fulltext.hits(conn.dialect.name, parse_query(query.q), scored)
        stmt = sa.select(articles.c.pk, hits.c.score).join(hits, hits.c.pk == articles.c.pk)
    else:
        stmt = sa.select(articles.c.pk, sa.null().label("score"))
    return stmt.where(*filters.conditions(conn, query))


def _order(sort: str, found: sa.Subquery, has_q: bool) -> list:
    tie = [articles.c.id]
    by_date = [articles.c.published_day.desc().nulls_last(), articles.c.published.desc().nulls_last()]
    if sort == "published":
        return [articles.c.published_day.asc().nulls_last(), articles.c.published.asc().nulls_last(), *tie]
    if sort == "-published" or not has_q:
        return [*by_date, *tie]
    if sort != "relevance":
        raise ValueError(f"unknown sort {sort!r}: use relevance, published or -published")
    return [found.c.score.desc(), *by_date, *tie]


def search_articles(conn: sa.Connection, query: Query, *, sort: str = "relevance", page: int = 1,
                    per_page: int = 20, facets: bool = False) -> ArticlePage:
    """One page of matching articles, the total, and optionally facet counts over the whole result."""
    paging.check(page, per_page)
    found = matching(conn, query).subquery("found")
    unranked = matching(conn, query, scored=False).subquery("unranked")
    total = conn.execute(sa.select(sa.func.count()).select_from(unranked)).scalar_one()
    stmt = (
        sa.select(articles.c.pk, articles.c.record, articles.c.duplicate_of, found.c.score)
        .join(found, found.c.pk == articles.c.pk)
        .order_by(*_order(sort, found, bool(query.q and query.q.strip())))
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    rows = conn.execute(stmt).all()
    names = canonical_names(conn, [r.pk for r in rows])
    data = [_summary(r, names.get(r.pk, [])) for r in rows]
    return ArticlePage(data=data, pagination=paging.meta(page, per_page, total),
                       facets=facet_counts(conn, unranked) if facets else None)


def canonical_names(conn: sa.Connection, pks: list[int]) -> dict[int, list[str]]:
    """Article pk -> canonical participant names, in name order."""
    if not pks:
        return {}
    ap = article_participants
    rows = conn.execute(
        sa.select(ap.c.article_pk, participants.c.name)
        .join(variants, variants.c.pk == ap.c.variant_pk)
        .join(participants, participants.c.id == variants.c.participant_id)
        .where(ap.c.article_pk.in_(pks))
        .distinct()
    )
    out: dict[int, list[str]] = {}
    for row in rows:
        out.setdefault(row.article_pk, []).append(row.name)
    return {pk: sorted(set(v)) for pk, v in out.items()}


def _summary(row: sa.Row, names: list[str]) -> ArticleSummary:
    """Built from the stored JSON without validating the whole record again (it was validated on the way in)."""
    record = json.loads(row.record)
    source = record.get("source") or {}
    return ArticleSummary(
        id=record["id"], title=record.get("title"), subtitle=record.get("subtitle"),
        source=SourceInfo(outlet=source.get("outlet"), credited_source=source.get("credited_source")),
        published=record.get("published"), dateline=record.get("dateline"), snippet=record["body"][:SNIPPET_CHARS],
        quote_count=len(record.get("quotes", [])), participants=names, topics=record.get("topics", []),
        duplicate_of=row.duplicate_of, score=None if row.score is None else float(row.score),
    )


def _counts(conn: sa.Connection, stmt: sa.Select) -> list[FacetCount]:
    rows = conn.execute(stmt.order_by(sa.literal_column("n").desc(), sa.literal_column("value")).limit(FACET_LIMIT))
    return [FacetCount(value=r.value, label=r.label, count=r.n) for r in rows]


def facet_counts(conn: sa.Connection, found: sa.Subquery) -> Facets:
    """Counts per topic (ancestors included), canonical participant and outlet over the whole result."""
    pks = sa.select(found.c.pk)
    at, ap = article_topics, article_participants
    topic = (sa.select(at.c.code.label("value"), sa.func.min(at.c.label).label("label"), sa.func.count().label("n"))
             .where(at.c.article_pk.in_(pks)).group_by(at.c.code))
    person = (sa.select(participants.c.id.label("value"), participants.c.name.label("label"),
                        sa.func.count(sa.distinct(ap.c.article_pk)).label("n"))
              .join(variants, variants.c.pk == ap.c.variant_pk)
              .join(participants, participants.c.id == variants.c.participant_id)
              .where(ap.c.article_pk.in_(pks)).group_by(participants.c.id, participants.c.name))
    outlet = (sa.select(sources.c.name.label("value"), sa.null().label("label"), sa.func.count().label("n"))
              .join(articles, articles.c.outlet_pk == sources.c.pk)
              .where(articles.c.pk.in_(pks)).group_by(sources.c.name))
    return Facets(topic=_counts(conn, topic), participant=_counts(conn, person), outlet=_counts(conn, outlet))
