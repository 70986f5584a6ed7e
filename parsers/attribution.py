"""Find the speech cue of a direct quote in its frames and the cue's subject."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from parsers.cues import SUBJECT_DEPS, according_to, is_speech_verb, subject_of, tokens_in, vocab
from parsers.quote_frames import Frame, after_frame, before_frame
from parsers.quote_spans import MarkSpan

CONTINUATIONS = frozenset({"and", "but", "or", "as", "while", "which", "that", "to", "in", "of", "for", "with"})
LEAD_PUNCT = frozenset({":", "-", "\u2013", "\u2014"})
NAME_POS = ("PROPN",)


@dataclass(frozen=True)
class Cue:
    """The cue word of a quote and the token naming its speaker (None: cue with no readable subject)."""

    word: str
    subject: Token | None
    pos: int  # character offset of the cue, where salience is measured from
    mention: tuple[Token, ...] | None = None  # the subject phrase, when the parse could not give it


def _inside(tok: Token, spans: list[MarkSpan]) -> bool:
    return any(s.open_mark <= tok.idx < s.outer_end for s in spans)


def _segment_mention(toks: list[Token], verb: Token, spans: list[MarkSpan]) -> tuple[Token, list[Token]] | None:
    """When the parse gives no subject: the noun phrase right after an inverted verb (`," said Hasanov`),
    else the phrase between the last comma and the verb; its head is the last noun before any `of`."""
    first_word = next((t for t in toks if t.is_alpha), None)
    if first_word is verb:
        seg = []
        for t in toks[toks.index(verb) + 1:]:
            if (t.is_punct and not _glued(t)) or t.pos_ in ("VERB", "AUX") or _inside(t, spans):
                break
            seg.append(t)
    else:
        seg = []
        for t in reversed([t for t in toks if t.i < verb.i]):
            if (t.is_punct and not _glued(t)) or t.pos_ in ("VERB", "AUX", "ADV", "SCONJ") or _inside(t, spans):
                break
            seg.insert(0, t)
    nouns: list[Token] = []
    for t in seg:
        if t.pos_ == "ADP" and nouns:
            break
        if t.pos_ in ("PROPN", "NOUN", "PRON"):
            nouns.append(t)
    if seg and seg[-1].pos_ == "ADJ" and (not nouns or (len(seg) > 1 and _glued(seg[-2]))):
        nouns.append(seg[-1])  # `the 22-year-old said`: an adjective used as the noun
    return (nouns[-1], seg) if nouns else None


def _glued(tok: Token) -> bool:
    """A hyphen inside a word (`22-year-old`), not a dash between phrases."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.nbor(-1).whitespace_


def _lead_name(toks: list[Token], side: str) -> Cue | None:
    """Headline style `Name: "…"` or `"…": Name`, `"…" – Name`: a name joined to the quote by a colon or dash."""
    words = [t for t in toks if not t.is_space]
    if len(words) < 2:
        return None
    if side == "after":  # `– The Honourable X`: the article before the signature
        words = words[:1] + [t for k, t in enumerate(words[1:]) if k or t.pos_ != "DET"]
        if len(words) < 2:
            return None
    punct, name = (words[-1], words[-2]) if side == "before" else (words[0], words[1])
    if punct.text not in LEAD_PUNCT or (name.pos_ not in NAME_POS and not _label_name(name, side)):
        return None
    if side == "before":
        return Cue(punct.text, name, name.idx)
    run = _name_phrase(words[1:])  # `– Motherwell resident Thandeka Jonas`: the person, not the place
    head = [t for t in run if t.pos_ in NAME_POS][-1]
    return Cue(punct.text, head, head.idx, tuple(run))


def _label_name(tok: Token, side: str) -> bool:
    """`Moreau: "…"` opening a line: the tagger may read a lone capitalised surname there as a common noun."""
    first = tok.i == 0 or "\n" in tok.nbor(-1).text or "\n" in tok.nbor(-1).whitespace_
    if side != "before" or tok.pos_ != "NOUN" or not tok.is_alpha:
        return False
    # `UN envoy: "…"`, `Minister: "…"` (headline style): a person's office stands for the person
    return (first and tok.text[:1].isupper()) or tok.lemma_.lower() in vocab()["person_heads"]


def _name_phrase(words: list[Token]) -> list[Token]:
    """The noun phrase a trailing dash introduces: names, nouns and adjectives up to the first other word."""
    run: list[Token] = []
    for tok in words:
        abbreviation = tok.text == "." and bool(run) and not run[-1].whitespace_  # `Hon. X`, `Dr. X`
        if tok.pos_ not in (*NAME_POS, "NOUN", "ADJ") and not abbreviation:
            break
        run.append(tok)
    return run


def _verb_cue(verb: Token, toks: list[Token], spans: list[MarkSpan]) -> Cue:
    """The cue `verb` with its subject, read from the parse or, failing that, from the words around it."""
    subj = subject_of(verb)
    if subj is None or _inside(subj, spans):
        found = _segment_mention(toks, verb, spans)
        if found:
            return Cue(verb.text, found[0], verb.idx, tuple(found[1]))
        # `The Minister, referring to X, stated:` parsed with the subject under the participle
        subj = next((t for t in reversed(toks) if t.i < verb.i and t.dep_ in SUBJECT_DEPS
                     and not _inside(t, spans)), None)
    return Cue(verb.text, subj, verb.idx)


def _names_someone(cue: Cue) -> bool:
    """The cue's subject is a name or a singular pronoun, not `the ministers` or `officials`."""
    subj = cue.subject
    if subj is None:
        return False
    if subj.lower_ in ("he", "she"):
        return True
    words = cue.mention or tuple(subj.subtree)
    return subj.tag_ not in ("NNS", "NNPS") and any(t.pos_ == "PROPN" for t in words)


def cue_in_frame(doc: Doc, frame: Frame, spans: list[MarkSpan]) -> Cue | None:
    """The speech cue in `frame` nearest to the quote, with its subject."""
    toks = [t for t in tokens_in(doc, frame.start, frame.end) if not t.is_space]
    verbs = [t for t in toks if is_speech_verb(t) and not _inside(t, spans)]
    if not verbs and frame.side == "after":  # `"…," Dalton shot back`, `scoffed`: the quote is the verb's complement
        verbs = [t for t in toks if t.pos_ == "VERB" and not _inside(t, spans) and any(
            c.dep_ in ("ccomp", "dobj") and _inside(c, spans) for c in t.children)][:1]
    if frame.side == "before":
        verbs.reverse()
    acc = according_to(toks)
    if acc is not None and _inside(acc, spans):
        acc = None
    verb_cue = _verb_cue(verbs[0], toks, spans) if verbs else None
    if verb_cue is not None and (acc is None or _names_someone(verb_cue)):
        return verb_cue
    if acc is not None:
        return Cue("according to", acc, acc.idx)  # `According to X, the ministers stressed "…"` is X's
    if frame.side == "before" and toks and toks[-1].lower_ in ("that", ":", ","):
        verb = next((t for t in reversed(toks[:-1]) if t.pos_ == "VERB"), None)
        if verb is None and toks[-1].text == ":":  # `X was less amused: "…"`: the clause before the colon speaks
            verb = next((t for t in reversed(toks[:-1]) if t.pos_ == "AUX"
                         and any(c.dep_ in SUBJECT_DEPS for c in t.children)), None)
        if verb is not None:
            return Cue(verb.text, subject_of(verb), verb.idx)
    return _lead_name(toks, frame.side)


def _prefer_after(field: str, span: MarkSpan, after: Frame) -> bool:
    """`"…," he said` or `"…." he said`, but not `said it was "…" and urged …` (the clause goes on)."""
    inner = span.text(field).rstrip()
    tail = field[after.start:after.end].lstrip()
    first = tail.split(" ", 1)[0].lower()
    return inner.endswith(",") or tail[:1] in {",", "\u2014", "\u2013", "-"} or (
        tail[:1].islower() and first not in CONTINUATIONS)


def find_cue(doc: Doc, field: str, spans: list[MarkSpan], i: int) -> Cue | None:
    """The cue of quote `i`: after the closing mark (`…," he said`) or before the opening one (`he said: "…`)."""
    after = after_frame(field, spans, i)
    before = before_frame(field, spans, i)
    after_cue = cue_in_frame(doc, after, spans) if after else None
    before_cue = cue_in_frame(doc, before, spans) if before else None
    if after_cue and before_cue:
        for one, other in ((after_cue, before_cue), (before_cue, after_cue)):
            if one.word == "according to" and other.word != "according to" and _names_someone(other):
                return other  # `X told … "fragment", according to his office`: X's words
        return after_cue if _prefer_after(field, spans[i], after) else before_cue
    return after_cue or before_cue
