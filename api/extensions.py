"""flask-smorest wiring (Api, Blueprint, query parser) and the per-process Store."""

from __future__ import annotations

import os
import threading

import flask_smorest
import marshmallow as ma
from flask import Request, Response, current_app
from webargs.flaskparser import FlaskParser

from api.errors import ProblemSchema, handle_http_exception, problem_response
from storage import QuerySyntaxError, Store


class QueryParser(FlaskParser):
    """webargs parser that hands the query string to marshmallow as a plain dict.

    webargs' MultiDictProxy raises and catches a KeyError for every argument not sent; with ~14
    optional filters that was the larger part of argument parsing. No argument here is a list.
    """

    def load_querystring(self, req: Request, schema: ma.Schema) -> dict[str, str]:
        return req.args.to_dict()


class Blueprint(flask_smorest.Blueprint):
    """flask-smorest Blueprint with the faster query-string parser."""

    ARGUMENTS_PARSER = QueryParser()


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
