"""RFC 9457 problem details: the one error body of the API, documented and produced here."""

from __future__ import annotations

import http
import json
import logging
from typing import Any

import marshmallow as ma
from flask import Response
from werkzeug.exceptions import HTTPException, InternalServerError

PROBLEM_MEDIA_TYPE = "application/problem+json"
LOG = logging.getLogger("newsdesk.api")
# Headers an error may carry to the client; everything else werkzeug sets is dropped.
PASSED_HEADERS = ("Allow", "Retry-After", "WWW-Authenticate")


class ProblemSchema(ma.Schema):
    """Problem details (RFC 9457); documents the body, never dumps it (see problem_response)."""

    type = ma.fields.String(
        required=True, metadata={"description": "URI naming the problem type; `about:blank` means see `status`."}
    )
    title = ma.fields.String(required=True, metadata={"description": "Short summary of the problem type."})
    status = ma.fields.Integer(required=True, metadata={"description": "HTTP status code."})
    detail = ma.fields.String(metadata={"description": "What went wrong with this request, for people."})
    errors = ma.fields.Dict(
        keys=ma.fields.String(),
        metadata={"description": "Per-location, per-field validation messages (422 only)."},
    )


def problem_response(status: int, detail: str | None = None, *, errors: Any = None,
                     headers: dict[str, str] | None = None) -> Response:
    """Build a problem+json response; the body keys match ProblemSchema."""
    body: dict[str, Any] = {"type": "about:blank", "title": http.HTTPStatus(status).phrase, "status": status}
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = errors
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_MEDIA_TYPE)
    response.headers.update(headers or {})
    return response


def handle_http_exception(error: HTTPException) -> Response:
    """Turn any werkzeug/flask-smorest HTTP error, 500 included, into problem+json."""
    status = error.code or 500
    if status == 500:
        # Never leak internals: log the cause, tell the client only that it failed.
        cause = getattr(error, "original_exception", None) or error
        LOG.error("request failed", exc_info=(type(cause), cause, cause.__traceback__))
        return problem_response(status, "The server failed to answer this request.")
    data = getattr(error, "data", None) or {}
    headers = {k: v for k, v in error.get_headers() if k in PASSED_HEADERS}
    headers.update(data.get("headers") or {})
    detail = data.get("message") or error.description
    return problem_response(status, detail, errors=data.get("errors") or data.get("messages"), headers=headers)


def handle_unexpected(error: Exception) -> Response:
    """Answer an exception no view expected with a bare 500 problem."""
    return handle_http_exception(InternalServerError(original_exception=error))
