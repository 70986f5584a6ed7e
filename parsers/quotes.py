"""Direct and indirect quotes with their speakers, cues and spans, in the title, subtitle and body."""

from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Doc

from parsers.attribution import cue_in_frame, find_cue
from parsers.indirect import find_indirect
from parsers.quote_frames import gap_sentences, lead_frame
from parsers.quote_spans import MarkSpan, find_mark_spans
from parsers.quote_terms import is_statement
from parsers.speakers import SpeakerResolver
from schemas import Participant, Quote, Speaker
from schemas.article import QuotePart

WORDS_RE = re.compile(r"\w+")
LINE_RE = re.compile(r"[^\n]+")
FURNITURE_MAX_WORDS = 12
TERMINAL = ".!?:;\"\u201d)\u2026"


class PageLike(Protocol):
    """What the quote stage reads off the page stage's Page."""

    title: str | None
    subtitle: str | None


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """Short lines with no sentence punctuation that do not run on (links, captions, headings, ads)."""
    lines = list(LINE_RE.finditer(text))
    out: list[tuple[int, int]] = []
    for k, line in enumerate(lines):
        body = line.group().strip()
        nxt = next((ln.group().strip() for ln in lines[k + 1:] if ln.group().strip()), "")
        if (body and body[-1] not in TERMINAL and len(WORDS_RE.findall(body)) <= FURNITURE_MAX_WORDS
                and not nxt[:1].islower()):
            out.append((line.start(), line.end()))
    return out


def _words(text: str) -> str:
    return " ".join(WORDS_RE.findall(text.lower()))


def statement_spans(field: str, doc: Doc | None, part: QuotePart) -> list[MarkSpan]:
    """Every span in double marks in `field` that is somebody's statement."""
    return [s for s in find_mark_spans(field) if is_statement(field, s, doc, part)]


def _direct(field: str, doc: Doc | None, part: QuotePart, resolver: SpeakerResolver,
            spans: list[MarkSpan]) -> list[Quote]:
    """Attribute each statement through its cue, or to the quote right before it."""
    quotes: list[Quote] = []
    prev: tuple[MarkSpan, Quote] | None = None
    for i, span in enumerate(spans):
        cue = find_cue(doc, field, spans, i) if doc is not None else None
        speaker: Speaker | None = None
        word = cue.word if cue else None
        if cue is not None and cue.subject is not None:
            speaker = resolver.resolve(cue.subject, cue.pos, mention=cue.mention).speaker
        elif cue is None and prev is not None and gap_sentences(field, prev[0], span) <= 1:
            speaker, word = prev[1].speaker, prev[1].cue  # a floating quote continues the one before
        elif cue is None and doc is not None and span.close_mark is not None:
            lead = lead_frame(field, spans, i)  # `X stressed that …. "…"`: the sentence before speaks
            cue = cue_in_frame(doc, lead, spans) if lead else None
            if cue is not None and cue.subject is not None:
                word = cue.word
                speaker = resolver.resolve(cue.subject, cue.pos, mention=cue.mention).speaker
        quote = Quote(text=span.text(field), kind="direct", speaker=speaker, cue=word, part=part,
                      span=(span.start, span.end))
        if speaker is not None:
            resolver.history.append((span.start, speaker))
        quotes.append(quote)
        prev = (span, quote)
    return quotes


def _borrow_speakers(heads: list[Quote], body: list[Quote]) -> list[Quote]:
    """A headline or standfirst quote repeated in the body takes the body quote's speaker."""
    out = []
    for q in heads:
        if q.speaker is None:
            key = _words(q.text)
            match = next((b for b in body if b.speaker and key and (key in _words(b.text) or _words(b.text) in key)),
                         None)
            if match is not None:
                q = q.model_copy(update={"speaker": match.speaker, "cue": q.cue or match.cue})
        out.append(q)
    return out


def _field(field: str, doc: Doc | None, part: QuotePart, participants: list[Participant]) -> list[Quote]:
    """Direct and indirect quotes of one field (no indirect quotes from headlines)."""
    spans = statement_spans(field, doc, part)
    ranges = [(s.open_mark, s.outer_end) for s in spans]
    resolver = SpeakerResolver(doc, participants, skip=[*furniture_lines(field), *ranges])
    indirect = find_indirect(doc, resolver, part, ranges) if doc is not None and part != "title" else []
    return sorted([*_direct(field, doc, part, resolver, spans), *indirect], key=lambda q: q.span)


def extract_quotes(
    doc: Doc, participants: list[Participant], page: PageLike | None = None, nlp=None
) -> tuple[list[Quote], list[str]]:
    """Return the article's quotes (headline, standfirst, body) and a warning per unattributed quote."""
    quotes, heads = _field(doc.text, doc, "body", participants), []
    direct = [q for q in quotes if q.kind == "direct"]
    for part, text in (("title", getattr(page, "title", None)), ("subtitle", getattr(page, "subtitle", None))):
        if not text or (part == "title" and not find_mark_spans(text)):
            continue
        heads.extend(_field(text, nlp(text) if nlp is not None else None, part, participants))
    quotes = [*_borrow_speakers(heads, direct), *quotes]
    warnings = [f"quote with no speaker ({q.part} {q.span[0]}-{q.span[1]}): {q.text[:60]!r}"
                for q in quotes if q.speaker is None and q.kind == "direct"]
    return quotes, warnings
