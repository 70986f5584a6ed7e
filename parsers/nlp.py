"""spaCy model loading: once per process, by configurable name."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from parsers.errors import ParseError


@cache
def load_model(name: str) -> Language:
    """Load the spaCy pipeline `name` (a package name or a path), once per process."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ParseError(f"spaCy model {name!r} is not installed: {exc}") from None
