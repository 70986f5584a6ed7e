"""Speech-cue vocabulary (data in parsers/data/speech_cues.json) and cue/subject lookup in a parse."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

DATA = Path(__file__).resolve().parent / "data"
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Clause links through which a cue inherits its subject: `X highlighted ... and said`, `X addressed ..., stating:`.
INHERIT_DEPS = ("conj", "advcl", "xcomp", "ccomp", "pcomp", "acl", "prep", "dobj", "pobj")
MAX_CLIMB = 5


@cache
def vocab() -> dict[str, frozenset[str]]:
    """Load the cue word lists once."""
    raw = json.loads((DATA / "speech_cues.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


IRREGULAR_FORMS = frozenset({"said", "told", "wrote", "written", "according", "spoke", "says", "tells"})


@cache
def cue_forms() -> frozenset[str]:
    """Inflected forms of every cue verb, to tell cheaply whether a short text can hold a report at all."""
    forms = set(IRREGULAR_FORMS)
    for lemma in vocab()["speech_verbs"] | vocab()["indirect_verbs"]:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms.update({lemma, lemma + "s", stem + "ed", stem + "ing", lemma + "d", lemma[:-1] + "ied"})
    return frozenset(forms)


def is_speech_verb(tok: Token, kind: str = "speech_verbs") -> bool:
    """A verb (or mis-tagged verb form) whose lemma is a speech cue."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX", "NOUN", "PROPN") or lemma not in vocab()[kind]:
        return False
    if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return True
    # `the resolution read.`: a cue mis-tagged as a noun still heads the clause and has a subject
    return tok.dep_ == "ROOT" and any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of `verb`, climbing through conj/advcl/acl links when it has none.

    A reported clause (ccomp) passed on the way up is skipped: in `She stressed that X should Y, noting …`
    the participle belongs to `stressed`, however the parser attached it.
    """
    tok: Token = verb
    for _ in range(MAX_CLIMB):
        if tok is verb or tok.dep_ != "ccomp":
            subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
            before = [c for c in subjects if c.i < tok.i]
            if subjects:  # `GENEVA - The envoy said`: the subject next to the verb, not a dateline parsed as one
                return before[-1] if before else subjects[0]
        if tok.dep_ not in INHERIT_DEPS or tok.head is tok:
            return None
        tok = tok.head
    return None


def according_to(tokens: list[Token]) -> Token | None:
    """The head noun X of `according to X` among `tokens`."""
    for tok in tokens:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
            objs = [c for c in tok.nbor(1).children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
            nxt = tok.doc[tok.i + 2:tok.i + 8]
            return next((t for t in nxt if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
    return None


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per doc: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get("newsdesk_text")
    if text is None:
        text = doc.user_data["newsdesk_text"] = doc.text
    return text


def sentences(doc: Doc) -> list:
    """`doc.sents` as a list, built once per doc."""
    sents = doc.user_data.get("newsdesk_sents")
    if sents is None:
        sents = doc.user_data["newsdesk_sents"] = list(doc.sents)
    return sents


def tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens of `doc` lying wholly inside the character range [start, end)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []
