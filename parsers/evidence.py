"""Second looks at weakly supported people: a name listed among places, a word the NER calls an organization."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from parsers.cluster import Person
from parsers.doccache import doc_ents, doc_text

COMPANY_END = re.compile(
    r"(?:\s+[A-Z][\w&'’-]*){0,2}\s+(?:Inc|Ltd|Corp|Corporation|Co|Group|Holdings|PLC|plc|LLC|AG|SA|GmbH)\b")
THING_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})


def _conjuncts(tok: Token) -> list[Token]:
    """Every token coordinated with `tok` (`A, B and C`), `tok` included."""
    root = tok
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    group, todo = [], [root]
    while todo:
        t = todo.pop()
        group.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return group


def listed_with_things(doc: Doc, p: Person, person_spans: list[tuple[int, int]]) -> bool:
    """`the Greater Tunb, Lesser Tunb, and Abu Musa`: a lone, untitled name coordinated only with non-people."""
    if len(p.mentions) != 1 or any(m.titled or m.agent for m in p.mentions):
        return False
    m = p.mentions[0]
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    siblings = [t for t in _conjuncts(span.root) if not (m.start <= t.idx < m.end)]
    if not siblings or any(a <= t.idx < b for t in siblings for a, b in person_spans):
        return False
    return any(t.ent_type_ in THING_LABELS or any(c.dep_ == "det" for c in t.children) for t in siblings)


def mostly_organization(doc: Doc, p: Person, heads: list[str]) -> bool:
    """A one-word name known only as a speech-verb subject that the NER mostly labels ORG/GPE (`Baykar said`),
    unless the headline or standfirst gives it a first name."""
    if any(len(m.name) > 1 or m.titled for m in p.mentions):
        return False
    if any(re.search(rf"\b[A-Z][\w'’-]+\s+{re.escape(f)}\b", h) for f in p.forms for h in heads):
        return False
    forms = set(p.forms)
    labels = [e.label for e in doc_ents(doc) if e.text.strip() in forms]
    things = sum(label in THING_LABELS for label in labels)
    return bool(labels) and things * 2 > len(labels)


def named_as_thing(p: Person) -> bool:
    """`the company Litio Andino`, or only ever `in Velikiye Luki` without a title or a speech verb."""
    if any(m.cue == "org" for m in p.mentions):
        return True
    return all(m.cue == "place" and not m.titled and not m.agent for m in p.mentions)


def short_company_name(doc: Doc, p: Person) -> bool:
    """`Brevik Minerals said ... Brevik said`: an untitled one-word name that the text also uses to begin an
    organization's name is that organization's short name."""
    if any(len(m.name) > 1 or m.titled for m in p.mentions):
        return False
    forms = set(p.forms)
    for e in doc_ents(doc):
        first, _, rest = e.text.strip().partition(" ")
        if e.label == "ORG" and rest and first in forms:
            return True
    text = doc_text(doc)
    return any(re.search(rf"\b{re.escape(f)}(?={COMPANY_END.pattern})", text) for f in forms)
