"""Direct and indirect quotes with their speakers, cues and spans in the body."""

from __future__ import annotations

from spacy.tokens import Doc

from schemas import Participant, Quote


def extract_quotes(doc: Doc, participants: list[Participant]) -> tuple[list[Quote], list[str]]:
    """Return the quotes of the article and warnings (placeholder: none yet)."""
    return [], []
