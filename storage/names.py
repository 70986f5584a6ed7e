"""Name normalization shared by sources, aliases and participant matching."""

from __future__ import annotations

import re
import unicodedata

NON_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Accents stripped, casefolded, punctuation to single spaces: the key names are compared by."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return NON_WORD.sub(" ", plain.casefold()).strip()


def day(published: str | None) -> str | None:
    """The YYYY-MM-DD part of an ISO date or date-time."""
    return published[:10] if published else None
