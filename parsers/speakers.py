"""Resolve the subject of a speech cue to a participant: names, pronouns, titles, organisations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from spacy.tokens import Doc, Token

from parsers.cues import doc_text, is_speech_verb, sentences, vocab
from parsers.speaker_names import (
    NameIndex,
    country_of,
    expand_acronym,
    fuller_org,
    initials,
    name_runs,
    phrase_text,
    role_words,
)
from schemas import Participant, Speaker

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
THING_PRONOUNS = frozenset({"it"})
METONYM_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC"})
SALIENCE_SENTENCES = 8
ACRONYM_RE = re.compile(r"[A-Z][A-Za-z]{0,6}[A-Z]")
DROP_DEPS = frozenset({"relcl", "acl", "punct", "advcl"})
# `For his part, the Persian dignitary …`: the turn passes to the other party, not the last speaker.
TURN_RE = re.compile(r"\b(?:(?:for|on) (?:his|her|its|their) part|in (?:his|her|its) turn|in turn)\b", re.IGNORECASE)


def _possessor(run: list[Token]) -> bool:
    """The name owns the head of the phrase (`Whitby's sister`), so it is not the one the phrase names."""
    last = run[-1]
    return last.i + 1 < len(last.doc) and last.doc[last.i + 1].tag_ == "POS"


def _reported_inside(subj: Token) -> bool:
    """The subject belongs to a clause reported by a speech verb of its sentence (`X said that Y would …`)."""
    tok = subj.head
    while tok.dep_ in ("ccomp", "conj", "xcomp") and tok.head is not tok:
        lo, hi = sorted((tok.i, tok.head.i))
        if any("\n" in t.text for t in tok.doc[lo:hi]):
            return False  # the parser ran the sentence across a paragraph break: no report spans one
        if tok.dep_ == "ccomp" and is_speech_verb(tok.head):
            return True
        tok = tok.head
    return False


@dataclass
class SpeakerResolver:
    """Resolve cue subjects inside one parsed field against the article's participants."""

    doc: Doc | None
    participants: list[Participant]
    skip: list[tuple[int, int]] = field(default_factory=list)  # quote spans and furniture lines
    history: list[tuple[int, Speaker]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.names = NameIndex(self.participants, self.doc)
        self._by_lemma: dict[str, list[Token]] | None = None

    def by_name(self, text: str, pos: int | None = None) -> Participant | None:
        """The participant `text` names (see NameIndex.by_name)."""
        return self.names.by_name(text, pos)

    def _skipped(self, idx: int) -> bool:
        return any(a <= idx < b for a, b in self.skip)

    # -- mentions -----------------------------------------------------------------------------
    def mention_tokens(self, head: Token) -> list[Token]:
        """The subject phrase without relative clauses and trailing asides."""
        drop: set[int] = set()
        for child in head.children:
            if child.dep_ in DROP_DEPS and child.i > head.i:
                drop.update(t.i for t in child.subtree)
        return [t for t in head.subtree if t.i not in drop]

    def resolve(self, head: Token, pos: int, salience: bool = True,
                mention: tuple[Token, ...] | None = None) -> Speaker | None:
        """Resolve the subject `head` (phrase `mention`, else its parse subtree) of a cue at character `pos`."""
        found = self._resolve(head, pos, salience, mention)
        if found is not None and found.kind == "organization" and ACRONYM_RE.fullmatch(found.name) and self.doc:
            full = expand_acronym(doc_text(self.doc), found.name)  # `TfW` -> `Transport for Wales`
            if full:
                return Speaker(name=full, kind="organization")
        elif found is not None and self.doc is not None and " " not in found.name:
            full = fuller_org(self.doc, found.name, vocab()["person_heads"])  # `Fisheries`, `Brevik`
            if full:
                return Speaker(name=full, kind="organization")
        return found

    def _resolve(self, head: Token, pos: int, salience: bool,
                 mention: tuple[Token, ...] | None) -> Speaker | None:
        low = head.lower_
        if head.pos_ == "PRON" or low in PERSON_PRONOUNS:
            if low in PERSON_PRONOUNS:
                return self.salient_person(pos, exclude=self._turn_taker(head)) if salience else None
            if low in THING_PRONOUNS:
                return self.last_speaker(pos, "organization") or self.nearest_org(pos)
            return None
        tokens = list(mention) if mention else self.mention_tokens(head)
        lemma = head.lemma_.lower()
        voc = vocab()
        demonym = country_of(head.text) is not None and country_of(head.text) != head.text  # `the Italian told`
        person_head = lemma in voc["person_heads"] or lemma in voc["unnamed_heads"] or demonym
        org_head = not person_head and (lemma in voc["org_heads"] or lemma in voc["document_heads"])
        named = self._named(tokens)
        if named is not None and (named.kind == "person" or not person_head) and not (
                org_head and named.kind == "person"):  # `the Sharif administration` is not Sharif
            return Speaker(name=named.name, kind=named.kind)
        if person_head:
            return self._nominal_person(head, tokens, pos, salience)
        if org_head:
            return self._nominal_org(head, tokens, pos)
        if head.pos_ == "NOUN" and any(t.lower_ == "the" for t in tokens):
            # `the command said` after `the Niger State Police Command`: an organisation named by its head noun
            org = self.nearest_org(pos, lemma, strict=True) or self._apposed_org(head)
            if org is not None:
                return org
        return self._unknown_proper(head, tokens)

    def _named(self, tokens: list[Token]) -> Participant | None:
        """A participant whose name or alias is written in the mention (person names first)."""
        runs = name_runs(tokens)
        owned = [r for r in runs if not _possessor(r)]  # `Whitby's sister, Dawn Whitby,`: the sister speaks
        runs = owned or runs
        if not runs:
            return None
        doc = runs[0][0].doc
        texts = [(doc_text(doc)[r[0].idx:r[-1].idx + len(r[-1])], r[0].idx) for r in runs]
        found = [p for text, at in texts if (p := self.by_name(text, at)) is not None]
        people = [p for p in found if p.kind == "person"]
        return (people or found or [None])[0]

    def _nominal_person(self, head: Token, tokens: list[Token], pos: int, salience: bool) -> Speaker | None:
        """`the Brazilian leader`, `Iranian Foreign Ministry Spokesman`: match role and country."""
        if head.tag_ in ("NNS", "NNPS") or any(t.lower_ in ("a", "an") and t.dep_ == "det" for t in tokens):
            return None  # collective or indefinite: an unnamed source
        countries = {c for t in tokens if (c := country_of(t.text))}
        words = role_words(" ".join(t.text for t in tokens if not country_of(t.text)))
        best, best_score = None, 0
        for p in self.participants:
            if p.kind != "person":
                continue
            if countries and p.country and p.country not in countries:
                continue
            score = 2 * bool(countries and p.country in countries) + len(words & role_words(p.role or ""))
            if score > best_score:
                best, best_score = p, score
        if best is not None:
            return Speaker(name=best.name, kind="person")
        office = head.is_title and len(tokens) > 2  # `the Foreign Ministry Spokesperson`, not `the diplomat`
        if (head.lemma_.lower() in vocab()["unnamed_heads"] and not office) or not salience:
            return None
        found = self.salient_person(pos, countries, exclude=self._turn_taker(head))
        return found or self._next_named(pos, countries)

    def _turn_taker(self, head: Token) -> str | None:
        """With `for his part` in the sentence, the speaker to skip: whoever spoke last."""
        if not TURN_RE.search(head.sent.text):
            return None
        last = self.last_speaker(head.idx, "person")
        return last.name if last else None

    def _nominal_org(self, head: Token, tokens: list[Token], pos: int) -> Speaker | None:
        """`the ministry`, `the SC resolution`: the organisation, or the body whose statement was quoted last."""
        voc = vocab()
        words = [t.text for t in tokens if t.pos_ in ("PROPN", "NOUN", "ADJ") and t.lemma_.lower()
                 not in voc["document_heads"]]
        orgs = [p for p in self.participants if p.kind == "organization"]
        for w in words:
            match = next((o for o in orgs if w.lower() in {f.lower() for f in (o.name, *o.aliases)}
                          or (w.isupper() and len(w) > 1 and w == initials(o.name))), None)
            if match:
                return Speaker(name=match.name, kind="organization")
        for w in words:
            if w.isupper() and len(w) > 1 and self.doc is not None and (full := expand_acronym(doc_text(self.doc), w)):
                return Speaker(name=full, kind="organization")
        phrase = " ".join(words)
        if phrase:
            hit = process.extractOne(phrase, [o.name for o in orgs], scorer=fuzz.token_set_ratio, score_cutoff=80)
            if hit:
                return Speaker(name=hit[0], kind="organization")
        if head.lemma_.lower() in voc["document_heads"] or len(words) <= 1:
            return self.last_speaker(pos, "organization") or self.nearest_org(pos, head.lemma_.lower())
        apposed = self._apposed_org(head)  # `the main farmers' union` … `The FNSEA, France's largest farmers' union`
        if apposed is not None:
            return apposed
        return Speaker(name=phrase_text(tokens, head), kind="organization")

    def _unknown_proper(self, head: Token, tokens: list[Token]) -> Speaker | None:
        """A proper name no participant carries: keep a person's fullest form; places are metonyms."""
        if head.pos_ != "PROPN" or head.ent_type_ in METONYM_LABELS or country_of(head.text):
            return None
        short = self.names.org_by_last_word(head.text) if len([t for t in tokens if t.is_alpha]) == 1 else None
        if short is not None:
            return Speaker(name=short.name, kind="organization")
        doc = head.doc
        people = [e for e in doc.ents if e.label_ == "PERSON" and e[-1].lower_ == head.lower_]
        if people:
            return Speaker(name=max(people, key=len).text, kind="person")
        if head.ent_type_ == "ORG":
            return Speaker(name=phrase_text(tokens, head), kind="organization")
        return None

    # -- salience -----------------------------------------------------------------------------
    def last_speaker(self, pos: int, kind: str) -> Speaker | None:
        """The most recent speaker of `kind` resolved before `pos`."""
        earlier = [(p, s) for p, s in self.history if p <= pos and s.kind == kind]
        return max(earlier, key=lambda ps: ps[0])[1] if earlier else None

    def nearest_org(self, pos: int, head_word: str | None = None, strict: bool = False) -> Speaker | None:
        """`the company said`, `it described`: the organisation named last before `pos` (one whose name
        holds the head word, `the ministry` -> `Ministry of Health`, if any)."""
        if self.doc is None:
            return None
        found: list[Participant] = []
        for tok in self.doc:
            if tok.idx >= pos:
                break
            if tok.text[:1].isupper() and not self._skipped(tok.idx):
                p = self.by_name(tok.text) if tok.i == 0 or not tok.nbor(-1).text[:1].isupper() else None
                p = p or self.names.org_ending_at(tok)
                if p is not None and p.kind == "organization":
                    found.append(p)
        fitting = [p for p in found if head_word and head_word in p.name.lower().split()]
        pick = (fitting or ([] if strict else found) or [None])[-1]
        return Speaker(name=pick.name, kind="organization") if pick else None

    def _lemma_index(self) -> dict[str, list[Token]]:
        """Nouns of the doc by lemma, built once (apposition look-ups would scan the doc each time)."""
        if self._by_lemma is None:
            self._by_lemma = {}
            for tok in self.doc or ():
                if tok.pos_ in ("NOUN", "PROPN"):
                    self._by_lemma.setdefault(tok.lemma_, []).append(tok)
        return self._by_lemma

    def _apposed_org(self, head: Token) -> Speaker | None:
        """`the main farmers' union` where the text says `The FNSEA, France's largest farmers' union`."""
        if self.doc is None:
            return None
        for tok in self._lemma_index().get(head.lemma_, ()):
            if tok.i == head.i:
                continue
            for other in (tok.head, *[c for c in tok.children if c.dep_ == "appos"]):
                if other.i != tok.i and (tok.dep_ == "appos" or other.dep_ == "appos"):
                    p = self.by_name(other.text)
                    if p is not None and p.kind == "organization":
                        return Speaker(name=p.name, kind="organization")
        return None

    def salient_person(self, pos: int, countries: set[str] | None = None, exclude: str | None = None) -> Speaker | None:
        """The nearest earlier person in subject position, outside quotes and page furniture."""
        if self.doc is None:
            return None
        sents = [s for s in sentences(self.doc) if s.start_char < pos][-SALIENCE_SENTENCES:]
        for sent in reversed(sents):
            subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.idx < pos
                        and not self._skipped(t.idx)]
            # `X said that the envoy, Y, would …. "…," he said`: the reporter, not a subject inside the report
            for subj in sorted(reversed(subjects), key=_reported_inside):
                found = self.resolve(subj, subj.idx, salience=False)
                if (found is not None and found.kind == "person" and found.name != exclude
                        and self._country_ok(found, countries)):
                    return found
        return self._nearest_named(sents, pos, countries, exclude)

    def _nearest_named(self, sents: list, pos: int, countries: set[str] | None,
                       exclude: str | None = None) -> Speaker | None:
        """No person stands as a subject nearby: the nearest earlier person named at all."""
        for sent in reversed(sents):
            for tok in reversed([t for t in sent if t.idx < pos and t.pos_ == "PROPN" and not self._skipped(t.idx)]):
                if (found := self._person_at(tok, countries)) is not None and found.name != exclude:
                    return found
        return None

    def _next_named(self, pos: int, countries: set[str] | None) -> Speaker | None:
        """A title before the name (`The Foreign Ministry Spokesperson said …` in a standfirst): the next person."""
        if self.doc is None:
            return None
        for tok in self.doc:
            if tok.idx > pos and tok.pos_ == "PROPN" and not self._skipped(tok.idx):
                if (found := self._person_at(tok, countries)) is not None:
                    return found
        return None

    def _person_at(self, tok: Token, countries: set[str] | None) -> Speaker | None:
        p = self.by_name(tok.text)
        if p is None or p.kind != "person":
            return None
        found = Speaker(name=p.name, kind="person")
        return found if self._country_ok(found, countries) else None

    def _country_ok(self, speaker: Speaker, countries: set[str] | None) -> bool:
        if not countries:
            return True
        p = next((p for p in self.participants if p.name == speaker.name), None)
        return p is None or p.country is None or p.country in countries
