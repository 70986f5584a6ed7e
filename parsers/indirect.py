"""Indirect quotes: the clause reported after a speech verb, `expressed hope that …`, `according to X`."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parsers.cues import doc_text, is_speech_verb, subject_of, tokens_in, vocab
from parsers.quote_frames import sentence_bounds
from parsers.speakers import SpeakerResolver
from schemas import Quote, Speaker
from schemas.article import QuotePart

EDGE_SKIP = frozenset({"that", ",", ":", ";", "-", "\u2014", "\u2013"})
MIN_CLAUSE_WORDS = 3
MAX_QUOTED_SHARE = 0.8
PARA_END = frozenset('.!?"\u201d:')
FIRST_PERSON = frozenset({"i", "we", "you"})
SKIP_BETWEEN = frozenset({"npadvmod", "prep", "advmod", "dative", "prt", "punct", "agent"})
OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "prep"})
MAX_TAIL = 8
CUE_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop a leading `that`/comma and trailing punctuation from a clause."""
    while tokens and (tokens[0].lower_ in EDGE_SKIP or tokens[0].is_space or tokens[0].dep_ == "mark"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in ")\u201d\"" or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _subtree(tok: Token) -> list[Token]:
    return list(tok.doc[tok.left_edge.i:tok.right_edge.i + 1])


def _one_paragraph(tokens: list[Token], keep_first: bool) -> list[Token]:
    """Cut a clause at a paragraph break (the parser sometimes runs a sentence across one)."""
    parts: list[list[Token]] = [[]]
    for k, tok in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        prev = tokens[k - 1] if k else None
        if tok.is_space and "\n" in tok.text and nxt is not None and (
            "\n\n" in tok.text or (nxt.text[:1].isupper() and prev is not None and prev.text[-1:] in PARA_END)
        ):
            parts.append([])
        elif not tok.is_space or parts[-1]:
            parts[-1].append(tok)
    return parts[0] if keep_first else parts[-1]


def _object_phrase(obj: Token) -> list[Token]:
    """`stressed the need for …; and the growth of …`: the object, continued past a semicolon."""
    doc, end = obj.doc, obj.right_edge.i + 1
    if end < len(doc) and doc[end].text == ";":
        end = obj.sent.end
    return list(doc[obj.left_edge.i:end])


def _clause_after(verb: Token, ccomp: Token) -> list[Token]:
    """The reported clause: from `that`, else from the verb on (its subject may hang off the verb),
    past `told reporters`, `on Wednesday`, `pointed out` and the like."""
    doc = verb.doc
    if doc[ccomp.left_edge.i].dep_ == "mark" or ccomp.left_edge.i == verb.i + 1:
        return _with_glued_tail(verb, _subtree(ccomp))
    addressee = verb.lemma_.lower() in vocab()["addressee_verbs"]  # `told reporters …`; after `said`, a stray subject
    skip = {t.i for c in verb.children if verb.i < c.i < ccomp.left_edge.i
            and (c.dep_ in SKIP_BETWEEN or (addressee and c.dep_ == "dobj")) for t in c.subtree}
    start = next((i for i in range(verb.i + 1, ccomp.left_edge.i) if i not in skip), ccomp.left_edge.i)
    return _with_glued_tail(verb, list(doc[start:ccomp.right_edge.i + 1]))


def _without_aside(clause: list[Token]) -> list[Token]:
    """`conditions were "not yet conducive", citing the fighting`: the participle after the comma is the speaker's
    own act (citing, adding, noting), not part of what was reported."""
    inside = {t.i for t in clause}
    for tok in clause:
        if (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_.lower() in vocab()["aside_participles"]
                and tok.left_edge.i - 1 in inside and tok.doc[tok.left_edge.i - 1].text == ","
                and tok.head.i in inside):
            return [t for t in clause if t.i < tok.left_edge.i - 1]
    return clause


def _with_glued_tail(verb: Token, clause: list[Token]) -> list[Token]:
    """`would co-sponsor the text`: a word split at a hyphen may leave its second half (and what follows)
    hanging off the verb; the clause runs on through it."""
    doc, end = verb.doc, clause[-1].i
    for child in sorted((c for c in verb.children if c.i > end), key=lambda c: c.i):
        if child.left_edge.i != end + 1 or not (doc[end].text == "-" or child.text == "-" or not doc[end].whitespace_):
            break
        end = child.right_edge.i
    return list(doc[clause[0].i:end + 1])


def _inverted_subject(verb: Token) -> Token | None:
    """`X, pointed out Iranian President Y`: the speaker follows the verb."""
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children) or verb.tag_ == "VBG":
        return None  # `X, for his part, expressed …` and `…, emphasizing …` have their subject before
    return next((c for c in verb.children if c.i > verb.i and c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)


def _before_comma(verb: Token) -> list[Token] | None:
    """`X, the ministry said.` / `X, pointed out the president`: the clause before the comma."""
    inverted = _inverted_subject(verb) is not None
    subj = None if inverted else subject_of(verb)
    first = min(verb.i, subj.left_edge.i if subj is not None and subj.i < verb.i else verb.i)
    doc = verb.doc
    if first == 0 or doc[first - 1].text != ",":
        return None
    tail = [t for t in doc[verb.i + 1:verb.sent.end] if not t.is_punct]
    plain = verb.lemma_.lower() in vocab()["plain_verbs"]  # `X, she said in a statement` / `told reporters`
    objects = any(c.dep_ in OBJECT_DEPS and c.i > verb.i and not (plain and c.dep_ in ("prep", "dobj"))
                  for c in verb.children)
    if not inverted and (len(tail) > MAX_TAIL or objects):
        return None  # `On his part, X reiterated Y`: the verb reports its own object, not the words before
    start = verb.sent.start
    return list(doc[start:first - 1]) if first - 1 - start >= MIN_CLAUSE_WORDS else None


def _reported(verb: Token) -> list[Token] | None:
    """The clause (or, for `stressed the need …`, the object) reported by `verb`."""
    voc = vocab()
    ccomps = [c for c in verb.children if c.dep_ == "ccomp"]
    # `"…," X said. Y said Z`: the parser may hang the quote before the verb on it too; the clause after it is reported
    after = [c for c in ccomps if c.i > verb.i]
    if after:
        return _clause_after(verb, after[0])
    if ccomps:  # `A collapsed, and B continued, diplomats say`: the clause next to the verb
        return _subtree(ccomps[-1])
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        for grand in child.children:  # expressed hope that …
            if child.lemma_.lower() in voc["hope_nouns"] and grand.dep_ in ("acl", "ccomp", "relcl"):
                return _subtree(grand)
        if lemma in voc["object_verbs"]:
            return _object_phrase(child)
        if lemma in voc["directive_verbs"] and any(c.dep_ == "xcomp" for c in verb.children):  # urged X to do Y
            return list(verb.doc[child.left_edge.i:max(t.i for t in verb.subtree) + 1])
    return _before_comma(verb) if lemma in voc["indirect_verbs"] else None


def _according(tok: Token) -> tuple[list[Token], Token, tuple[Token, ...] | None] | None:
    """`According to X, clause` or `clause, according to X`: the clause, X and, when the parse ran X on past
    its comma (`According to the Y Railways, freight traffic … rose`), the words of X up to the comma."""
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.nbor(1).lower_ != "to":
        return None
    objs = [c for c in tok.nbor(1).children if c.dep_ == "pobj"]
    if not objs:
        return None
    doc = tok.doc
    start, end = sentence_bounds(doc_text(doc), tok.idx)
    comma = next((t.i for t in doc[tok.i + 2:objs[0].right_edge.i + 1] if t.text == ","), None)
    last = comma - 1 if comma is not None else max(tok.i + 1, objs[0].right_edge.i)
    mention = tuple(doc[tok.i + 2:comma]) if comma is not None else None
    before = tokens_in(doc, start, tok.idx)
    after = [t for t in tokens_in(doc, tok.idx, end) if t.i > last]
    clause = after if len(_trim(after)) >= len(_trim(before)) else before
    return clause, objs[0], mention


class IndirectFinder:
    """Collect reported clauses in one field, skipping the words inside direct quotes."""

    def __init__(self, doc: Doc, resolver: SpeakerResolver, part: QuotePart, direct: list[tuple[int, int]]):
        self.doc, self.resolver, self.part, self.direct = doc, resolver, part, direct

    def _quoted_share(self, tokens: list[Token]) -> float:
        inside = sum(1 for t in tokens if any(a <= t.idx < b for a, b in self.direct))
        return inside / max(1, len(tokens))

    def quote(self, clause: list[Token], cue: Token, subject: Token | None, word: str | None = None,
              mention: tuple[Token, ...] | None = None) -> Quote | None:
        clause = _trim(_without_aside(_one_paragraph(clause, keep_first=clause[0].i > cue.i)))
        if len([t for t in clause if t.is_alpha]) < MIN_CLAUSE_WORDS:
            return None
        if not self._inside(cue) and self._quoted_share(clause) > MAX_QUOTED_SHARE:
            return None  # the clause is the direct quote itself
        speaker: Speaker | None = None
        if subject is not None:
            speaker = self.resolver.resolve(subject, cue.idx, mention=mention)
        start, end = clause[0].idx, clause[-1].idx + len(clause[-1])
        if speaker is not None:
            self.resolver.history.append((start, speaker))
        return Quote(text=doc_text(self.doc)[start:end], kind="indirect", speaker=speaker, cue=word or cue.text,
                     part=self.part, span=(start, end))

    def _inside(self, tok: Token) -> bool:
        return any(a <= tok.idx < b for a, b in self.direct)

    def _cue_allowed(self, tok: Token) -> bool:
        """Inside a direct quote, only reports about a third party (`Ashtiani highlighted that …`) count."""
        if not self._inside(tok):
            return True
        subj = subject_of(tok)
        return subj is not None and subj.lower_ not in FIRST_PERSON

    def run(self) -> list[Quote]:
        voc = vocab()
        out: list[Quote] = []
        for tok in self.doc:
            if tok.pos_ not in CUE_POS and tok.lower_ != "according":
                continue
            found = None
            lemma = tok.lemma_.lower()
            if is_speech_verb(tok, "indirect_verbs") or (
                    tok.pos_ == "VERB" and (lemma in voc["object_verbs"] or lemma in voc["directive_verbs"])):
                clause = _reported(tok) if self._cue_allowed(tok) else None
                if clause:
                    found = self.quote(clause, tok, _inverted_subject(tok) or subject_of(tok))
            elif (acc := _according(tok)) is not None and self._cue_allowed(tok):
                found = self.quote(acc[0], tok, acc[1], "according to", acc[2])
            if found is not None:
                out.append(found)
        return out


def find_indirect(doc: Doc, resolver: SpeakerResolver, part: QuotePart, direct: list[tuple[int, int]]) -> list[Quote]:
    """Reported speech in `doc` (`direct` are the character ranges of direct quotes)."""
    return IndirectFinder(doc, resolver, part, direct).run()
