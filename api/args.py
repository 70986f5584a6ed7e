"""Request arguments (marshmallow): filters are derived from schemas.search.Query, never restated."""

from __future__ import annotations

import datetime as dt
import typing
from typing import Any

import marshmallow as ma
from marshmallow.validate import OneOf, Range
from pydantic.fields import FieldInfo

from schemas.article import ParticipantKind
from schemas.search import ArticleSort, Interval, ParticipantSort, Query
from storage.facets import EXACT_MAX, SAMPLE_SIZE

MAX_PAGE = 1000  # deep offsets cost the database more than they help anyone; narrow the filter instead
QUOTE_FILTERS = ("q", "speaker", "participant", "topic", "outlet", "country", "kind", "published_from",
                 "published_to")
ARTICLE_FILTERS = tuple(name for name in Query.model_fields if name != "kind")
FACETS_DOC = (f"Add topic, participant and outlet counts over the whole result: exact up to {EXACT_MAX:,} matching "
              f"articles, estimated from a sample of about {SAMPLE_SIZE:,} above that (see `facets.exact`).")


def _choices(annotation: Any) -> list[str]:
    """The values of a Literal alias, possibly inside Optional."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if len(args) == 1 and typing.get_origin(args[0]) is typing.Literal:
        return list(typing.get_args(args[0]))
    return list(args)


def _field_for(info: FieldInfo) -> ma.fields.Field:
    """Map one optional pydantic filter field to a query-string field."""
    meta = {"description": info.description} if info.description else {}
    base = {t for t in typing.get_args(info.annotation) if t is not type(None)} or {info.annotation}
    if dt.date in base:
        return ma.fields.Date(metadata=meta)
    if bool in base:
        return ma.fields.Boolean(metadata=meta)
    choices = _choices(info.annotation)
    if choices and all(isinstance(c, str) for c in choices) and str not in base:
        return ma.fields.String(validate=OneOf(choices), metadata=meta)
    return ma.fields.String(validate=ma.validate.Length(min=1, max=500), metadata=meta)


def filter_fields(names: tuple[str, ...]) -> dict[str, ma.fields.Field]:
    """Query-string fields for the named Query filters."""
    return {name: _field_for(Query.model_fields[name]) for name in names}


class PageArgs(ma.Schema):
    page = ma.fields.Integer(load_default=1, validate=Range(1, MAX_PAGE), metadata={"description": "1-based page."})
    per_page = ma.fields.Integer(load_default=20, validate=Range(1, 100), metadata={"description": "Items per page."})


ArticleSearchArgs = PageArgs.from_dict(
    {
        **filter_fields(ARTICLE_FILTERS),
        "sort": ma.fields.String(load_default="relevance", validate=OneOf(typing.get_args(ArticleSort)),
                                 metadata={"description": "`relevance` (falls back to newest first without `q`)."}),
        "facets": ma.fields.Boolean(load_default=False, metadata={"description": FACETS_DOC}),
    },
    name="ArticleSearchArgs",
)
QuoteSearchArgs = PageArgs.from_dict(filter_fields(QUOTE_FILTERS), name="QuoteSearchArgs")
ParticipantListArgs = PageArgs.from_dict(
    {
        "name": ma.fields.String(validate=ma.validate.Length(min=1, max=200),
                                 metadata={"description": "Name, alias or near-spelling."}),
        "kind": ma.fields.String(validate=OneOf(typing.get_args(ParticipantKind))),
        "sort": ma.fields.String(load_default="-articles", validate=OneOf(typing.get_args(ParticipantSort))),
    },
    name="ParticipantListArgs",
)
TimelineArgs = ma.Schema.from_dict(
    {
        **filter_fields(tuple(Query.model_fields)),
        "interval": ma.fields.String(load_default="day", validate=OneOf(typing.get_args(Interval))),
        "what": ma.fields.String(load_default="articles", validate=OneOf(["articles", "quotes"]),
                                 metadata={"description": "Count articles or quotes."}),
    },
    name="TimelineArgs",
)


def split_query(args: dict[str, Any]) -> tuple[Query, dict[str, Any]]:
    """Separate the shared filters (as a Query) from the operation's own options."""
    filters = {k: v for k, v in args.items() if k in Query.model_fields}
    rest = {k: v for k, v in args.items() if k not in Query.model_fields}
    return Query(**filters), rest
