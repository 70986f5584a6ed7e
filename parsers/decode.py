"""Bytes to text: detect the encoding, refuse what is not text."""

from __future__ import annotations

import unicodedata

from parsers.errors import ParseError


def decode(data: bytes, *, max_bytes: int) -> str:
    """Return NFC text of `data`, or raise ParseError naming why it is not an article."""
    if not data.strip():
        raise ParseError("empty file")
    if len(data) > max_bytes:
        raise ParseError(f"file too large: {len(data)} bytes (limit {max_bytes})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError(f"not valid UTF-8 text: {exc.reason}") from None
    return unicodedata.normalize("NFC", text)
