"""Topic tree, source counts, quotes and timelines: the browsing side of the Store."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from schemas.search import (
    Query,
    QuoteHit,
    QuotePage,
    SourceCount,
    Speaker,
    Timeline,
    TimelineBucket,
    TopicNode,
)
from storage import fulltext, paging
from storage.filters import participant_ids
from storage.querylang import parse_query
from storage.schema import article_topics, articles, quotes, sources, topics, variants
from storage.search import matching


def topic_counts(conn: sa.Connection) -> dict[str, int]:
    """Articles per topic code, descendants included (ancestors are stored at ingest)."""
    rows = conn.execute(sa.select(article_topics.c.code, sa.func.count()).group_by(article_topics.c.code))
    return {code: n for code, n in rows}


def topic_tree(conn: sa.Connection) -> list[TopicNode]:
    """The taxonomy pruned to topics that have articles, children sorted by count."""
    counts = topic_counts(conn)
    labels = dict(conn.execute(sa.select(topics.c.code, topics.c.label)).all())
    parents = dict(conn.execute(sa.select(topics.c.code, topics.c.parent)).all())
    labels.update(conn.execute(sa.select(article_topics.c.code, sa.func.min(article_topics.c.label))
                               .group_by(article_topics.c.code)).all())
    nodes = {c: TopicNode(code=c, label=labels.get(c, c), count=n) for c, n in counts.items()}
    roots: list[TopicNode] = []
    for code, node in nodes.items():
        parent = nodes.get(parents.get(code) or "")
        (parent.children if parent else roots).append(node)
    for node in nodes.values():
        node.children.sort(key=lambda n: (-n.count, n.code))
    return sorted(roots, key=lambda n: (-n.count, n.code))


def get_topic(conn: sa.Connection, code: str) -> TopicNode | None:
    """One topic with its count and its direct children that have articles (known codes only)."""
    label = conn.execute(sa.select(topics.c.label).where(topics.c.code == code)).scalar()
    counts = topic_counts(conn)
    if label is None and code not in counts:
        return None
    kids = conn.execute(sa.select(topics.c.code, topics.c.label).where(topics.c.parent == code)).all()
    children = sorted((TopicNode(code=c, label=lab, count=counts[c]) for c, lab in kids if c in counts),
                      key=lambda n: (-n.count, n.code))
    return TopicNode(code=code, label=label or code, count=counts.get(code, 0), children=children)


def source_counts(conn: sa.Connection) -> list[SourceCount]:
    """Articles per outlet and per credited source, most first."""
    out: list[SourceCount] = []
    for role, column in (("outlet", articles.c.outlet_pk), ("credited_source", articles.c.credited_pk)):
        rows = conn.execute(sa.select(sources.c.name, sa.func.count()).join(articles, column == sources.c.pk)
                            .group_by(sources.c.name))
        out.extend(SourceCount(name=name, role=role, count=n) for name, n in rows)
    return sorted(out, key=lambda s: (-s.count, s.role, s.name))


def _quotes_matching(conn: sa.Connection, query: Query) -> sa.Select:
    article_filters = query.model_copy(update={"q": None, "has_quotes": None, "kind": None, "speaker": None})
    found = matching(conn, article_filters, scored=False).subquery("found")
    stmt = (sa.select(quotes, articles.c.id.label("article_id"), articles.c.title, articles.c.published,
                      sources.c.name.label("outlet"), variants.c.participant_id)
            .join(found, found.c.pk == quotes.c.article_pk)
            .join(articles, articles.c.pk == quotes.c.article_pk)
            .outerjoin(sources, sources.c.pk == articles.c.outlet_pk)
            .outerjoin(variants, variants.c.pk == quotes.c.speaker_variant_pk))
    if query.q and query.q.strip():
        hits = fulltext.quote_hits(conn.dialect.name, parse_query(query.q))
        stmt = stmt.where(quotes.c.pk.in_(sa.select(hits.c.pk)))
    if query.kind:
        stmt = stmt.where(quotes.c.kind == query.kind)
    if query.speaker:
        stmt = stmt.where(variants.c.participant_id.in_(participant_ids(conn, query.speaker)))
    return stmt


def search_quotes(conn: sa.Connection, query: Query, *, page: int = 1, per_page: int = 20) -> QuotePage:
    """Quotes (newest first): `q`, `speaker` and `kind` test the quote itself, the rest its article."""
    paging.check(page, per_page)
    stmt = _quotes_matching(conn, query).subquery("q")
    total = conn.execute(sa.select(sa.func.count()).select_from(stmt)).scalar_one()
    rows = conn.execute(sa.select(stmt).order_by(stmt.c.published.desc().nulls_last(), stmt.c.article_id,
                                                 stmt.c.ordinal).limit(per_page).offset((page - 1) * per_page))
    data = [QuoteHit(
        text=r.text, kind=r.kind, cue=r.cue, span=(r.span_start, r.span_end), article_id=r.article_id,
        speaker=Speaker(name=r.speaker_name, kind=r.speaker_kind) if r.speaker_name else None,
        speaker_id=r.participant_id, article_title=r.title, outlet=r.outlet, published=r.published,
    ) for r in rows]
    return QuotePage(data=data, pagination=paging.meta(page, per_page, total))


def _bucket(day: str, interval: str) -> str:
    d = dt.date.fromisoformat(day)
    if interval == "week":
        d -= dt.timedelta(days=d.weekday())
    elif interval == "month":
        d = d.replace(day=1)
    return d.isoformat()


def timeline(conn: sa.Connection, query: Query, *, interval: str = "day", what: str = "articles") -> Timeline:
    """Counts per day, week (Monday) or month of the matching articles or quotes (undated ones left out)."""
    if interval not in ("day", "week", "month") or what not in ("articles", "quotes"):
        raise ValueError("interval is day, week or month; what is articles or quotes")
    if what == "quotes":
        q = _quotes_matching(conn, query).subquery("q")
        days = sa.select(sa.func.substr(q.c.published, 1, 10).label("day"), sa.func.count().label("n"))
    else:
        found = matching(conn, query, scored=False).subquery("found")
        q = sa.select(articles.c.published_day.label("published")).join(found, found.c.pk == articles.c.pk).subquery()
        days = sa.select(q.c.published.label("day"), sa.func.count().label("n"))
    rows = conn.execute(days.where(q.c.published.is_not(None)).group_by(sa.literal_column("day")))
    buckets: dict[str, int] = {}
    for day, n in rows:
        key = _bucket(day, interval)
        buckets[key] = buckets.get(key, 0) + n
    data = [TimelineBucket(period=k, count=v) for k, v in sorted(buckets.items())]
    return Timeline(interval=interval, what=what, data=data)
