"""Pair double quotation marks into spans: mixed, mismatched, multi-paragraph and unclosed quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Double marks only: the gold format counts single-quoted spans as no quotes at all.
MARKS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
OPENING_SHAPES = "\u201c\u201e\u201f\u00ab"
CLOSING_SHAPES = "\u201d\u00bb"
MARK_RE = re.compile(f"[{MARKS}]")
# What may sit right before an opening mark, or right after a closing one.
BEFORE_OPEN = set(" \t\n\r([{\u2014\u2013-/:\u00a0")
AFTER_CLOSE = set(" \t\n\r)]}.,;:!?\u2014\u2013-/\u2026\u00a0'\u2019")


@dataclass(frozen=True)
class MarkSpan:
    """The characters between an opening mark and its closing mark (or a paragraph/text end)."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None  # None: never closed (runs to a reopening paragraph or the end of the text)

    @property
    def outer_end(self) -> int:
        """Where the text after the quote begins (past the closing mark, if any)."""
        return self.end if self.close_mark is None else self.close_mark + 1

    def text(self, field: str) -> str:
        """Return the quoted words exactly as they stand in `field`."""
        return field[self.start:self.end]


def _role(text: str, pos: int) -> str:
    """Say whether the mark at `pos` sits where an opening or a closing mark would ('open'/'close'/'either')."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    opens = before in BEFORE_OPEN and after not in " \t\n\r"
    closes = before not in " \t\n\r" and (after in AFTER_CLOSE or after in MARKS)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if text[pos] in OPENING_SHAPES:
        return "open"
    if text[pos] in CLOSING_SHAPES:
        return "close"
    return "either"


def _trimmed(text: str, start: int, end: int, open_mark: int, close_mark: int | None) -> MarkSpan | None:
    """Drop surrounding whitespace so that field[span] is exactly the quoted words."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return MarkSpan(start, end, open_mark, close_mark) if end > start else None


def _line_end_before(text: str, pos: int) -> int:
    """End of the last non-blank line before `pos` (where a reopened quote's first paragraph stops)."""
    return text.rfind("\n", 0, pos)


def find_mark_spans(text: str) -> list[MarkSpan]:
    """Return every span delimited by double marks; a closing mark with no opening one delimits nothing."""
    spans: list[MarkSpan] = []
    open_at: int | None = None
    for match in MARK_RE.finditer(text):
        pos = match.start()
        role = _role(text, pos)
        if open_at is None:
            if role == "close" or (role == "either" and text[pos] in CLOSING_SHAPES):
                continue  # stray closing mark
            open_at = pos
            continue
        if role == "open" and "\n" in text[open_at:pos]:
            # a new paragraph reopens a quote that was never closed: one entry per paragraph
            span = _trimmed(text, open_at + 1, _line_end_before(text, pos), open_at, None)
            if span:
                spans.append(span)
            open_at = pos
            continue
        span = _trimmed(text, open_at + 1, pos, open_at, pos)
        if span:
            spans.append(span)
        open_at = None
    if open_at is not None:
        span = _trimmed(text, open_at + 1, len(text), open_at, None)
        if span:
            spans.append(span)
    return spans
