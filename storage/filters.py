"""The Query filters as SQL conditions on `articles` (portable: no engine branches here)."""

from __future__ import annotations

import sqlalchemy as sa

from schemas.search import Query
from storage.names import fold
from storage.schema import (
    aliases,
    article_participants,
    article_topics,
    articles,
    participants,
    quotes,
    sources,
    variants,
)


def participant_ids(conn: sa.Connection, value: str) -> list[str]:
    """Participant ids for an id, canonical name, any alias or a bare surname (several may share one)."""
    if conn.execute(sa.select(participants.c.id).where(participants.c.id == value)).first():
        return [value]
    norm = fold(value)
    found = set(conn.execute(sa.select(aliases.c.participant_id).where(aliases.c.norm == norm)).scalars())
    if not found and norm and " " not in norm:  # a bare surname: every participant whose name ends with it
        ends = aliases.c.norm.like("% " + norm.replace("%", "").replace("_", ""))
        found = set(conn.execute(sa.select(aliases.c.participant_id).where(ends)).scalars())
    return sorted(found)


def _variant_pks(conn: sa.Connection, value: str) -> sa.Select:
    return sa.select(variants.c.pk).where(variants.c.participant_id.in_(participant_ids(conn, value)))


def _source(column: sa.ColumnElement, value: str) -> sa.ColumnElement:
    """`=` a scalar subquery (norm is unique): the planner can then walk a (source, date) index in order."""
    return column == sa.select(sources.c.pk).where(sources.c.norm == fold(value)).scalar_subquery()


def _exists(table: sa.Table, *where: sa.ColumnElement) -> sa.ColumnElement:
    return sa.exists().where(table.c.article_pk == articles.c.pk, *where)


def _country(value: str) -> sa.ColumnElement:
    ap = article_participants
    named = sa.select(variants.c.pk).where(variants.c.kind == "country", variants.c.norm == fold(value))
    return _exists(ap, sa.or_(sa.func.lower(ap.c.country) == value.casefold(), ap.c.variant_pk.in_(named)))


def conditions(conn: sa.Connection, query: Query) -> list[sa.ColumnElement]:
    """One condition per filter set in `query`; all must hold."""
    out: list[sa.ColumnElement] = []
    if query.participant:
        linked = article_participants.c.variant_pk.in_(_variant_pks(conn, query.participant))
        out.append(_exists(article_participants, linked))
    if query.speaker:
        out.append(_exists(quotes, quotes.c.speaker_variant_pk.in_(_variant_pks(conn, query.speaker))))
    if query.topic:
        out.append(_exists(article_topics, article_topics.c.code == query.topic))
    if query.outlet:
        out.append(_source(articles.c.outlet_pk, query.outlet))
    if query.credited_source:
        out.append(_source(articles.c.credited_pk, query.credited_source))
    if query.country:
        out.append(_country(query.country))
    if query.published_from:
        out.append(articles.c.published_day >= query.published_from.isoformat())
    if query.published_to:
        out.append(articles.c.published_day <= query.published_to.isoformat())
    if query.has_quotes is not None:
        out.append(articles.c.quote_count > 0 if query.has_quotes else articles.c.quote_count == 0)
    return out
