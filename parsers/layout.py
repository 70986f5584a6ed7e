"""Text to units: one unit per paragraph line, hard-wrapped blocks joined, and shape tests on a unit."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
NON_ALNUM = re.compile(r"[\W_]+")
WORD = re.compile(r"[^\W_][\w'’.-]*")
TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")
STATEMENT_END = re.compile(r"[.…][\"'”’)\]]*$")
ABBREV_END = re.compile(r"\b(?:[A-Za-z]\.){2,}$")  # "U.S." ends a headline without ending a sentence
WRAP_MIN, WRAP_MAX, WRAP_SPREAD = 45, 90, 30  # line lengths of a hard-wrapped plain-text block


@dataclass(frozen=True)
class Unit:
    """One paragraph line of the page, as it will appear in the body."""

    text: str
    index: int
    blank_before: bool


def clean_line(line: str) -> str:
    """Collapse spacing (NBSP included) and drop invisible characters; quote marks are kept as typed."""
    return SPACES.sub(" ", INVISIBLE.sub("", line)).strip()


def units(text: str) -> list[Unit]:
    """Split text into units: blank-line blocks, each line a unit unless the block is hard-wrapped."""
    out: list[Unit] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [clean_line(line) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        if _wrapped(lines):
            lines = [" ".join(lines)]
        for i, line in enumerate(lines):
            out.append(Unit(line, len(out), blank_before=i == 0))
    return out


def _wrapped(lines: list[str]) -> bool:
    """Tell a hard-wrapped paragraph (similar short lines, most not ending a sentence) from one-line paragraphs."""
    if len(lines) < 2:
        return False
    body = lines[:-1]
    lengths = [len(line) for line in body]
    if min(lengths) < WRAP_MIN or max(lengths) > WRAP_MAX or max(lengths) - min(lengths) > WRAP_SPREAD:
        return False
    if len(lines) == 2:  # two lines: only a lower-case continuation shows the break is a wrap
        return not TERMINAL.search(lines[0]) and lines[1][:1].islower()
    open_ends = sum(not TERMINAL.search(line) for line in body)
    return open_ends * 2 >= len(body)


def words(text: str) -> list[str]:
    """Return the words of `text` (letters or digits first)."""
    return WORD.findall(text)


def ends_sentence(text: str) -> bool:
    """True when the text ends like a sentence, not like a headline ending in an abbreviation."""
    return bool(TERMINAL.search(text)) and not ABBREV_END.search(text)


def is_prose(text: str) -> bool:
    """True for running text: a finished sentence of several words, or a long stretch."""
    n = len(words(text))
    return (n >= 6 and ends_sentence(text)) or n >= 25


def is_headline(text: str) -> bool:
    """True for a line shaped like a headline: a few words, not ending in a full stop (a question may be one)."""
    lettered = [w for w in words(text) if not w[0].isdigit()]
    n = len(words(text))
    statement = bool(STATEMENT_END.search(text)) and not ABBREV_END.search(text)
    return len(lettered) >= 2 and n <= 30 and len(text) <= 250 and not statement and not text.endswith(":")


def is_title_case(text: str) -> bool:
    """True when most longer words are capitalized (a heading), false for sentence case (a link or caption)."""
    long_words = [w for w in words(text) if len(w) > 3]
    if not long_words:
        return True
    upper = sum(w[0].isupper() or w[0].isdigit() for w in long_words)
    return upper >= 0.6 * len(long_words)


def key(text: str) -> str:
    """Comparison key for duplicate detection: NFKC, casefolded, letters and digits only."""
    return NON_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())
