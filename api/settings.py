"""Settings read from the environment: the one place outside create_app that touches os.environ."""

from __future__ import annotations

import os

from parsers import DEFAULT_MODEL, ParserSettings


def parser_settings(**overrides: int | str) -> ParserSettings:
    """Parser settings from NEWSDESK_SPACY_MODEL / NEWSDESK_MAX_BYTES, then explicit overrides."""
    values: dict = {"model": os.environ.get("NEWSDESK_SPACY_MODEL", DEFAULT_MODEL)}
    if "NEWSDESK_MAX_BYTES" in os.environ:
        values["max_bytes"] = int(os.environ["NEWSDESK_MAX_BYTES"])
    values.update({k: v for k, v in overrides.items() if v is not None})
    return ParserSettings(**values)
