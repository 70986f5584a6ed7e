"""Topics and sources: what the stored articles cover and who published or supplied them."""

from __future__ import annotations

from flask import Response
from flask_smorest import abort

from api.extensions import Blueprint, get_store
from api.openapi import OPEN, errors, json_response, ok
from schemas.envelopes import SourceList, TopicList
from schemas.search import TopicNode

topics_blp = Blueprint("topics", __name__, url_prefix="/v1", description="IPTC Media Topics in use, as a tree.")
sources_blp = Blueprint("sources", __name__, url_prefix="/v1", description="Outlets and credited sources.")


@topics_blp.route("/topics", methods=["GET"])
@topics_blp.doc(operationId="listTopics", security=OPEN,
                responses={**ok(200, TopicList, "Topics in use with article counts, as a tree."), **errors(401)})
def list_topics() -> Response:
    """List the IPTC topics in use, as a tree with article counts."""
    return json_response(TopicList(data=get_store().topic_tree()))


@topics_blp.route("/topics/<code>", methods=["GET"])
@topics_blp.doc(operationId="getTopic", security=OPEN,
                responses={**ok(200, TopicNode, "The topic with its subtree and counts."), **errors(401, 404)})
def get_topic(code: str) -> Response:
    """Get one IPTC topic with its subtopics and article counts."""
    node = get_store().get_topic(code)
    if node is None:
        abort(404, message=f"No stored article has the topic {code!r}.")
    return json_response(node)


@sources_blp.route("/sources", methods=["GET"])
@sources_blp.doc(operationId="listSources", security=OPEN,
                 responses={**ok(200, SourceList, "Outlets and credited sources, most articles first."),
                            **errors(401)})
def list_sources() -> Response:
    """List outlets and credited sources with their article counts."""
    return json_response(SourceList(data=get_store().sources()))
