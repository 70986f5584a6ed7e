"""Orchestrate the stages: decode, page layout, NLP (batched), participants, quotes, topics."""

from __future__ import annotations

import hashlib
import multiprocessing
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial

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
    """Parse inputs in order, yielding a record or a Rejected for each; one bad input stops nothing.

    With n_process > 1 and more than one batch of inputs, whole articles (spaCy and our stages) are parsed in
    worker processes, each loading the model once; smaller inputs are parsed here, where workers would only cost.
    """
    if settings.n_process > 1:
        items = list(items)
        if len(items) > settings.batch_size:
            yield from _parse_in_workers(items, settings)
            return
    yield from _parse_here(items, replace(settings, n_process=1))


def _parse_chunk(chunk: list[RawInput], settings: ParserSettings) -> list[ArticleRecord | Rejected]:
    """Worker entry point (module level, so it also works with the spawn start method)."""
    return list(_parse_here(chunk, settings))


def _parse_in_workers(items: list[RawInput], settings: ParserSettings) -> Iterator[ArticleRecord | Rejected]:
    size = min(settings.batch_size, -(-len(items) // settings.n_process))  # every worker gets a share
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    with multiprocessing.get_context().Pool(min(settings.n_process, len(chunks))) as pool:
        for records in pool.imap(partial(_parse_chunk, settings=replace(settings, n_process=1)), chunks):
            yield from records


def _parse_here(items: Iterable[RawInput], settings: ParserSettings) -> Iterator[ArticleRecord | Rejected]:
    nlp = load_model(settings.model)
    prepared: list[tuple[RawInput, str, Page] | Rejected] = []
    for item in items:
        try:
            prepared.append((item, *_prepare(item, settings)))
        except ParseError as exc:
            prepared.append(Rejected(item.name, exc.reason))
    good = [p for p in prepared if not isinstance(p, Rejected)]
    docs = iter(nlp.pipe((p[2].body for p in good), batch_size=settings.batch_size))
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
