"""The words of an article as match slots for topic scoring, with the words that sit inside a proper name marked."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, IS_TITLE, LEMMA, ORTH, SENT_START
from spacy.tokens import Doc

from parsers.topic_model import WORD, key

PARAGRAPH_BREAK = re.compile(r"\n\s*")  # blank-line or one-line paragraphs alike
TITLE_WEIGHT = 2.0  # a headline word counts like two body words
TITLE_PARAGRAPH = -1  # the paragraph number of headline words
# entity types whose words name someone or something rather than say what the story is about
NAME_ENTITIES = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT"})
IOB_BEGIN, IOB_INSIDE = 3, 1


@dataclass(frozen=True)
class Slot:
    """One word of the title or body: its match keys, where it is, and how much it weighs."""

    keys: frozenset[str]
    text: str  # the title or body it belongs to
    start: int
    end: int
    weight: float
    para: int = TITLE_PARAGRAPH  # index of the body paragraph; the headline is a paragraph of its own
    in_name: bool = False  # part of a proper name of two or more words ("Port Carrick", "Nordhavn Securities")


def slots(title: str | None, body: str, doc: Doc | None, keep: frozenset[str] = frozenset()) -> list[Slot]:
    """Words of title and body as match slots; body words get their spaCy lemma as a second key.

    A proper name that holds one of the `keep` words ("Ministry", "Court") still says what the story is about.
    """
    breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(body)]
    if doc is not None and _parses(doc, body):
        body_slots = _doc_slots(doc, body, breaks, keep)
    else:
        body_slots = [Slot(frozenset({key(m.group())}), body, m.start(), m.end(), 1.0, bisect_right(breaks, m.start()))
                      for m in WORD.finditer(body)]
    pairs = _name_pairs(body_slots)
    words = [(key(m.group()), m) for m in WORD.finditer(title or "")]
    title_slots = [
        Slot(frozenset({k}), title, m.start(), m.end(), TITLE_WEIGHT, in_name=_pair_in(pairs, words, i))
        for i, (k, m) in enumerate(words)
    ]
    return title_slots + body_slots


def _doc_slots(doc: Doc, body: str, breaks: list[int], keep: frozenset[str]) -> list[Slot]:
    """Body slots from the spaCy parse (arrays: no Token objects, much faster)."""
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, LEMMA, IDX, ENT_IOB, ENT_TYPE, IS_TITLE, SENT_START]).tolist()
    keys = [_token_keys(strings[r[0]], strings[r[1]]) for r in rows]
    names = {i for run in _name_runs(rows, strings) if not any(keys[j] & keep for j in run) for i in run}
    return [
        Slot(k, body, r[2], r[2] + len(strings[r[0]]), 1.0, bisect_right(breaks, r[2]), i in names)
        for i, (r, k) in enumerate(zip(rows, keys, strict=True))
        if k
    ]


def _name_runs(rows: list[list[int]], strings) -> list[range]:
    """Token ranges of multi-word named entities and of runs of capitalised words that do not open a sentence."""
    runs: list[range] = []
    start = None
    for i, row in enumerate([*rows, [0, 0, 0, IOB_BEGIN, 0, 0, 0]]):
        if start is not None and row[3] != IOB_INSIDE:
            if i - start > 1 and strings[rows[start][4]] in NAME_ENTITIES:
                runs.append(range(start, i))
            start = None
        if row[3] == IOB_BEGIN:
            start = i
    start = None
    for i, row in enumerate([*rows, [0, 0, 0, 0, 0, 0, 1]]):
        capital = bool(row[5]) and row[6] != 1
        if capital and start is None:
            start = i
        elif not capital and start is not None:
            if i - start > 1:
                runs.append(range(start, i))
            start = None
    return runs


def _name_pairs(body_slots: list[Slot]) -> set[tuple[str, str]]:
    """Adjacent word pairs of the body's proper names, to find the same names in the headline."""
    return {
        (key(a.text[a.start : a.end]), key(b.text[b.start : b.end]))
        for a, b in zip(body_slots, body_slots[1:], strict=False)
        if a.in_name and b.in_name
    }


def _pair_in(pairs: set[tuple[str, str]], words: list, i: int) -> bool:
    """Whether headline word i forms one of the body's proper-name pairs with a neighbour."""
    k = words[i][0]
    return (i > 0 and (words[i - 1][0], k) in pairs) or (i + 1 < len(words) and (k, words[i + 1][0]) in pairs)


def _parses(doc: Doc, body: str) -> bool:
    """Whether `doc` is the parse of `body` (cheap check: same start and same length, no text rebuild)."""
    if not len(doc):
        return not body.strip()
    last = doc[-1]
    return body.startswith(doc[0].text) and last.idx + len(last.text_with_ws) == len(body)


@lru_cache(maxsize=1 << 16)
def _token_keys(text: str, lemma: str) -> frozenset[str]:
    """Match keys of one spaCy token: its words, plus its lemma when it is a single word."""
    keys = {key(m.group()) for m in WORD.finditer(text)}
    if len(keys) == 1 and WORD.fullmatch(lemma):
        keys.add(key(lemma))
    return frozenset(keys)
