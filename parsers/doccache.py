"""`Doc.text` and `Doc.ents` rebuild their value on every access; the participant rules read them often."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(frozen=True)
class Ent:
    """A named entity as plain data: surface text, label and character offsets."""

    text: str
    label: str
    start: int
    end: int


def doc_text(doc: Doc) -> str:
    """The text of `doc`, computed once."""
    cached = doc.user_data.get("newsdesk_text")
    if cached is None:
        cached = doc.user_data["newsdesk_text"] = doc.text
    return cached


def doc_ents(doc: Doc) -> tuple[Ent, ...]:
    """The entities of `doc`, computed once."""
    cached = doc.user_data.get("newsdesk_ents")
    if cached is None:
        cached = tuple(Ent(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents)
        doc.user_data["newsdesk_ents"] = cached
    return cached
