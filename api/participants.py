"""Participants: the people, organizations and countries named across articles."""

from __future__ import annotations

from typing import Any

from flask import Response
from flask_smorest import abort

from api.args import ParticipantListArgs
from api.extensions import Blueprint, get_store
from api.openapi import OPEN, errors, json_response, ok
from schemas.search import ParticipantPage, ParticipantProfile

blp = Blueprint("participants", __name__, url_prefix="/v1",
                description="People, organizations and countries, merged across articles.")


@blp.route("/participants", methods=["GET"])
@blp.arguments(ParticipantListArgs(), location="query", as_kwargs=False)
@blp.doc(operationId="listParticipants", security=OPEN,
         responses={**ok(200, ParticipantPage, "One page of participants."), **errors(401)})
def list_participants(args: dict[str, Any]) -> Response:
    """List participants, found by name, alias or near-spelling, most mentioned first."""
    page = get_store().list_participants(name=args.get("name"), kind=args.get("kind"), sort=args["sort"],
                                         page=args["page"], per_page=args["per_page"])
    return json_response(page)


@blp.route("/participants/<participant_id>", methods=["GET"])
@blp.doc(operationId="getParticipant", security=OPEN,
         responses={**ok(200, ParticipantProfile, "Aliases, roles, countries, counts, first and last seen."),
                    **errors(401, 404)})
def get_participant(participant_id: str) -> Response:
    """Get one participant across all stored articles."""
    profile = get_store().get_participant(participant_id)
    if profile is None:
        abort(404, message=f"No participant has the id {participant_id!r}.")
    return json_response(profile)
