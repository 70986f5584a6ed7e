"""Quotes: what was said, by whom, where; and quote or article counts over time."""

from __future__ import annotations

from typing import Any

from flask import Response

from api.args import QuoteSearchArgs, TimelineArgs, split_query
from api.extensions import Blueprint, get_store
from api.openapi import OPEN, errors, json_response, ok
from schemas.search import QuotePage, Timeline

blp = Blueprint("quotes", __name__, url_prefix="/v1", description="Search quotes by speaker, topic and date.")
timeline_blp = Blueprint("timeline", __name__, url_prefix="/v1",
                         description="Article or quote counts per day, week or month.")


@blp.route("/quotes", methods=["GET"])
@blp.arguments(QuoteSearchArgs(), location="query", as_kwargs=False)
@blp.doc(operationId="searchQuotes", security=OPEN,
         responses={**ok(200, QuotePage, "One page of quotes, each with its article's id, title, outlet and date."),
                    **errors(400, 401)})
def search_quotes(args: dict[str, Any]) -> Response:
    """Search quotes by words, speaker, participant, topic, kind and date."""
    query, opts = split_query(args)
    return json_response(get_store().search_quotes(query, page=opts["page"], per_page=opts["per_page"]))


@timeline_blp.route("/timeline", methods=["GET"])
@timeline_blp.arguments(TimelineArgs(), location="query", as_kwargs=False)
@timeline_blp.doc(operationId="getTimeline", security=OPEN,
                  responses={**ok(200, Timeline, "Counts per period, oldest first."), **errors(400, 401)})
def timeline(args: dict[str, Any]) -> Response:
    """Count matching articles or quotes per day, week or month."""
    query, opts = split_query(args)
    return json_response(get_store().timeline(query, interval=opts["interval"], what=opts["what"]))
