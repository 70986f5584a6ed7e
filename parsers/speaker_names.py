"""Match written names to participants: forms, surnames, spellings, family-name-first, acronyms."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process
from spacy.tokens import Doc, Token

from parsers import lexicon
from parsers.cues import doc_text
from schemas import Participant

FUZZY_CUTOFF = 88
ROLE_SYNONYMS = {"defense": "defence", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
                 "head": "chief", "premier": "prime"}
ROLE_WORD_RE = re.compile(r"[a-z]+")
ORG_NAME_RE = re.compile(r"[A-Z][\w'&.-]*(?: (?:(?:of|and|for|the|&) )*[A-Z][\w'&.-]*)*")
LEADING_THE_RE = re.compile(r"^(?:the|The)\s+")


def role_words(text: str) -> set[str]:
    """Comparable office words: `Defense Minister` and `minister of defence` share {minister, defence}."""
    words = {w for w in ROLE_WORD_RE.findall(text.lower()) if len(w) > 2 and w not in ("the", "and", "for")}
    return {ROLE_SYNONYMS.get(w, w) for w in words}


def initials(name: str) -> str:
    """`Supreme Court` -> `SC`: how an acronym refers back to a named body."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def fuller_org(doc: Doc, short: str, person_heads: frozenset[str]) -> str | None:
    """`Fisheries said` where the text names the `Ministry of Fisheries and Blue Economy`: the organisation
    name (a spaCy ORG entity, most often written, then longest) that holds the one-word short form."""
    counts: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        for line in ent.text.split("\n"):
            m = ORG_NAME_RE.fullmatch(LEADING_THE_RE.sub("", line.strip()))
            words = m.group().split() if m else []
            if len(words) > 1 and short in words and words[0].lower() not in person_heads:
                counts[m.group()] = counts.get(m.group(), 0) + 1
    return max(counts, key=lambda n: (counts[n], len(n))) if counts else None


def expand_acronym(text: str, acronym: str) -> str | None:
    """`The Supreme Court (SC)`: the name an acronym was introduced with in the text."""
    for m in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", text):
        words = text[max(0, m.start() - 120):m.start()].split()
        for k in range(1, min(len(words), 10) + 1):
            cand = words[-k:]
            joined, every = " ".join(cand), "".join(w[0] for w in cand)  # `Transport for Wales (TfW)`
            if cand[0][:1].isupper() and (initials(joined) == acronym or every.lower() == acronym.lower()):
                return joined
    return None


def phrase_text(tokens: list[Token], head: Token) -> str:
    """The noun phrase around `head` as written, without a leading article or a dateline before a dash."""
    ordered = sorted(tokens, key=lambda t: t.i)
    start = next((k + 1 for k in range(len(ordered) - 1, -1, -1)
                  if ordered[k].i < head.i and ordered[k].is_punct and ordered[k].text not in "'\u2019"), 0)
    words = [t for t in ordered[start:] if not t.is_space]
    while words and words[0].dep_ == "det":
        words = words[1:]
    if not words:
        return head.text
    return doc_text(head.doc)[words[0].idx:words[-1].idx + len(words[-1])]


def name_runs(tokens: list[Token]) -> list[list[Token]]:
    """Runs of capitalised words as written, hyphenated parts kept together (`Kim Do-yoon`)."""
    runs: list[list[Token]] = []
    for t in sorted(tokens, key=lambda t: t.i):
        capital = t.pos_ == "PROPN" or (t.text[:1].isupper() and t.is_alpha and t.pos_ != "DET")
        prev = runs[-1][-1] if runs else None
        adjacent = prev is not None and prev.i == t.i - 1
        glued = adjacent and not prev.whitespace_ and "-" in (prev.text, t.text)
        if adjacent and (glued or (capital and prev.text != "-")):
            runs[-1].append(t)
        elif capital:
            runs.append([t])
    return [r[:-1] if r[-1].text == "-" else r for r in runs if r[0].text != "-"]


def country_of(word: str) -> str | None:
    """The country a capitalised name or nationality adjective stands for."""
    return lexicon.countries().lookup(word) if word[:1].isupper() else None


class NameIndex:
    """Every name form of the article's participants, for looking up what a mention names."""

    def __init__(self, participants: list[Participant], doc: Doc | None):
        self.participants, self.doc = participants, doc
        self.forms: dict[str, Participant] = {}
        for p in self.participants:
            if p.kind == "country":
                continue
            for form in (p.name, *p.aliases):
                self.forms.setdefault(form.lower(), p)
        surnames: dict[str, list[Participant]] = {}
        for p in self.participants:
            if p.kind == "person":
                for form in (p.name, *p.aliases):
                    if len(form.split()) > 1:
                        surnames.setdefault(form.split()[-1].lower(), []).append(p)
        for key, owners in surnames.items():
            if len({o.name for o in owners}) == 1:
                self.forms.setdefault(key, owners[0])

    def by_name(self, text: str, pos: int | None = None) -> Participant | None:
        """The participant named by `text`: exact form, a contained form, or a close spelling."""
        key = text.lower().strip()
        if not key or not self.forms:
            return None
        if key in self.forms:
            if " " not in key and pos is not None:  # `Kim` when two Kims are named: the one named last
                return self._given_first(key, pos, self.forms[key])
            return self.forms[key]
        padded = f" {key} "
        contained = [f for f in self.forms if f" {f} " in padded]
        if contained:
            return self.forms[max(contained, key=lambda f: (self.forms[f].kind == "person", len(f)))]
        hit = process.extractOne(key, list(self.forms), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return self.forms[hit[0]] if hit else self._given_first(key, pos)

    def _given_first(self, key: str, pos: int | None, known: Participant | None = None) -> Participant | None:
        """`Kim said` for `Kim Hye-jin` (family name first): the one such person named last before `pos`."""
        if " " in key or pos is None or self.doc is None:
            return known
        cands = [p for p in self.participants if p.kind == "person" and p.name.lower().split()[0] == key]
        cands += [known] if known is not None and known not in cands else []
        if len(cands) <= 1:
            return cands[0] if cands else None
        seen = [(doc_text(self.doc).rfind(p.name, 0, pos), p) for p in cands]
        seen = [(at, p) for at, p in seen if at >= 0]
        return max(seen, key=lambda ap: ap[0])[1] if seen else known

    def org_by_last_word(self, word: str) -> Participant | None:
        """`Treasury said` after `the Department of the Treasury`: the one organisation ending in `word`."""
        owners = [p for p in self.participants if p.kind == "organization" and len(p.name.split()) > 1
                  and p.name.split()[-1].lower() == word.lower()]
        return owners[0] if len({p.name for p in owners}) == 1 else None

    def org_ending_at(self, tok: Token) -> Participant | None:
        """An organisation whose full name ends at `tok` (`… Ministry of Commerce`)."""
        for p in self.participants:
            if p.kind == "organization":
                for form in (p.name, *p.aliases):
                    start = tok.idx + len(tok.text) - len(form)
                    if start >= 0 and doc_text(tok.doc)[start:tok.idx + len(tok.text)] == form:
                        return p
        return None
