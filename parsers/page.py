"""Page layout: split header furniture from the article and read title, source and dates."""

from __future__ import annotations

from dataclasses import dataclass, field

from schemas import Source


@dataclass
class Page:
    """What the layout stage reads off the page, before any NLP."""

    body: str
    title: str | None = None
    subtitle: str | None = None
    source: Source = field(default_factory=Source)
    published: str | None = None
    page_date: str | None = None
    dateline: str | None = None
    language: str = "en"
    warnings: list[str] = field(default_factory=list)


def read_page(text: str) -> Page:
    """Read the page furniture of `text` (placeholder: the whole text is the body)."""
    return Page(body=text.strip())
