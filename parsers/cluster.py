"""Group person mentions into people: full names, surname-only forms and transliteration variants."""

from __future__ import annotations

from dataclasses import dataclass, field

from parsers.lexicon import titles
from parsers.mentions import Mention
from parsers.names import bare, similar


@dataclass
class Person:
    """One person: every mention of them, in text order."""

    mentions: list[Mention] = field(default_factory=list)

    @property
    def forms(self) -> list[str]:
        seen: dict[str, None] = {}
        for m in sorted(self.mentions, key=lambda m: m.start):
            seen.setdefault(m.form, None)
        return list(seen)

    @property
    def name(self) -> str:
        """The fullest form: most words, then most used, then first."""
        counts = {f: sum(m.form == f for m in self.mentions) for f in self.forms}
        return max(self.forms, key=lambda f: (len(f.split()), counts[f], -self.forms.index(f)))

    @property
    def tokens(self) -> list[list[str]]:
        return [f.split() for f in self.forms if len(f.split()) > 1]


def _key_positions(tokens: list[str]) -> list[int]:
    """Indexes of name words a single-word mention may stand for (not particles, not a father's name)."""
    t = titles()
    out = []
    for i, tok in enumerate(tokens):
        if tok in t.particles or (i > 0 and tokens[i - 1] in t.patronymic):
            continue
        out.append(i)
    return out


def same_full(a: list[str], b: list[str]) -> bool:
    """Two multi-word forms of one name: word-by-word variants, or one is a run of the other's words."""
    if len(a) == len(b):
        return all(similar(x, y) for x, y in zip(a, b, strict=True))
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    n = len(short)
    for i in range(len(long_) - n + 1):
        window = long_[i:i + n]
        if all(similar(x, y) for x, y in zip(short, window, strict=True)) and (i == 0 or i + n == len(long_)):
            return True
    return False


def _single_score(word: str, person: Person) -> int:
    """How well one word names `person`: 4 exact surname, 3 exact other word, 2/1 fuzzy, 0 none."""
    best = 0
    for toks in person.tokens:
        for i in _key_positions(toks):
            last = i == len(toks) - 1
            if bare(toks[i]) == bare(word):
                best = max(best, 4 if last else 3)
            elif similar(toks[i], word):
                best = max(best, 2 if last else 1)
    return best


def cluster(mentions: list[Mention]) -> tuple[list[Person], list[str]]:
    """Group mentions into people; warn when a short form fits several people equally."""
    people: list[Person] = []
    warnings: list[str] = []
    ordered = sorted(mentions, key=lambda m: (-len(m.name), m.start))
    singles = [m for m in ordered if len(m.name) == 1]
    for m in (m for m in ordered if len(m.name) > 1):
        toks = m.form.split()
        home = next((p for p in people if any(same_full(toks, t) for t in p.tokens)), None)
        if home is None:
            home = Person()
            people.append(home)
        home.mentions.append(m)
    for m in sorted(singles, key=lambda m: m.start):
        _place_single(m, people, warnings)
    return people, warnings


def _place_single(m: Mention, people: list[Person], warnings: list[str]) -> None:
    scored = [(s, p) for p in people if (s := _single_score(m.form, p)) > 0]
    if not scored:
        home = next((p for p in people if not p.tokens and any(similar(f, m.form) for f in p.forms)), None)
        if home is None:
            home = Person()
            people.append(home)
        home.mentions.append(m)
        return
    top = max(s for s, _ in scored)
    best = [p for s, p in scored if s == top]
    if len(best) > 1:
        names = " / ".join(p.name for p in best)
        warning = f"ambiguous alias {m.form!r}: {names}"
        if warning not in warnings:
            warnings.append(warning)
        best.sort(key=lambda p: _prominence(p, m.start), reverse=True)
    best[0].mentions.append(m)


def _prominence(p: Person, pos: int) -> tuple[bool, int, int]:
    """Who a shared surname stands for: not the one introduced as `no relation`, then the person named more
    often so far (a writer names the other one in full each time), then the one named last."""
    before = [x.start for x in p.mentions if x.start < pos]
    return not any(x.unrelated for x in p.mentions), len(before), max(before, default=-1)
