"""Tell statements from quoted names: titles, nicknames, scare terms and headings are not quotes."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from parsers.cues import according_to, doc_text, is_speech_verb, tokens_in, vocab
from parsers.quote_spans import MarkSpan

WORD_RE = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
MINOR_WORDS = frozenset("a an the of to in on and for at by from with or as vs nor but via into over".split())
POSSESSIVE_BEFORE_RE = re.compile(r"(?:['\u2019]s|s['\u2019])\s*$")
SHORT_WORDS = 4
COLLECTIVE = frozenset({"they", "we", "people", "many", "some", "others", "critics", "experts"})
HEADING_WORDS = 12
TERMINAL = ".!?"
OPEN_Q, CLOSE_Q = "\"\u201c", "\"\u201d"
# `words such as "expect," "will"`, `danger level "considerable"`: a one-word quote after a listing or grading word
TERM_LEAD_RE = re.compile(
    r"\b(?:such\s+as|words?|terms?|levels?|rated|ratings?|grades?|graded)\b[^.!?\"\u201c\u201d]{0,20}$", re.IGNORECASE
)
# another one-word quote right before or after, joined by a comma, `or` or `and`: a run of quoted words
ONE_WORD = rf"[{OPEN_Q}][^\s{CLOSE_Q}]+[{CLOSE_Q}]"
RUN_AFTER_RE = re.compile(rf"^\s*,?\s*(?:(?:or|and)\s+)?(?:the\s+)?{ONE_WORD}", re.IGNORECASE)
# `("Verdant" or the "Company")`: nothing in the brackets but the defined names
PAREN_BEFORE_RE = re.compile(rf"\s*(?:.*{ONE_WORD}\s*,?\s*(?:or|and)\s+)?(?:(?:the|an?)\s+)?", re.IGNORECASE)
PAREN_AFTER_RE = re.compile(r"\s*(?:,?\s*(?:or|and)\s+.*)?", re.IGNORECASE)
RUN_BEFORE_RE = re.compile(rf"{ONE_WORD}\s*,?\s*(?:(?:or|and)\s+)?(?:the\s+)?$", re.IGNORECASE)


def _naming_re(words: frozenset[str]) -> re.Pattern[str]:
    alts = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\s+(?:as\s+)?(?:(?:the|a|an|its|their|his|her)\s+)?$", re.IGNORECASE)


NAMING_ALWAYS_RE = _naming_re(vocab()["naming_always"])
NAMING_NOUN_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(vocab()['naming_nouns']))})\s*[,:]?\s*$", re.IGNORECASE
)
NAMING_VERB_RE = re.compile(
    r"\b(?:call(?:ed|s|ing)?|nam(?:ed|es|ing)|term(?:ed|s|ing)?|label+(?:ed|s|ing)?|brand(?:ed|s|ing)?)"
    # `calling this season a "…"`: up to three words of object between the verb and the term
    r"\s+(?P<obj>(?:[\w'\u2019-]+\s+){0,3}?)(?:as\s+)?(?:(?:the|a|an|its|their|his|her)\s+)?$",
    re.IGNORECASE,
)


def title_case(words: list[str]) -> bool:
    """Every content word capitalised (book, forum and exercise names), or all capitals (headings)."""
    content = [w for w in words if w.lower() not in MINOR_WORDS and w[0].isalpha()]
    if len(content) < 2:
        return False
    return all(w[0].isupper() for w in content)


def _line_bounds(field: str, start: int, end: int) -> tuple[int, int]:
    line_start = field.rfind("\n", 0, start) + 1
    line_end = field.find("\n", end)
    return line_start, len(field) if line_end < 0 else line_end


def is_heading(field: str, span: MarkSpan, words: list[str]) -> bool:
    """A quoted line standing alone with no sentence punctuation: a section heading."""
    if span.close_mark is None:
        return False  # a heading is closed on its own line; an open span was cut off
    line_start, line_end = _line_bounds(field, span.open_mark, span.end)
    outside = field[line_start:span.open_mark] + field[span.outer_end:line_end]
    if outside.strip():
        return False
    inner = span.text(field).rstrip()
    return len(words) <= HEADING_WORDS and (title_case(words) or inner[-1:] not in TERMINAL + ",")


def _in_parentheses(field: str, span: MarkSpan) -> bool:
    """`(the "Company")`, `("Verdant")`: a quote inside brackets on its line defines a short name."""
    line_start, line_end = _line_bounds(field, span.open_mark, span.end)
    before = field[line_start:span.open_mark]
    after = field[span.outer_end:line_end]
    opened = before.rfind("(") > before.rfind(")")
    closed = after.find(")") >= 0 and (after.find("(") < 0 or after.find(")") < after.find("("))
    return (opened and closed and bool(PAREN_BEFORE_RE.fullmatch(before[before.rfind("(") + 1:]))
            and bool(PAREN_AFTER_RE.fullmatch(after[:after.find(")")])))


def is_quoted_term(field: str, span: MarkSpan, words: list[str]) -> bool:
    """A single quoted word listed, defined or graded (`words such as "expect,"`) is a term, not a statement."""
    if len(words) != 1:
        return False
    before = field[max(0, span.open_mark - 40):span.open_mark]
    after = field[span.outer_end:span.outer_end + 40]
    return (_in_parentheses(field, span) or bool(TERM_LEAD_RE.search(before))
            or bool(RUN_AFTER_RE.search(after)) or bool(RUN_BEFORE_RE.search(before)))


def _has_verb(tokens: list[Token]) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in tokens)


def _named_by_participle(doc: Doc, field: str, span: MarkSpan) -> bool:
    """`the exercises, called "X"` names X; `what she called "X"` quotes her, because the verb has a subject."""
    before = field[max(0, span.open_mark - 60):span.open_mark]
    match = NAMING_VERB_RE.search(before)
    if not match:
        return False
    verbs = [t for t in tokens_in(doc, span.open_mark - len(before) + match.start(), span.open_mark)
             if t.pos_ in ("VERB", "NOUN", "AUX")]
    if not verbs:
        return True
    subjects = [c for c in verbs[0].children if c.dep_ in ("nsubj", "nsubjpass")]
    # `what Tsang termed "…"` quotes Tsang; `what they call "…"`, `what his campaign calls "…"` is a term in use
    if not subjects:  # `the drills, called "X"` names X; `calls the deal "historic"` with no subject read is a quote
        return not match.group("obj").strip()
    if subjects[0].lower_ in COLLECTIVE or subjects[0].tag_ in ("NNS", "NNPS"):
        return True
    voc = vocab()
    subj = subjects[0]
    # a lowercase common noun (`his campaign`, `the government`): a body, not a person (a headline may tag a name NOUN)
    return subj.pos_ == "NOUN" and subj.is_lower and subj.lemma_ not in voc["person_heads"] | voc["unnamed_heads"]


def _modifies_next_noun(doc: Doc, span: MarkSpan) -> bool:
    """`the "Indo-Pacific" region`: the quoted words premodify a noun outside the marks."""
    after = [t for t in tokens_in(doc, span.outer_end, min(len(doc_text(doc)), span.outer_end + 40)) if not t.is_space]
    if not after or after[0].idx > span.outer_end + 1:
        return False
    return after[0].pos_ in ("NOUN", "PROPN") and after[0].is_lower


def _attributed_in_sentence(doc: Doc, span: MarkSpan) -> bool:
    """A speech cue or `according to` outside the marks in the sentence around the span."""
    inside = tokens_in(doc, span.start, span.end)
    if not inside:
        return False
    sent = inside[0].sent
    outside = [t for t in doc[sent.start:max(sent.end, inside[-1].i + 1)] if not span.start <= t.idx < span.end]
    return any(is_speech_verb(t) for t in outside) or according_to(outside) is not None


def is_statement(field: str, span: MarkSpan, doc: Doc | None, part: str = "body") -> bool:
    """True when the quoted span is somebody's words rather than a name, term or heading."""
    inner = span.text(field)
    words = WORD_RE.findall(inner)
    if not words:
        return False
    before = field[max(0, span.open_mark - 40):span.open_mark]
    if NAMING_ALWAYS_RE.search(before) or is_quoted_term(field, span, words):
        return False
    if part == "body" and is_heading(field, span, words):
        return False
    punctuated = inner.rstrip()[-1:] in TERMINAL + ","
    sentence = punctuated and doc is not None and _has_verb(tokens_in(doc, span.start, span.end))
    if part == "body" and title_case(words) and not sentence:
        return False  # a book, film, slogan or programme name, unless a punctuated sentence (`"We Will Win," he said`)
    if NAMING_NOUN_RE.search(before):
        return False  # `whose book "…"`, `under the title "…"`
    if doc is None:
        return True
    if _named_by_participle(doc, field, span):
        return False
    short = len(words) <= SHORT_WORDS and not _has_verb(tokens_in(doc, span.start, span.end))
    if not short:
        return True
    if POSSESSIVE_BEFORE_RE.search(before) or (inner[-1] not in TERMINAL + "," and _modifies_next_noun(doc, span)):
        return False
    return _attributed_in_sentence(doc, span)
