"""Settings read from the environment: the one place outside create_app that touches os.environ."""

from __future__ import annotations

import os
from pathlib import Path

from parsers import DEFAULT_MODEL, ParserSettings


def parser_settings(**overrides: int | str) -> ParserSettings:
    """Parser settings from NEWSDESK_SPACY_MODEL / NEWSDESK_MAX_BYTES, then explicit overrides."""
    values: dict = {"model": os.environ.get("NEWSDESK_SPACY_MODEL", DEFAULT_MODEL)}
    if "NEWSDESK_MAX_BYTES" in os.environ:
        values["max_bytes"] = int(os.environ["NEWSDESK_MAX_BYTES"])
    values.update({k: v for k, v in overrides.items() if v is not None})
    return ParserSettings(**values)


def instance_path() -> Path:
    """Folder for local state (the default SQLite file): NEWSDESK_INSTANCE_PATH or ./instance."""
    return Path(os.environ.get("NEWSDESK_INSTANCE_PATH", "instance")).resolve()


def database_url(explicit: str | None = None) -> str:
    """The database: --database, else NEWSDESK_DATABASE_URL, else a SQLite file in the instance folder."""
    if explicit:
        return explicit
    return os.environ.get("NEWSDESK_DATABASE_URL") or f"sqlite:///{instance_path() / 'newsdesk.db'}"
