"""Participant listings and profiles, read from the materialized `participants` table."""

from __future__ import annotations

import json

import sqlalchemy as sa

from schemas.search import ParticipantPage, ParticipantProfile
from storage import paging
from storage.filters import participant_ids
from storage.names import fold
from storage.schema import aliases, participants

SORTS = {
    "-articles": [participants.c.article_count.desc(), participants.c.name, participants.c.id],
    "articles": [participants.c.article_count.asc(), participants.c.name, participants.c.id],
    "name": [participants.c.name, participants.c.id],
}


def profile(row: sa.Row) -> ParticipantProfile:
    extra = json.loads(row.profile)
    return ParticipantProfile(id=row.id, name=row.name, kind=row.kind, article_count=row.article_count,
                              quote_count=row.quote_count, first_seen=row.first_seen, last_seen=row.last_seen, **extra)


def list_participants(conn: sa.Connection, *, name: str | None = None, kind: str | None = None,
                      sort: str = "-articles", page: int = 1, per_page: int = 20) -> ParticipantPage:
    """Participants whose name or any alias contains `name` (accent- and case-insensitive)."""
    paging.check(page, per_page)
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}: use {', '.join(SORTS)}")
    where = []
    if name and fold(name):
        pattern = "%" + fold(name).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append(participants.c.id.in_(
            sa.select(aliases.c.participant_id).where(aliases.c.norm.like(pattern, escape="\\"))))
    if kind:
        where.append(participants.c.kind == kind)
    total = conn.execute(sa.select(sa.func.count()).select_from(participants).where(*where)).scalar_one()
    rows = conn.execute(sa.select(participants).where(*where).order_by(*SORTS[sort])
                        .limit(per_page).offset((page - 1) * per_page))
    return ParticipantPage(data=[profile(r) for r in rows], pagination=paging.meta(page, per_page, total))


def get_participant(conn: sa.Connection, key: str) -> ParticipantProfile | None:
    """A profile by id, or by a name or alias that names exactly one participant."""
    ids = participant_ids(conn, key)
    if len(ids) != 1:
        return None
    row = conn.execute(sa.select(participants).where(participants.c.id == ids[0])).first()
    return profile(row) if row else None
