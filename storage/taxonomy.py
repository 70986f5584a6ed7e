"""The IPTC Media Topics tree, read from the parsers' data file without importing the parsers package."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "parsers" / "data" / "iptc-mediatopics.json"


@dataclass(frozen=True)
class TopicInfo:
    code: str
    label: str
    parent: str | None


def load(path: Path | None = None) -> dict[str, TopicInfo]:
    """Code -> TopicInfo; an empty map when the file is missing (topic filters then match exact codes)."""
    source = path or DEFAULT_PATH
    if not source.exists():
        return {}
    entries = json.loads(source.read_text(encoding="utf-8"))
    return {e["code"]: TopicInfo(e["code"], e["label"], e.get("parent")) for e in entries}


def ancestors(code: str, tree: dict[str, TopicInfo]) -> list[str]:
    """Codes above `code`, nearest first (cycle-safe)."""
    found: list[str] = []
    current = tree.get(code)
    while current and current.parent and current.parent not in found:
        found.append(current.parent)
        current = tree.get(current.parent)
    return found
