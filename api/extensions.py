"""Extension objects and per-process resources: the flask-smorest Api and the Store."""

from __future__ import annotations

import os
import threading

import flask_smorest
from flask import Response, current_app

from api.errors import ProblemSchema, handle_http_exception, problem_response
from storage import QuerySyntaxError, Store


class Api(flask_smorest.Api):
    """flask-smorest with problem+json errors; error responses are documented by api.openapi."""

    ERROR_SCHEMA = ProblemSchema
    DEFAULT_ERROR_RESPONSE_NAME = None

    def handle_http_exception(self, error):  # type: ignore[override]
        return handle_http_exception(error)

    def _register_responses(self) -> None:
        """Skip flask-smorest's application/json error components; api.openapi adds problem+json ones."""


def bad_query(error: QuerySyntaxError) -> Response:
    """A malformed `q` is the client's to fix: 400 with the parser's message (safe to show)."""
    return problem_response(400, str(error))


_STORE_LOCK = threading.Lock()


def get_store() -> Store:
    """This process's Store, opened on first use so each gunicorn worker opens its own after fork."""
    state = current_app.extensions["newsdesk"]
    if state.get("pid") != os.getpid():
        with _STORE_LOCK:
            if state.get("pid") != os.getpid():
                state["store"] = Store.open(current_app.config["DATABASE_URL"])
                state["pid"] = os.getpid()
    return state["store"]


def close_store(app) -> None:
    """Close this process's Store, if it opened one."""
    state = app.extensions.get("newsdesk", {})
    if state.get("pid") == os.getpid() and state.get("store") is not None:
        state.pop("store").close()
        state.pop("pid")
