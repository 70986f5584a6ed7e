"""The IPTC Media Topics taxonomy and a lexical term index built from its labels, definitions and curated keywords."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

DATA = Path(__file__).resolve().parent / "data"
TAXONOMY_FILE = DATA / "iptc-mediatopics.json"
KEYWORDS_FILE = DATA / "topic_keywords.json"

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
LABEL_SPLIT = re.compile(r",\s*|\s+and\s+")
PARENTHESIS = re.compile(r"\s*\([^)]*\)")
POSSESSIVE = re.compile(r"['’]s?$")
PLURAL_ES = ("sses", "shes", "ches", "xes", "zes")
NOT_PLURAL = ("ss", "us", "is", "os")

W_LABEL = 1.0  # the whole label of a topic, e.g. "economic sanction"
W_LABEL_PART = 0.8  # one item of a compound label, e.g. "disinformation" in "disinformation and misinformation"
W_KEYWORD = 1.0  # curated news vocabulary
W_DEFINITION = 0.25  # a content word of the definition, scaled by its rarity across topics


@dataclass(frozen=True)
class Node:
    """One active IPTC Media Topic."""

    code: str
    label: str
    parent: str | None
    level: int
    definition: str


@dataclass
class Index:
    """Topics plus the phrase index used to score a text against them."""

    nodes: dict[str, Node]
    phrases: dict[str, list[tuple[tuple[str, ...], dict[str, float]]]] = field(default_factory=dict)
    definition_words: dict[str, dict[str, float]] = field(default_factory=dict)
    # per topic: term -> context words, one of which must occur in the article for the term to count
    context: dict[str, dict[tuple[str, ...], frozenset[str]]] = field(default_factory=dict)
    name_words: frozenset[str] = frozenset()  # words that say what a named body is ("ministry", "court")

    def top(self, code: str) -> str:
        """Return the level-1 ancestor of `code` (itself for a top-level code)."""
        node = self.nodes[code]
        while node.parent is not None:
            node = self.nodes[node.parent]
        return node.code


@lru_cache(maxsize=1 << 16)
def key(word: str) -> str:
    """Normalize one word for matching: casefold, no accents or possessive, regular plurals made singular."""
    w = unicodedata.normalize("NFKD", word.casefold())
    w = POSSESSIVE.sub("", "".join(c for c in w if not unicodedata.combining(c)))
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(PLURAL_ES):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(NOT_PLURAL):
        return w[:-1]
    return w


def phrase_keys(text: str) -> tuple[str, ...]:
    """Split a phrase into its word keys."""
    return tuple(key(m.group()) for m in WORD.finditer(text))


def load_taxonomy(path: Path = TAXONOMY_FILE) -> dict[str, Node]:
    """Read the taxonomy file (active topics only) into nodes keyed by code."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {
        t["code"]: Node(t["code"], t["label"], t.get("parent"), int(t["level"]), t.get("definition") or "")
        for t in raw
    }


def _label_terms(node: Node, ambiguous: set[str]) -> dict[str, float]:
    label = PARENTHESIS.sub("", node.label).strip().casefold()
    terms = {} if label in ambiguous else {label: W_LABEL}
    for part in LABEL_SPLIT.split(label):
        part = part.strip()
        if part and part != label and part not in ambiguous and part not in STOP_WORDS:
            terms.setdefault(part, W_LABEL_PART)
    return terms


def _definition_weights(nodes: dict[str, Node]) -> dict[str, dict[str, float]]:
    """Map each definition word to {code: weight}, rarer words weighing more (idf over the topics)."""
    words = {
        code: {key(m.group()) for m in WORD.finditer(n.definition) if len(m.group()) > 3}
        - {key(w) for w in STOP_WORDS}
        for code, n in nodes.items()
        if n.level > 1
    }
    df = Counter(w for ws in words.values() for w in ws)
    n_docs = len(words)
    top_idf = math.log(n_docs)
    out: dict[str, dict[str, float]] = {}
    for code, ws in words.items():
        for w in ws:
            out.setdefault(w, {})[code] = W_DEFINITION * math.log(n_docs / df[w]) / top_idf
    return out


def _context(table: dict) -> dict[str, dict[tuple[str, ...], frozenset[str]]]:
    """Terms that count for a topic only beside one of a named group of context words (word-sense guards)."""
    groups = {name: frozenset(key(w) for w in words) for name, words in table.get("context_groups", {}).items()}
    return {
        code: {phrase_keys(term): groups[group] for term, group in terms.items()}
        for code, terms in table.get("needs_context", {}).items()
    }


@cache
def load_index() -> Index:
    """Build the index once per process from the taxonomy and the keyword table."""
    nodes = load_taxonomy()
    table = json.loads(KEYWORDS_FILE.read_text(encoding="utf-8"))
    ambiguous = {t.casefold() for t in table["ambiguous_label_terms"]}
    terms: dict[tuple[str, ...], dict[str, float]] = {}
    for code, node in nodes.items():
        if node.level == 1:
            continue  # top-level topics are scored through their descendants
        weighted = _label_terms(node, ambiguous)
        for kw in table["keywords"].get(code, []):
            weighted[kw.casefold()] = max(weighted.get(kw.casefold(), 0.0), W_KEYWORD)
        for text, weight in weighted.items():
            keys = phrase_keys(text)
            if keys:
                slot = terms.setdefault(keys, {})
                slot[code] = max(slot.get(code, 0.0), weight)
    index = Index(nodes, definition_words=_definition_weights(nodes), context=_context(table),
                  name_words=frozenset(key(w) for w in table.get("name_words", [])))
    for keys, codes in sorted(terms.items(), key=lambda kv: -len(kv[0])):
        index.phrases.setdefault(keys[0], []).append((keys, codes))
    return index
