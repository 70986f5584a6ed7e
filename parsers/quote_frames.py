"""The attribution frame of a direct quote: the words before and after its marks, up to a sentence end."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.quote_spans import MarkSpan

# A sentence ends at . ! ? before a space, a mark or the end, but not after a title or an initial.
SENT_END_RE = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bCol)(?<!\bLt)(?<!\bSen)"
    r"(?<!\bRep)(?<!\bGov)(?<!\bProf)(?<!\bJr)(?<!\bSr)(?<!\bNo)(?<!\bSept)(?<!\bOct)(?<!\bNov)(?<!\bDec)"
    r"(?<!\bJan)(?<!\bFeb)(?<!\bAug)(?<!\bvs)[.!?](?=[\s\"\u201c\u201d\u00ab\u00bb]|$)"
)
NEWLINE_NOT_WRAP_RE = re.compile(r"\n(?![ \t]*[a-z])")
TERMINAL = ".!?"
MAX_TRAILING_WORDS = 8
WORD_RE = re.compile(r"\w+")
# nothing after the closing mark on its line, then a line opening with a dash and a capitalised word
DASH_LINE_RE = re.compile(
    r"[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<line>[\u2013\u2014-][ \t]*[A-Z][^\n]{0,120}?)(?<![.!?])[ \t]*(?=\n|$)"
)


@dataclass(frozen=True)
class Frame:
    """A character range of the field next to a quote, where its speech cue and speaker may stand."""

    start: int
    end: int
    side: str  # "before" | "after"


def _dash_line(field: str, start: int, limit: int) -> Frame | None:
    """A quote standing alone in its paragraph, signed on the line below (`– The Hon. X, Minister of Y`)."""
    m = DASH_LINE_RE.match(field, start, limit)
    if m is None:
        return None
    return Frame(m.start("line"), m.end("line"), "after")


def after_frame(field: str, spans: list[MarkSpan], i: int) -> Frame | None:
    """Text after the closing mark up to the sentence end, the next quote or the paragraph end."""
    span = spans[i]
    if span.close_mark is None:
        return None
    start = span.outer_end
    limit = spans[i + 1].open_mark if i + 1 < len(spans) else len(field)
    if (signed := _dash_line(field, start, limit)) is not None:
        return signed
    for rx in (SENT_END_RE, NEWLINE_NOT_WRAP_RE):
        m = rx.search(field, start, limit)
        if m:
            limit = m.start() if rx is NEWLINE_NOT_WRAP_RE else m.end()
    text = field[start:limit]
    first = next((c for c in text if c.isalpha()), "")
    ended = span.text(field).rstrip()[-1:] in TERMINAL
    if ended and first.isupper() and len(WORD_RE.findall(text)) > MAX_TRAILING_WORDS:
        return None  # a new sentence, not an attribution tail
    return Frame(start, limit, "after") if text.strip() else None


def _sentence_start(field: str, lower: int, end: int) -> int:
    """Start of the sentence that ends at `end`, no earlier than `lower`."""
    line_start = field.rfind("\n", 0, end) + 1
    start = max(lower, line_start)
    ends = [m.end() for m in SENT_END_RE.finditer(field, start, end)]
    return ends[-1] if ends else start


def before_frame(field: str, spans: list[MarkSpan], i: int) -> Frame | None:
    """Text before the opening mark back to the sentence start, or a colon lead-in on the line above."""
    span = spans[i]
    lower = spans[i - 1].outer_end if i else 0
    start = _sentence_start(field, lower, span.open_mark)
    if field[start:span.open_mark].strip():
        return Frame(start, span.open_mark, "before")
    head = field[lower:span.open_mark].rstrip()
    if head.endswith(":"):
        end = lower + len(head)
        return Frame(_sentence_start(field, lower, end), end, "before")
    return None


def gap_sentences(field: str, prev: MarkSpan, span: MarkSpan) -> int:
    """How many sentences stand between two quotes (a floating quote follows straight after `X said.`)."""
    gap = field[prev.outer_end:span.open_mark]
    if not gap.strip():
        return 0
    return max(1, len(SENT_END_RE.findall(gap)) + (0 if gap.rstrip()[-1:] in TERMINAL else 1))


def lead_frame(field: str, spans: list[MarkSpan], i: int) -> Frame | None:
    """The whole sentence just before a cue-less quote (`X stressed that …. "…"`), if it ends right there."""
    span = spans[i]
    lower = spans[i - 1].outer_end if i else 0
    head = field[lower:span.open_mark].rstrip()
    if not head or head[-1] not in TERMINAL:
        return None
    end = lower + len(head)
    start = _sentence_start(field, lower, end - 1)
    return Frame(start, end, "before") if field[start:end].strip() else None


def sentence_bounds(field: str, pos: int) -> tuple[int, int]:
    """The sentence around `pos` by punctuation and lines, not by the parser (which splits at stray marks)."""
    start = _sentence_start(field, 0, pos)
    m = SENT_END_RE.search(field, pos)
    line_end = NEWLINE_NOT_WRAP_RE.search(field, pos)
    ends = [x for x in (m.end() if m else None, line_end.start() if line_end else None) if x is not None]
    return start, min(ends) if ends else len(field)
