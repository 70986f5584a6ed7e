"""Helpers for the parsing-stage tests: read a page from text without NLP, page records for the scorer."""

from __future__ import annotations

from pathlib import Path

from parsers.decode import decode
from parsers.page import Page, read_page

LIMIT = 5 * 1024 * 1024


def read(text: str) -> Page:
    """Read a page from text, the way the pipeline does after decoding."""
    return read_page(decode(text.encode("utf-8"), max_bytes=LIMIT))


def page_record(path: Path) -> dict:
    """The header fields of one file as a contract-shaped dict, for the scorer (no NLP)."""
    page = read_page(decode(path.read_bytes(), max_bytes=LIMIT))
    return {"provenance": {"file": path.name}, "title": page.title, "source": page.source.model_dump(),
            "published": page.published}
