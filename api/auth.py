"""API keys: `Authorization: Bearer <key>`, keys from NEWSDESK_API_KEYS, compared in constant time."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import current_app, request
from flask_smorest import abort

V1_BLUEPRINTS = frozenset({"articles", "quotes", "timeline", "participants", "topics", "sources"})
CHALLENGE = {"WWW-Authenticate": 'Bearer realm="newsdesk"'}


def _presented_key() -> str | None:
    scheme, _, key = request.headers.get("Authorization", "").partition(" ")
    return key.strip() if scheme.lower() == "bearer" and key.strip() else None


def _key_matches(key: str) -> bool:
    """Compare against every configured key, without stopping early, so timing says nothing."""
    found = False
    for known in current_app.config["API_KEYS"]:
        found |= hmac.compare_digest(key.encode(), known.encode())
    return found


def check_key(*, required: bool) -> None:
    """Abort with 401 unless a valid key is presented, or none is needed."""
    if not required:
        return
    if not current_app.config["API_KEYS"]:
        abort(403, message="Writes are disabled: the server has no API keys configured.")
    key = _presented_key()
    if key is None:
        abort(401, message="Send an API key as `Authorization: Bearer <key>`.", headers=CHALLENGE)
    if not _key_matches(key):
        abort(401, message="The API key is not valid.", headers=CHALLENGE)


def require_key(view: Callable[..., Any]) -> Callable[..., Any]:
    """Protect a write: a valid key is always needed."""

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        check_key(required=True)
        return view(*args, **kwargs)

    return wrapper


def guard_reads() -> None:
    """before_request hook: with NEWSDESK_READS_REQUIRE_KEY, every /v1 call needs a key (probes stay open)."""
    if current_app.config["READS_REQUIRE_KEY"] and request.blueprint in V1_BLUEPRINTS:
        check_key(required=True)
