"""Extension objects and per-process resources: the flask-smorest Api, the rate limiter, the Store."""

from __future__ import annotations

import hashlib
import math
import os
import threading
import time

import flask_smorest
from flask import Response, current_app, request
from flask_limiter import Limiter, RateLimitExceeded

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


def client_key() -> str:
    """Rate-limit identity: the presented API key (hashed, never stored), else the peer address."""
    auth = request.headers.get("Authorization", "")
    if auth.startswith("Bearer ") and len(auth) > 7:
        return "key:" + hashlib.sha256(auth[7:].encode()).hexdigest()[:16]
    return "addr:" + (request.remote_addr or "unknown")


limiter = Limiter(key_func=client_key)
write_limit = limiter.shared_limit(lambda: current_app.config["RATE_LIMIT"], scope="writes")


def bad_query(error: QuerySyntaxError) -> Response:
    """A malformed `q` is the client's to fix: 400 with the parser's message (safe to show)."""
    return problem_response(400, str(error))


def rate_limited(error: RateLimitExceeded) -> Response:
    """429 as problem+json with Retry-After, the one header a throttled client needs."""
    current = limiter.current_limit
    wait = max(1, math.ceil(current.reset_at - time.time())) if current else 60
    return problem_response(429, f"Rate limit of {error.description} exceeded; retry in {wait} s.",
                            headers={"Retry-After": str(wait)})

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
