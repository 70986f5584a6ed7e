"""People, organizations and countries named in the body, with aliases, roles and countries."""

from __future__ import annotations

from spacy.tokens import Doc

from parsers.mentions import scan
from parsers.page import Page
from parsers.people import extract_people
from schemas import Participant


def extract_participants(doc: Doc, page: Page) -> list[Participant]:
    """Return the participants of the article; ambiguity warnings go to `page.warnings`."""
    sc = scan(doc.text)
    people, warnings = extract_people(doc, sc, page.source.reporter)
    page.warnings.extend(w for w in warnings if w not in page.warnings)
    return people
