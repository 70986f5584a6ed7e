"""Parameter examples taken from the fixtures, so the docs and schemathesis start from real data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from parsers import article_id

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "000_d8ce11755103d3ed.txt"


def _fixture_id() -> str:
    """The id the fixture article gets once ingested (ids are derived from the text)."""
    return article_id(FIXTURE.read_text(encoding="utf-8")) if FIXTURE.exists() else "0" * 32


# Path parameters: description and example, by name.
PATH_PARAMETERS: dict[str, dict[str, Any]] = {
    "article_id": {"description": "Article id, as returned by search or ingest.", "example": _fixture_id()},
    "participant_id": {"description": "Participant id, as listed by listParticipants."},
    "code": {"description": "IPTC Media Topic code.", "example": "medtop:11000000"},
}
# Query parameter examples, by operationId and name.
QUERY_EXAMPLES: dict[str, dict[str, Any]] = {
    "searchArticles": {"q": "Pezeshkian Russia", "outlet": "The Iran Project", "topic": "medtop:11000000"},
    "searchQuotes": {"speaker": "Masoud Pezeshkian", "q": "cooperation"},
    "listParticipants": {"name": "Pezeshkian"},
    "getTimeline": {"q": "Iran", "interval": "month"},
}


def apply_examples(spec: dict[str, Any]) -> None:
    """Add the examples above to the parameters the code generated."""
    for path_item in spec.get("paths", {}).values():
        for param in path_item.get("parameters", []):
            param.update(PATH_PARAMETERS.get(param["name"], {}))
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            examples = QUERY_EXAMPLES.get(operation.get("operationId", ""), {})
            for param in operation.get("parameters", []):
                if param.get("in") == "query" and param["name"] in examples:
                    param["example"] = examples[param["name"]]


# OpenAPI links: how a response leads to the next call (SDK docs and schemathesis's stateful phase use them).
LINKS: dict[tuple[str, str], dict[str, Any]] = {
    ("searchArticles", "200"): {"GetFirstArticle": {"operationId": "getArticle",
                                                    "parameters": {"article_id": "$response.body#/data/0/id"}}},
    ("createArticle", "201"): {"GetCreatedArticle": {"operationId": "getArticle",
                                                     "parameters": {"article_id": "$response.body#/id"}},
                               "DeleteCreatedArticle": {"operationId": "deleteArticle",
                                                        "parameters": {"article_id": "$response.body#/id"}}},
    ("searchQuotes", "200"): {"GetQuotedArticle": {"operationId": "getArticle",
                                                   "parameters": {"article_id": "$response.body#/data/0/article_id"}}},
    ("listParticipants", "200"): {"GetFirstParticipant": {
        "operationId": "getParticipant", "parameters": {"participant_id": "$response.body#/data/0/id"}}},
    ("listTopics", "200"): {"GetFirstTopic": {"operationId": "getTopic",
                                              "parameters": {"code": "$response.body#/data/0/code"}}},
}


def apply_links(spec: dict[str, Any]) -> None:
    """Attach LINKS to the success responses they start from."""
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            for status, response in operation.get("responses", {}).items():
                links = LINKS.get((operation.get("operationId", ""), str(status)))
                if links:
                    response["links"] = links
