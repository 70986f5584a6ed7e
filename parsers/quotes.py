"""Direct and indirect quotes with their speakers, cues and spans, in the title, subtitle and body."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc

from parsers.attribution import Cue, cue_in_frame, find_cue
from parsers.cues import cue_forms, doc_text
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
    """What the quote stage reads off the page stage's Page (`source` optional: outlet and credit)."""

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


@dataclass
class Attributed:
    """A direct quote with the words of the phrase that named its speaker (for headline look-ups)."""

    quote: Quote
    span: MarkSpan
    mention: frozenset[str] = frozenset()


def _mention_words(cue: Cue | None) -> frozenset[str]:
    if cue is None or cue.subject is None:
        return frozenset()
    toks = cue.mention or tuple(cue.subject.subtree)
    return frozenset(t.lower_ for t in toks if t.is_alpha and t.pos_ not in ("DET", "ADP", "PRON"))


def _attribute(field: str, doc: Doc | None, spans: list[MarkSpan], i: int, resolver: SpeakerResolver,
               prev: Attributed | None) -> tuple[Speaker | None, str | None, frozenset[str]]:
    """Speaker and cue of quote `i`: its own cue, the quote right before it, or the sentence before it."""
    cue = find_cue(doc, field, spans, i) if doc is not None else None
    if cue is None and prev is not None and gap_sentences(field, prev.span, spans[i]) <= 1:
        return prev.quote.speaker, prev.quote.cue, prev.mention  # a floating quote continues the one before
    if cue is None and doc is not None and spans[i].close_mark is not None:
        lead = lead_frame(field, spans, i)  # `X stressed that …. "…"`: the sentence before speaks
        cue = cue_in_frame(doc, lead, spans) if lead else None
    if cue is None or cue.subject is None:
        return None, cue.word if cue else None, frozenset()
    speaker = resolver.resolve(cue.subject, cue.pos, mention=cue.mention)
    return speaker, cue.word, _mention_words(cue)


def _carry_back(items: list[Attributed]) -> list[Attributed]:
    """A paragraph whose quote is never closed but reopened below takes the speaker named below."""
    for k in range(len(items) - 2, -1, -1):
        here, below = items[k], items[k + 1]
        if here.span.close_mark is None and here.quote.speaker is None and below.quote.speaker is not None:
            here.quote = here.quote.model_copy(update={"speaker": below.quote.speaker, "cue": below.quote.cue})
    return items


def _direct(field: str, doc: Doc | None, part: QuotePart, resolver: SpeakerResolver,
            spans: list[MarkSpan]) -> list[Attributed]:
    """Attribute each statement in `field`."""
    items: list[Attributed] = []
    for i, span in enumerate(spans):
        speaker, word, mention = _attribute(field, doc, spans, i, resolver, items[-1] if items else None)
        quote = Quote(text=span.text(field), kind="direct", speaker=speaker, cue=word, part=part,
                      span=(span.start, span.end))
        if speaker is not None:
            resolver.history.append((span.start, speaker))
        items.append(Attributed(quote, span, mention))
    return _carry_back(items)


def _borrow_speakers(heads: list[Attributed], body: list[Attributed]) -> list[Quote]:
    """A headline or standfirst quote takes the speaker of the body quote that repeats its words,
    or of the body quote attributed to the same title (`shipping chief warns` … `the shipping chief said`)."""
    out = []
    for item in heads:
        q = item.quote
        if q.speaker is None:
            key = _words(q.text)
            match = next((b.quote for b in body if b.quote.speaker and key
                          and (key in _words(b.quote.text) or _words(b.quote.text) in key)), None)
            if match is None and item.mention:
                match = next((b.quote for b in body if b.quote.speaker and item.mention <= b.mention), None)
            if match is not None:
                q = q.model_copy(update={"speaker": match.speaker, "cue": q.cue or match.cue})
        out.append(q)
    return out


def _field(field: str, doc: Doc | None, part: QuotePart,
           participants: list[Participant]) -> tuple[list[Attributed], list[Quote]]:
    """Direct and indirect quotes of one field (no indirect quotes from headlines)."""
    spans = statement_spans(field, doc, part)
    ranges = [(s.open_mark, s.outer_end) for s in spans]
    resolver = SpeakerResolver(doc, participants, skip=[*furniture_lines(field), *ranges])
    indirect = find_indirect(doc, resolver, part, ranges) if doc is not None and part != "title" else []
    return _direct(field, doc, part, resolver, spans), indirect


def _outlet_framing(q: Quote, page: PageLike | None) -> bool:
    """`According to The Iran Project, X said …`: the publishing outlet framing its own story is no source;
    an issuing body's own announcement (`The Ministry announces that …` on its own site) is."""
    source = getattr(page, "source", None)
    if q.kind != "indirect" or q.speaker is None or source is None or q.cue != "according to":
        return False
    own = {_words(re.sub(r"^the\s+", "", n, flags=re.IGNORECASE)) for n in (source.outlet, source.credited_source) if n}
    return _words(re.sub(r"^the\s+", "", q.speaker.name, flags=re.IGNORECASE)) in own


def extract_quotes(
    doc: Doc, participants: list[Participant], page: PageLike | None = None, nlp=None
) -> tuple[list[Quote], list[str]]:
    """Return the article's quotes (headline, standfirst, body) and a warning per unattributed quote."""
    direct, indirect = _field(doc_text(doc), doc, "body", participants)
    quotes: list[Quote] = []
    for part, text in (("title", getattr(page, "title", None)), ("subtitle", getattr(page, "subtitle", None))):
        marked = bool(find_mark_spans(text)) if text else False
        if not text or (not marked and (part == "title" or not cue_forms() & set(_words(text).split()))):
            continue  # parse a headline only for its quotes, a standfirst only if it can report speech
        head_direct, head_indirect = _field(text, nlp(text) if nlp is not None else None, part, participants)
        quotes.extend(sorted([*_borrow_speakers(head_direct, direct), *head_indirect], key=lambda q: q.span))
    quotes.extend(sorted([*(a.quote for a in direct), *indirect], key=lambda q: q.span))
    quotes = [q for q in quotes if not _outlet_framing(q, page)]
    warnings = [f"quote with no speaker ({q.part} {q.span[0]}-{q.span[1]}): {q.text[:60]!r}"
                for q in quotes if q.speaker is None and q.kind == "direct"]
    return quotes, warnings
