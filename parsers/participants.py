"""People, organizations and countries named in the body, with aliases, roles and countries."""

from __future__ import annotations

from spacy.tokens import Doc

from parsers.page import Page
from schemas import Participant


def extract_participants(doc: Doc, page: Page) -> list[Participant]:
    """Return the participants of the article (placeholder: none yet)."""
    return []
