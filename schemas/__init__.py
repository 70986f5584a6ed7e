"""The public data contract of newsdesk (pydantic only: no Flask, no SQL)."""

from schemas.article import (
    ArticleRecord,
    Participant,
    ParticipantKind,
    Provenance,
    Quote,
    QuoteKind,
    Source,
    Speaker,
    Topic,
)

__all__ = [
    "ArticleRecord",
    "Participant",
    "ParticipantKind",
    "Provenance",
    "Quote",
    "QuoteKind",
    "Source",
    "Speaker",
    "Topic",
]
