"""Orchestrate the stages: decode, page layout, NLP (batched), participants, quotes, topics."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from parsers.decode import decode
from parsers.errors import ParseError
from parsers.nlp import load_model
from parsers.page import Page, read_page
from parsers.participants import extract_participants
from parsers.quotes import extract_quotes
from parsers.settings import ParserSettings
from parsers.topics import classify
from schemas import ArticleRecord, Provenance

PARSER_VERSION = "0.1.0"
_WS = re.compile(r"\s+")
_DEFAULTS = ParserSettings()


@dataclass(frozen=True)
class RawInput:
    """One input file: its display name and raw bytes."""

    name: str
    data: bytes


@dataclass(frozen=True)
class Rejected:
    """An input that could not be parsed, with a one-line reason."""

    name: str
    reason: str


def article_id(text: str) -> str:
    """Derive the stable id from the normalized text (NFKC, whitespace collapsed, casefolded)."""
    norm = _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:32]


def _prepare(item: RawInput, settings: ParserSettings) -> tuple[str, Page]:
    text = decode(item.data, max_bytes=settings.max_bytes)
    page = read_page(text)
    if not page.body.strip():
        raise ParseError("no article text left after removing page furniture")
    return text, page


def _assemble(item: RawInput, text: str, page: Page, doc, nlp=None) -> ArticleRecord:
    participants = extract_participants(doc, page)
    quotes, quote_warnings = extract_quotes(doc, participants, page, nlp)
    return ArticleRecord(
        id=article_id(text),
        title=page.title,
        subtitle=page.subtitle,
        source=page.source,
        published=page.published,
        page_date=page.page_date,
        dateline=page.dateline,
        language=page.language,
        body=page.body,
        participants=participants,
        quotes=quotes,
        topics=classify(page.title, page.body, doc),
        provenance=Provenance(
            file=item.name,
            sha256=hashlib.sha256(item.data).hexdigest(),
            parser_version=PARSER_VERSION,
            warnings=[*page.warnings, *quote_warnings],
        ),
    )


def parse_batch(
    items: Iterable[RawInput], settings: ParserSettings = _DEFAULTS
) -> Iterator[ArticleRecord | Rejected]:
    """Parse inputs in order, yielding a record or a Rejected for each; one bad input stops nothing."""
    nlp = load_model(settings.model)
    prepared: list[tuple[RawInput, str, Page] | Rejected] = []
    for item in items:
        try:
            prepared.append((item, *_prepare(item, settings)))
        except ParseError as exc:
            prepared.append(Rejected(item.name, exc.reason))
    good = [p for p in prepared if not isinstance(p, Rejected)]
    docs = iter(nlp.pipe((p[2].body for p in good), batch_size=settings.batch_size,
                         n_process=settings.n_process))
    for entry in prepared:
        if isinstance(entry, Rejected):
            yield entry
            continue
        item, text, page = entry
        yield _assemble(item, text, page, next(docs), nlp)


def parse_bytes(data: bytes, name: str, settings: ParserSettings = _DEFAULTS) -> ArticleRecord:
    """Parse one input; raise ParseError when it cannot be parsed."""
    (result,) = parse_batch([RawInput(name, data)], settings)
    if isinstance(result, Rejected):
        raise ParseError(result.reason)
    return result
