"""When two name tokens are the same name in another spelling: a consonant skeleton plus rapidfuzz."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import Indel

FOLDS: list[tuple[str, str]] = [
    (a, b) for a, b in json.loads((Path(__file__).parent / "data" / "transliteration.json").read_text())["folds"]
]
VOWELS = re.compile(r"[aeiouy]+")
REPEATS = re.compile(r"(.)\1+")
MIN_SIMILARITY = 0.7  # normalized Indel similarity of the spellings themselves


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """Initial plus consonants after transliteration folds (`raeisi`, `raisi` -> `rs`); a leading vowel is `a`."""
    folded = token
    for a, b in FOLDS:
        folded = folded.replace(a, b)
    if not folded:
        return ""
    head = "a" if folded[0] in "aeiouy" else folded[0]  # Ebrahim / Ibrahim
    return REPEATS.sub(r"\1", head + VOWELS.sub("", folded[1:]))


@lru_cache(maxsize=65536)
def tokens_match(a: str, b: str) -> bool:
    """Same token, or same skeleton and close spelling (`bagheri`/`baqeri`, not `ali`/`eli`)."""
    if a == b:
        return True
    return skeleton(a) == skeleton(b) and Indel.normalized_similarity(a, b) >= MIN_SIMILARITY
