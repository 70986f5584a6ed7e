"""IPTC Media Topics for an article."""

from __future__ import annotations

from schemas import Topic


def classify(title: str | None, body: str) -> list[Topic]:
    """Return IPTC topics for the text (placeholder: none yet)."""
    return []
