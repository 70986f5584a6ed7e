"""Per-client rate limit on writes and parse, with the `limits` library.

Only the decorated views pay for it (flask-limiter's app-wide hook cost every request ~0.15 ms).
The counters live in NEWSDESK_RATE_LIMIT_STORAGE: memory:// keeps one budget per worker process;
redis://... shares one budget across workers and hosts.
"""

from __future__ import annotations

import hashlib
import math
import os
import time
from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import current_app, request
from limits import RateLimitItem, parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from api.errors import problem_response

SCOPE = "writes"  # POST /v1/articles, DELETE /v1/articles/{id} and POST /v1/parse share one budget


def client_key() -> str:
    """Who is limited: the presented API key (hashed, never kept), else the peer address."""
    scheme, _, key = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer" and key.strip():
        return "key:" + hashlib.sha256(key.strip().encode()).hexdigest()[:16]
    return "addr:" + (request.remote_addr or "unknown")


def _limiter() -> tuple[MovingWindowRateLimiter, RateLimitItem]:
    """This process's limiter, built on first use so a forked worker never shares its parent's state."""
    state = current_app.extensions["newsdesk"]
    if state.get("limiter_pid") != os.getpid():
        storage = storage_from_string(current_app.config["RATE_LIMIT_STORAGE"])
        state["limiter"] = (MovingWindowRateLimiter(storage), parse(current_app.config["RATE_LIMIT"]))
        state["limiter_pid"] = os.getpid()
    return state["limiter"]


def write_limit(view: Callable[..., Any]) -> Callable[..., Any]:
    """Count the request against the client's budget; 429 with Retry-After once it is spent."""

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        limiter, item = _limiter()
        key = client_key()
        if limiter.hit(item, SCOPE, key):
            return view(*args, **kwargs)
        reset_at, _ = limiter.get_window_stats(item, SCOPE, key)
        wait = max(1, math.ceil(reset_at - time.time()))
        return problem_response(429, f"Rate limit of {item} exceeded; retry in {wait} s.",
                                headers={"Retry-After": str(wait)})

    return wrapper
