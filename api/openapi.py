"""The OpenAPI document: pydantic components, problem+json error responses, and the final touches."""

from __future__ import annotations

import http
import json
from collections.abc import Iterable
from typing import Any

import yaml
from flask import Flask, Response
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from api.errors import PROBLEM_MEDIA_TYPE
from api.examples import apply_examples, apply_links
from schemas import ArticleRecord
from schemas.envelopes import Health, SourceList, TopicList
from schemas.search import ArticlePage, ParticipantPage, ParticipantProfile, QuotePage, Timeline, TopicNode

REF = "#/components/schemas/{model}"
RESPONSE_MODELS: tuple[type[BaseModel], ...] = (
    ArticleRecord, ArticlePage, QuotePage, ParticipantPage, ParticipantProfile, TopicList, TopicNode,
    SourceList, Timeline, Health,
)
# Stable component names for error responses (HTTPStatus names differ between Python versions).
ERROR_NAMES = {
    400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 409: "Conflict",
    413: "ContentTooLarge", 415: "UnsupportedMediaType", 422: "UnprocessableContent",
    429: "TooManyRequests", 500: "InternalServerError", 503: "ServiceUnavailable",
}
SECURITY_SCHEMES = {"bearerAuth": {"type": "http", "scheme": "bearer",
                                   "description": "A key from the server's NEWSDESK_API_KEYS."}}
# Reads declare no security: open by default, so SDKs offer them on the plain client. A server that sets
# NEWSDESK_READS_REQUIRE_KEY answers 401 without a key, which every read documents.
OPEN: list[dict[str, list[str]]] = []
REQUIRED_KEY: list[dict[str, list[str]]] = [{"bearerAuth": []}]
ARTICLE_FILE = {"type": "object", "required": ["file"], "description": "An article sent as a form upload.",
                "properties": {"file": {"type": "string", "format": "binary", "description": "The article file."}}}
INFO_DESCRIPTION = """Search and retrieve news articles turned into structured records: participants, quotes
with their speakers, IPTC Media Topics, sources and dates.

Every error is an RFC 9457 `application/problem+json` body. Writes need `Authorization: Bearer <key>`;
reads are open unless the server sets `NEWSDESK_READS_REQUIRE_KEY`. Lists page with `page` and
`per_page` (at most 100) and report `pagination.total` and `pagination.pages` in the body."""


def json_response(model: BaseModel, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """Serialize a pydantic model straight to a response: no second schema, one pass."""
    return Response(model.model_dump_json(), status=status, headers=headers, mimetype="application/json")


def schema_ref(model: type[BaseModel]) -> dict[str, str]:
    """A $ref to a model registered by register_components."""
    return {"$ref": REF.format(model=model.__name__)}


def ok(status: int, model: type[BaseModel] | None, description: str, **extra: Any) -> dict[int, dict[str, Any]]:
    """Document one success response carrying a pydantic model (or nothing)."""
    doc: dict[str, Any] = {"description": description, **extra}
    if model is not None:
        doc["content"] = {"application/json": {"schema": schema_ref(model)}}
    return {status: doc}


def errors(*statuses: int) -> dict[int, dict[str, str]]:
    """Document error responses by reference to the shared problem+json components."""
    return {status: {"$ref": f"#/components/responses/{ERROR_NAMES[status]}"} for status in statuses}


def register_components(spec: Any) -> None:
    """Add every pydantic response model (with its nested models) as a schema component."""
    _, top = models_json_schema([(m, "serialization") for m in RESPONSE_MODELS], ref_template=REF)
    for name, schema in sorted(top["$defs"].items()):
        spec.components.schema(name, component=schema)
    spec.components.security_scheme("bearerAuth", SECURITY_SCHEMES["bearerAuth"])
    spec.components.schema("ArticleFile", component=ARTICLE_FILE)


def _error_response(status: int) -> dict[str, Any]:
    headers = {}
    if status == 429:
        headers["Retry-After"] = {"description": "Seconds until the client may try again.",
                                  "schema": {"type": "integer"}}
    if status == 401:
        headers["WWW-Authenticate"] = {"description": "The scheme to use: Bearer.", "schema": {"type": "string"}}
    doc: dict[str, Any] = {
        "description": http.HTTPStatus(status).phrase,
        "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }
    if headers:
        doc["headers"] = headers
    return doc


def _operations(spec: dict[str, Any]) -> Iterable[dict[str, Any]]:
    for path_item in spec.get("paths", {}).values():
        for method, operation in path_item.items():
            if method in {"get", "post", "put", "patch", "delete", "head"}:
                yield operation


def finalize(spec: dict[str, Any]) -> dict[str, Any]:
    """Point every error at problem+json components and add the document-level metadata."""
    used: set[int] = set()
    for operation in _operations(spec):
        for code in list(operation.get("responses", {})):
            status = int(code)
            if status >= 400:
                operation["responses"][code] = {"$ref": f"#/components/responses/{ERROR_NAMES[status]}"}
                used.add(status)
    components = spec.setdefault("components", {})
    components["responses"] = {ERROR_NAMES[s]: _error_response(s) for s in sorted(used)}
    components["schemas"].pop("PaginationMetadata", None)  # flask-smorest's header paging, which we do not use
    spec["info"]["description"] = INFO_DESCRIPTION
    spec["info"]["license"] = {"name": "MIT", "identifier": "MIT"}
    # Relative: Swagger UI and spec-driven tools call the server that served the document.
    spec["servers"] = [{"url": "/", "description": "The server that serves this document."}]
    spec["tags"] = sorted(spec.get("tags", []), key=lambda t: t["name"])
    apply_examples(spec)
    apply_links(spec)
    order = ("openapi", "info", "servers", "tags", "paths", "components")
    return {key: spec[key] for key in order if key in spec} | {k: v for k, v in spec.items() if k not in order}


def spec_dict(app: Flask) -> dict[str, Any]:
    """The finished OpenAPI document of `app`."""
    with app.app_context():
        return finalize(app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec.to_dict())


def spec_texts(app: Flask) -> tuple[str, str]:
    """The document as (JSON, YAML) text, built once per app."""
    cached = app.extensions["newsdesk"].get("spec_texts")
    if cached is None:
        spec = spec_dict(app)
        cached = (json.dumps(spec, ensure_ascii=False), to_yaml(spec))
        app.extensions["newsdesk"]["spec_texts"] = cached
    return cached


class _Dumper(yaml.SafeDumper):
    """Multi-line strings as literal blocks, so examples read as the articles they are."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def to_yaml(spec: dict[str, Any]) -> str:
    """YAML for the committed openapi.yaml: key order kept, so diffs read like the code."""
    return yaml.dump(spec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
