"""Configuration defaults, and the NEWSDESK_* environment variables that override them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib.metadata import version
from typing import Any


def _flag(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


class Defaults:
    """Flask config defaults; every key can be set as NEWSDESK_<KEY> in the environment."""

    API_TITLE = "newsdesk"
    API_VERSION = version("newsdesk")
    OPENAPI_VERSION = "3.1.0"
    DATABASE_URL: str | None = None  # None: api.settings.database_url() decides
    API_KEYS = ""  # comma-separated bearer keys; none configured means writes are refused
    READS_REQUIRE_KEY = False
    MAX_REQUEST_BYTES = 2 * 1024 * 1024
    RATE_LIMIT = "60/minute"  # per client (API key, else address) on writes and parse, per worker by default
    RATE_LIMIT_STORAGE = "memory://"  # e.g. redis://host:6379 to share the budget across workers and hosts
    JSON_SORT_KEYS = False


# How to read each environment value; anything not listed stays a string.
ENV_TYPES: Mapping[str, Callable[[str], Any]] = {
    "READS_REQUIRE_KEY": _flag,
    "MAX_REQUEST_BYTES": int,
}


def from_environ(environ: Mapping[str, str], prefix: str = "NEWSDESK_") -> dict[str, Any]:
    """Typed config values for the NEWSDESK_* keys that Defaults knows."""
    known = {k for k in vars(Defaults) if k.isupper()}
    values: dict[str, Any] = {}
    for name, raw in environ.items():
        key = name.removeprefix(prefix)
        if name.startswith(prefix) and key in known:
            values[key] = ENV_TYPES.get(key, str)(raw)
    return values


def finish(config: dict[str, Any]) -> None:
    """Derive the Flask and extension keys from ours, so each setting has one name."""
    keys = config["API_KEYS"]
    config["API_KEYS"] = tuple(k.strip() for k in keys.split(",") if k.strip()) if isinstance(keys, str) else keys
    config["MAX_CONTENT_LENGTH"] = config["MAX_REQUEST_BYTES"]
