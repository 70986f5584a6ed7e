"""IPTC Media Topics for an article: lexical scores of its words against topic labels, definitions, keywords."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from parsers.topic_model import Index, key, load_index
from parsers.topic_slots import TITLE_PARAGRAPH, Slot, slots
from schemas import Topic

SCALE = 4.0  # raw score at which a topic's score reaches 1 - 1/e
MIN_RAW = 1.5  # below this a topic has too little evidence to be emitted
RELATIVE = 0.3  # a topic must reach this share of the best topic's raw score
INHERIT = 0.5  # share of a topic's raw score that its ancestors (below the top level) inherit
MIN_TOPICS, MAX_TOPICS = 2, 5
MIN_DOMAIN_TERMS = 2  # distinct terms a top-level domain needs
MIN_PARAGRAPHS = 2  # paragraphs (the headline counts as one) a domain outside the lead needs
MAX_EVIDENCE = 8
# longest first: enough to put the forms of one word in one family
SUFFIXES = ("ations", "ation", "ings", "ing", "ers", "er", "ors", "or", "ions", "ion", "ists", "ist", "ies", "ied",
            "ed", "ry", "y", "s")
MIN_STEM = 4


@dataclass(frozen=True)
class Scored:
    """A topic's raw score, its evidence terms (best first) and the paragraphs they occur in."""

    score: float
    evidence: list[str]
    paras: frozenset[int]


def _longest_match(index: Index, slots: list[Slot], i: int) -> tuple[tuple[str, ...], dict[str, float]] | None:
    """The longest indexed phrase starting at slot i (phrases are stored longest first)."""
    best = None
    for first in slots[i].keys:
        for keys, codes in index.phrases.get(first, ()):
            n = len(keys)
            if (best is None or n > len(best[0])) and i + n <= len(slots) and all(
                keys[j] in slots[i + j].keys and slots[i + j].text is slots[i].text for j in range(1, n)
            ):
                best = (keys, codes)
                break
    return best


def _hits(index: Index, slots: list[Slot]) -> dict[str, dict[tuple[str, ...], list]]:
    """Per topic: matched term -> [term weight, summed occurrence weight, first surface form, paragraphs]."""
    hits: dict[str, dict[tuple[str, ...], list]] = defaultdict(dict)
    i = 0
    while i < len(slots):
        found = _longest_match(index, slots, i)
        if found is None:
            i += 1
            continue
        keys, codes = found
        n = len(keys)
        if n == 1 and slots[i].in_name and not slots[i].keys & index.name_words:
            i += 1  # "Port" in Port Carrick, "Securities" in Nordhavn Securities: a name, not a subject
            continue
        surface = slots[i].text[slots[i].start : slots[i + n - 1].end].casefold()
        for code, weight in codes.items():
            hit = hits[code].setdefault(keys, [weight, 0.0, surface, set()])
            hit[1] += slots[i].weight
            hit[3].add(slots[i].para)
        i += n
    # context words as written, not lemmas: "stormed" is no storm, "booked" no book
    present = {key(s.text[s.start : s.end]) for s in slots}
    for code, guarded in index.context.items():
        for term, context in guarded.items():
            if term in hits.get(code, {}) and not (context - set(term)) & present:
                del hits[code][term]  # "talks" is diplomacy only beside diplomats, "ward" health only beside patients
    return {code: terms for code, terms in hits.items() if terms}


def _definition_support(index: Index, slots: list[Slot], codes: Iterable[str]) -> dict[str, dict[str, float]]:
    """Weak support from definition words, only for topics already matched by a label or keyword."""
    wanted = set(codes)
    support: dict[str, dict[str, float]] = defaultdict(dict)
    for slot in slots:
        for k in slot.keys:
            for code, weight in index.definition_words.get(k, {}).items():
                if code in wanted:
                    support[code][k] = weight
    return support


def _raw_scores(index: Index, slots: list[Slot]) -> dict[str, Scored]:
    """Per topic: its own term weights with diminishing repeats, plus a share of its descendants' scores."""
    hits = _hits(index, slots)
    support = _definition_support(index, slots, hits)
    own: dict[str, tuple[float, dict[str, float], set[int]]] = {}
    for code, terms in hits.items():
        parts = {surface: w * (1.0 + math.log(c)) for w, c, surface, _ in terms.values()}
        paras = set().union(*(t[3] for t in terms.values()))
        own[code] = (sum(parts.values()) + min(1.0, sum(support.get(code, {}).values())), parts, paras)
    raw = {code: score for code, (score, _, _) in own.items()}
    evidence: dict[str, dict[str, float]] = defaultdict(dict)
    places: dict[str, set[int]] = defaultdict(set)
    for code, (score, parts, paras) in own.items():
        for term, value in parts.items():
            evidence[code][term] = max(evidence[code].get(term, 0.0), value)
        places[code] |= paras
        parent = index.nodes[code].parent
        while parent is not None and index.nodes[parent].level > 1:
            raw[parent] = raw.get(parent, 0.0) + INHERIT * score
            for term, value in parts.items():
                evidence[parent][term] = max(evidence[parent].get(term, 0.0), INHERIT * value)
            places[parent] |= paras
            parent = index.nodes[parent].parent
    return {
        code: Scored(raw[code], sorted(evidence[code], key=lambda t: -evidence[code][t]), frozenset(places[code]))
        for code in raw
    }


def _select(index: Index, raw: dict[str, Scored]) -> list[str]:
    """Pick the specific topics: in a domain with more than one word of evidence, strong on their own and next to the
    best, and in a domain the article comes back to."""
    ranked = sorted((c for c in raw if raw[c].score >= MIN_RAW), key=lambda c: (-raw[c].score, c))
    if not ranked:
        return []
    terms: dict[str, set[str]] = defaultdict(set)
    for c in raw:
        terms[index.top(c)].update(_family(t) for t in raw[c].evidence)
    # one stray word ("appeals" for aid, "research" and "researcher") is not enough to open a domain
    backed = [c for c in ranked if _breadth(terms[index.top(c)]) >= MIN_DOMAIN_TERMS] or ranked[:1]
    best = raw[backed[0]].score
    strong = [c for c in backed if raw[c].score >= RELATIVE * best]
    paras: dict[str, set[int]] = defaultdict(set)
    for c in strong:
        paras[index.top(c)].update(raw[c].paras)
    # a domain mentioned in one paragraph deep in the story (a court case in passing) is a side remark
    chosen = [c for c in strong if index.top(c) == index.top(strong[0]) or _recurs(paras[index.top(c)])][:MAX_TOPICS]
    if len(chosen) < MIN_TOPICS:  # fill up within the domains already chosen, never open a weak new one
        domains = {index.top(c) for c in chosen}
        chosen += [c for c in ranked if c not in chosen and index.top(c) in domains][: MIN_TOPICS - len(chosen)]
    return chosen


def _breadth(families: set[str]) -> int:
    """How many words back a domain; a phrase ("ceasefire violation", "forced labour") is as telling as two words."""
    return sum(1 + (" " in f) for f in families)


def _family(term: str) -> str:
    """A term's word family, so that "research" and "researcher" or "protest" and "protesters" are one word."""
    return " ".join(_stem(w) for w in term.split())


def _stem(word: str) -> str:
    """Cut one common English suffix, keeping at least MIN_STEM letters."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def _recurs(paras: set[int]) -> bool:
    """Whether evidence comes from the headline or lead paragraph, or from more than one paragraph."""
    return len(paras) >= MIN_PARAGRAPHS or bool(paras & {TITLE_PARAGRAPH, 0})


def classify(title: str | None, body: str, doc: Doc | None = None) -> list[Topic]:
    """Return specific IPTC topics (best first) followed by their top-level ancestors.

    `doc`, the spaCy parse of `body`, adds lemmas to the matching when given.
    """
    index = load_index()
    raw = _raw_scores(index, slots(title, body, doc, index.name_words))
    specific = [_topic(index, code, _squash(raw[code].score), raw[code].evidence) for code in _select(index, raw)]
    by_top: dict[str, list[Topic]] = defaultdict(list)
    for topic in specific:
        by_top[index.top(topic.code)].append(topic)
    tops = [
        _topic(index, top, max(t.score for t in members), list(dict.fromkeys(e for t in members for e in t.evidence)))
        for top, members in by_top.items()
    ]
    return specific + sorted(tops, key=lambda t: -t.score)


def _squash(raw: float) -> float:
    """Map an unbounded raw score into 0..1."""
    return round(1.0 - math.exp(-raw / SCALE), 3)


def _topic(index: Index, code: str, score: float, evidence: list[str]) -> Topic:
    return Topic(code=code, label=index.nodes[code].label, score=score, evidence=evidence[:MAX_EVIDENCE])
