"""Runs of capitalized words in the text and the personal name inside them, titles stripped."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from parsers.lexicon import countries, titles

WORD = re.compile(r"[^\W_][\w'’.\-]*")
POSSESSIVE = re.compile(r"[’']s?$")
ABBREV = re.compile(r"^(?:[A-Z]|[A-Z][a-z]{0,2}|(?:[A-Z]\.)+[A-Z]?)\.$")  # D. Mr. Gen. U.S.
GAP = re.compile(r"[ \t\u00a0]+")
HYPHEN_ARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa]s|[Aa]d|[Aa]r|[Aa]t|[Aa]z)-(?=[A-Z])")
FOLD_EXTRA = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D"})
FUZZY_MIN = 80.0  # Raisi/Raeisi 90.9, Bagheri/Baqeri 92.3, Shoigu/Shoygu 83.3, Sergei/Sergey 83.3
DEGREE = re.compile(r"^[A-Z][a-z]?\.[A-Z][a-z]")  # B.Sc, M.Sc, Ph.D
SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
HYPHEN_PREFIX = re.compile(r"^[a-z]{1,3}-[A-Z]")  # al-Jubeir, el-Sisi


@dataclass(frozen=True)
class Word:
    """One word of the text with its character offsets; `possessive` when it ended in 's."""

    text: str
    start: int
    end: int
    possessive: bool = False


def words(text: str) -> list[Word]:
    """Split `text` into words, trimming sentence dots, dashes and possessive endings."""
    out: list[Word] = []
    for m in WORD.finditer(text):
        w, start, end = m.group(), m.start(), m.end()
        if w[-1] not in "-.'’s":  # the common case: nothing to trim
            out.append(Word(w, start, end))
            continue
        while w.endswith(("-", ".")) and not ABBREV.match(w):
            w, end = w[:-1], end - 1
        poss = bool(POSSESSIVE.search(w)) and len(w) > 2 and w not in titles().honorifics  # `Dato'` is a title
        if poss:
            w = POSSESSIVE.sub("", w)
            end = start + len(w)
        if w:
            out.append(Word(w, start, end, poss))
    return out


def is_cap(word: str) -> bool:
    """A word that can be part of a proper name (Capitalized, al-Jubeir)."""
    return word[:1].isupper() or bool(HYPHEN_PREFIX.match(word))


def runs(text: str, ws: list[Word] | None = None) -> list[list[Word]]:
    """Maximal sequences of capitalized words (with inner particles) on one line, no punctuation between."""
    ws = words(text) if ws is None else ws
    particles = titles().particles
    out: list[list[Word]] = []
    cur: list[Word] = []
    for w in ws:
        joined = bool(cur) and GAP.fullmatch(text[cur[-1].end:w.start]) is not None and not cur[-1].possessive
        if joined and cur[-1].text.endswith(".") and not ABBREV.match(cur[-1].text):
            joined = False
        if is_cap(w.text) or (joined and w.text in particles):
            if not joined and cur:
                out.append(cur)
                cur = []
            cur.append(w)
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return [_trim_particles(r) for r in out if _trim_particles(r)]


def _trim_particles(run: list[Word]) -> list[Word]:
    particles = titles().particles
    while run and run[-1].text in particles and not is_cap(run[-1].text):
        run = run[:-1]
    return run


def is_lexical(word: str) -> bool:
    """A word that belongs to a title, role, place or page furniture rather than to a name."""
    t = titles()
    c = countries()
    bare = word.rstrip(".")
    return (
        t.is_title(word) or word in t.role_words or word in t.not_name or bare in t.not_name
        or word in c.by_form or word in c.by_demonym or word in c.by_capital
    )


HARD, SOFT, NAME = 2, 1, 0


def _marks(run: list[Word]) -> list[int]:
    """Per word: HARD for titles, roles and country forms (multi-word too), SOFT for furniture and
    function words (`When`, `Tuesday`, `Shia`), NAME otherwise."""
    t = titles()
    c = countries()
    marks = [HARD if _hard(w.text) else SOFT if _soft(w.text) else NAME for w in run]
    starts = _multiword_starts()
    for n in range(2, max(t.max_words, 4) + 1):
        for i in range(len(run) - n + 1):
            if run[i].text not in starts:
                continue
            phrase = " ".join(w.text for w in run[i:i + n])
            if t.is_title(phrase) or c.lookup(phrase) or phrase in c.by_capital:
                marks[i:i + n] = [HARD] * n
    for i in range(1, len(run)):  # `Stephen King`, `Martin Luther King Jr.`: a title word after a name word
        last = all(marks[k] != NAME or run[k].text.rstrip(".") in SUFFIXES for k in range(i + 1, len(run)))
        if marks[i - 1] == NAME and run[i].text in t.surname_titles and not run[i - 1].possessive and last:
            marks[i] = NAME  # but `Bank of Korea Governor Yoon`: a name follows, so the title is a title
    return marks


@cache
def _multiword_starts() -> frozenset[str]:
    """First words of multi-word titles and country forms: only there can a multi-word match begin."""
    t = titles()
    c = countries()
    forms = [*t.honorifics, *t.offices, *t.ranks, *c.by_form, *c.by_demonym, *c.by_capital]
    firsts = {f.split()[0] for f in forms if " " in f}
    return frozenset(firsts | {w.capitalize() for w in firsts} | {w.lower() for w in firsts})


def _hard(word: str) -> bool:
    t = titles()
    c = countries()
    plural = len(word) > 3 and word.endswith("s") and (t.is_title(word[:-1]) or word[:-1].lower() in t.occupations)
    # `Presidents Xi and Putin`, `Nursing Students`
    return t.is_title(word) or plural or word in t.role_words or c.lookup(word) is not None or word in c.by_capital


def _function_word(word: str) -> bool:
    """A stop word that is no furniture word (`Nor`, `Will`), which may be a given name."""
    t = titles()
    return word.lower() in STOP_WORDS and word not in t.not_name and word.rstrip(".") not in t.not_name


def _soft(word: str) -> bool:
    t = titles()
    return word in t.not_name or word.rstrip(".") in t.not_name or word.lower() in STOP_WORDS


def name_part(run: list[Word]) -> tuple[list[Word], list[Word]]:
    """Split a run into (titles/roles/places before the name, the personal name): the last block after a title.

    Function and furniture words may sit inside a name (`Mohammed Shia al-Sudani`) but not at its edges.
    A block followed by institution words (`All Progressives Congress`) is no personal name: empty name.
    """
    marks = _marks(run)
    particles = titles().particles
    end = max((i + 1 for i, m in enumerate(marks) if m == NAME), default=0)
    start = end
    while start > 0 and marks[start - 1] != HARD:
        start -= 1
    occupations = titles().occupations
    titled = start > 0 and marks[start - 1] == HARD  # `Dr Nor Aini`: after a title a function word is a name
    while start < end and ((marks[start] == SOFT and not (titled and _function_word(run[start].text)))
                           or run[start].text.lower() in occupations
                           or (run[start].text in particles and not is_cap(run[start].text))):
        start += 1  # `When Imran Khan`, `Author Stephen King`
    c = countries()
    if any(not (c.lookup(w.text) or w.text in c.by_capital) for w in run[end:]):
        return run[:start], []
    return run[:start], run[start:end]


def plausible_name(name: list[Word]) -> bool:
    """Reject forms that cannot be a personal name: stop words, digits, all-caps words, one letter."""
    if not name or len(name) > 6:
        return False
    particles = titles().particles
    if len(name) > 1 and len(name[0].text) >= 3 and name[0].text.isupper():
        return False  # `USS Gerald R. Ford`, `NATO Secretary`: an acronym leads, no personal name does
    for w in name:
        if w.text in particles:
            continue
        if any(ch.isdigit() for ch in w.text) or DEGREE.match(w.text):
            return False
        if (len(w.text) > 3 or len(name) == 1) and w.text.isupper():
            return False
    return not (len(name) == 1 and len(name[0].text.rstrip(".")) < 2)


def text_of(name: list[Word]) -> str:
    """The name as written, whitespace collapsed."""
    return " ".join(w.text for w in name)


def bare(word: str) -> str:
    """A name word without its article prefix and diacritics: al-Jubeir -> Jubeir, Çavuşoğlu -> Cavusoglu."""
    word = HYPHEN_ARTICLE.sub("", word) if "-" in word else word
    return word if word.isascii() else fold(word)


@cache
def fold(word: str) -> str:
    """Drop diacritics (NFKD without combining marks; dotless i, ø, ł, ß spelled out)."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
    return plain.translate(FOLD_EXTRA)


@lru_cache(maxsize=65536)
def similar(a: str, b: str) -> bool:
    """Spelling variants of one name word (same initial, rapidfuzz ratio >= FUZZY_MIN), diacritics ignored."""
    a, b = bare(a), bare(b)
    if a.lower() == b.lower():  # `Van Dijk` at a sentence start, `van Dijk` inside one
        return True
    if a[:1].lower() != b[:1].lower() or min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 2:
        return False
    return fuzz.ratio(a.lower(), b.lower()) >= FUZZY_MIN
