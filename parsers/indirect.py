"""Indirect quotes: the clause reported after a speech verb, `expressed hope that …`, `according to X`."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parsers.cues import is_speech_verb, subject_of, vocab
from parsers.speakers import SpeakerResolver
from schemas import Quote, Speaker
from schemas.article import QuotePart

EDGE_SKIP = frozenset({"that", ",", ":", ";", "-", "\u2014", "\u2013"})
MIN_CLAUSE_WORDS = 3
MAX_QUOTED_SHARE = 0.8


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop a leading `that`/comma and trailing punctuation from a clause."""
    while tokens and (tokens[0].lower_ in EDGE_SKIP or tokens[0].is_space or tokens[0].dep_ == "mark"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in ")\u201d\"" or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _subtree(tok: Token) -> list[Token]:
    return list(tok.doc[tok.left_edge.i:tok.right_edge.i + 1])


def _reported(verb: Token) -> list[Token] | None:
    """The clause (or, for `stressed the need …`, the object) reported by `verb`."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            return _subtree(child)
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        for grand in child.children:  # expressed hope that …
            if child.lemma_.lower() in vocab()["hope_nouns"] and grand.dep_ in ("acl", "ccomp", "relcl"):
                return _subtree(grand)
        if lemma in vocab()["object_verbs"]:
            return _subtree(child)
    return None


def _according(tok: Token) -> tuple[list[Token], Token] | None:
    """`According to X, clause` or `clause, according to X`: the clause and X."""
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.nbor(1).lower_ != "to":
        return None
    objs = [c for c in tok.nbor(1).children if c.dep_ == "pobj"]
    if not objs:
        return None
    sent = tok.sent
    phrase = set(range(tok.i, max(tok.i + 2, objs[0].right_edge.i + 1)))
    before = [t for t in sent if t.i < tok.i]
    after = [t for t in sent if t.i > max(phrase)]
    clause = after if len(_trim(after)) >= len(_trim(before)) else before
    return clause, objs[0]


class IndirectFinder:
    """Collect reported clauses in one field, skipping the words inside direct quotes."""

    def __init__(self, doc: Doc, resolver: SpeakerResolver, part: QuotePart, direct: list[tuple[int, int]]):
        self.doc, self.resolver, self.part, self.direct = doc, resolver, part, direct

    def _quoted_share(self, tokens: list[Token]) -> float:
        inside = sum(1 for t in tokens if any(a <= t.idx < b for a, b in self.direct))
        return inside / max(1, len(tokens))

    def quote(self, clause: list[Token], cue: str, subject: Token | None, at: int) -> Quote | None:
        clause = _trim(clause)
        if len([t for t in clause if t.is_alpha]) < MIN_CLAUSE_WORDS or self._quoted_share(clause) > MAX_QUOTED_SHARE:
            return None
        speaker: Speaker | None = None
        if subject is not None:
            speaker = self.resolver.resolve(subject, at).speaker
        start, end = clause[0].idx, clause[-1].idx + len(clause[-1])
        if speaker is not None:
            self.resolver.history.append((start, speaker))
        return Quote(text=self.doc.text[start:end], kind="indirect", speaker=speaker, cue=cue, part=self.part,
                     span=(start, end))

    def run(self) -> list[Quote]:
        out: list[Quote] = []
        for tok in self.doc:
            if any(a <= tok.idx < b for a, b in self.direct):
                continue
            found = None
            if is_speech_verb(tok, "indirect_verbs") or (tok.lemma_.lower() in vocab()["object_verbs"]
                                                         and tok.pos_ == "VERB"):
                clause = _reported(tok)
                if clause:
                    found = self.quote(clause, tok.text, subject_of(tok), tok.idx)
            elif (acc := _according(tok)) is not None:
                found = self.quote(acc[0], "according to", acc[1], tok.idx)
            if found is not None:
                out.append(found)
        return out


def find_indirect(doc: Doc, resolver: SpeakerResolver, part: QuotePart, direct: list[tuple[int, int]]) -> list[Quote]:
    """Reported speech in `doc` (`direct` are the character ranges of direct quotes)."""
    return IndirectFinder(doc, resolver, part, direct).run()
