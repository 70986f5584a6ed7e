"""People, organizations and countries named in the body, with aliases, roles and countries."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from parsers.doccache import doc_text
from parsers.heads import add_head_people
from parsers.mentions import scan
from parsers.orgs import extract_orgs
from parsers.page import Page
from parsers.people import extract_people
from parsers.places import extract_countries
from schemas import Participant

THE = re.compile(r"(?:[Tt]he\s+)?")


def _outlets(page: Page) -> set[str]:
    """The page's own outlet and credited source: named as sources, not participants."""
    src = page.source
    return {n.strip() for n in (src.outlet, src.credited_source) if n and n.strip()}


def _spans(text: str, forms: set[str]) -> list[tuple[int, int]]:
    """Where `forms` occur in `text`."""
    return [(m.start(), m.end()) for f in forms for m in re.finditer(re.escape(f), text)]


def _inside_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`Organization of American States`: a country word inside an organization's name is no country mention;
    one leading it (`Russian Foreign Ministry`) is."""
    return [(a + len(THE.match(text[a:b]).group()) + 1, b) for a, b in spans]


def extract_participants(doc: Doc, page: Page) -> list[Participant]:
    """Return people, then organizations, then countries; ambiguity warnings go to `page.warnings`."""
    text = doc_text(doc)
    sc = scan(text)
    heads = [t for t in (page.title, page.subtitle) if t]
    people, person_spans, warnings = extract_people(doc, sc, page.source.reporter, heads)
    people = add_head_people(people, heads, page.source.reporter)
    names = {n for p in people for n in (p.name, *p.aliases)}
    outlets = _outlets(page)
    skip = [*sc.zones, *_spans(text, outlets)]
    orgs, org_spans = extract_orgs(doc, skip, outlets, names)
    countries = extract_countries(doc, skip + person_spans + _inside_names(text, org_spans), heads)
    page.warnings.extend(w for w in warnings if w not in page.warnings)
    return [*people, *orgs, *countries]
