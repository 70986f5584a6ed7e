"""Word lists for participants (countries, titles, organizations), loaded once from parsers/data."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

MEMO_MAX = 200_000
LEADING_THE = re.compile(r"^[Tt]he\s+")
POSSESSIVE_END = re.compile(r"[’']s$")
DATA = Path(__file__).resolve().parent / "data"


def _load(name: str) -> dict | list:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def _alternation(forms: list[str]) -> re.Pattern[str]:
    """A case-sensitive whole-word pattern for `forms`, longest first so long forms win."""
    body = "|".join(re.escape(f).replace("\\ ", r"\s+") for f in sorted(set(forms), key=len, reverse=True))
    return re.compile(rf"(?=[A-Z\u00C0-\u00DE])(?<![\w.])(?:{body})(?![\w]|\.\w)")  # every form is capitalized


@dataclass(frozen=True)
class Countries:
    """Country forms mapped to one canonical English short name."""

    by_form: dict[str, str]  # name, official forms, aliases ("the" dropped) -> canonical
    by_demonym: dict[str, str]
    by_capital: dict[str, str]
    with_article: frozenset[str]  # names written with `the` in running text (the United States)
    pattern: re.Pattern[str]  # names + official forms + aliases + demonyms
    capital_possessive: re.Pattern[str]  # `Moscow's` at the start of a phrase
    capital_pattern: re.Pattern[str]  # any capital, whole word
    memo: dict[str, str | None] = field(default_factory=dict)  # lookup results, filled as asked

    def lookup(self, text: str) -> str | None:
        """Return the country a name, official form or demonym stands for."""
        if text not in self.memo:
            if len(self.memo) > MEMO_MAX:  # a long-running worker sees ever new words: keep memory bounded
                self.memo.clear()
            bare = POSSESSIVE_END.sub("", LEADING_THE.sub("", text.strip()))
            self.memo[text] = self.by_form.get(bare) or self.by_demonym.get(bare)
        return self.memo[text]


@dataclass(frozen=True)
class Titles:
    """Honorifics, offices and role words; words that never form a personal name."""

    honorifics: frozenset[str]
    offices: frozenset[str]
    offices_lower: frozenset[str]
    ranks: frozenset[str]
    abbreviations: dict[str, str]  # `Sen.` -> `Senator`
    surname_titles: frozenset[str]  # `King` of `Stephen King`
    org_nouns: frozenset[str]  # `the group X`: X is no person
    place_prepositions: frozenset[str]  # `in X`: a lone untitled X is a place
    foreign_articles: frozenset[str]  # `El`, `Le`, `Die`: a name starting so is a publication's title
    occupations: frozenset[str]  # role nouns of appositions (`a political analyst`), never stripped from names
    title_words_lower: frozenset[str]  # every word of every office, honorific and rank, lowercased
    role_words: frozenset[str]
    particles: frozenset[str]
    patronymic: frozenset[str]
    not_name: frozenset[str]
    agent_verbs: frozenset[str]
    max_words: int
    relation_nouns: frozenset[str] = frozenset()  # `his counterpart, X Y`: a person follows, no role is given
    name_starts: frozenset[str] = frozenset()  # `Park Ji-hoon`: a furniture word that may begin a person's name

    def is_title(self, phrase: str) -> bool:
        """True for an honorific or an office, in any letter case (`crown prince`, `Minister`)."""
        p = phrase.rstrip(",")
        return p in self.honorifics or p in self.offices or p.lower() in self.offices_lower or p in self.ranks


@dataclass(frozen=True)
class Organizations:
    """Known international organizations and names that are not participants (platforms)."""

    canonical: dict[str, str]  # any form -> canonical name
    context_short: dict[str, str]  # e.g. Shanghai -> Shanghai Cooperation Organization
    platforms: frozenset[str]
    agencies: frozenset[str]
    furniture: frozenset[str]  # words that start page furniture, never an organization (`Photo`, `Analysis`)
    pattern: re.Pattern[str]


@cache
def countries() -> Countries:
    """Load countries.json into lookup tables."""
    by_form: dict[str, str] = {}
    by_demonym: dict[str, str] = {}
    by_capital: dict[str, str] = {}
    for row in _load("countries.json"):
        for form in [row["name"], *row["official"], *row["aliases"]]:
            by_form.setdefault(form, row["name"])
        for dem in row["demonyms"]:
            by_demonym.setdefault(dem, row["name"])
        for cap in row["capitals"]:
            by_capital.setdefault(cap, row["name"])
    forms = [*by_form, *by_demonym]
    article = frozenset(r["name"] for r in _load("countries.json") if r.get("the"))
    caps = "|".join(re.escape(c) for c in sorted(by_capital, key=len, reverse=True))
    return Countries(by_form, by_demonym, by_capital, article, _alternation(forms),
                     re.compile(rf"^({caps})[’']s\b"), _alternation(list(by_capital)))


def display(country: str) -> str:
    """The name as running text writes it after `of` (`the United States`, `Iran`)."""
    return f"the {country}" if country in countries().with_article else country


@cache
def titles() -> Titles:
    """Load titles.json."""
    d = _load("titles.json")
    offices = frozenset(d["offices"])
    words = max(len(t.split()) for t in [*d["honorifics"], *d["offices"], *d["ranks"]])
    return Titles(
        honorifics=frozenset(d["honorifics"]),
        offices=offices,
        offices_lower=frozenset(o.lower() for o in offices if not o.isupper()),
        ranks=frozenset(d["ranks"]),
        occupations=frozenset(d["occupations"]),
        foreign_articles=frozenset(d["foreign_articles"]),
        abbreviations=dict(d["abbreviations"]),
        surname_titles=frozenset(d["surname_titles"]),
        org_nouns=frozenset(d["org_nouns"]),
        place_prepositions=frozenset(d["place_prepositions"]),
        title_words_lower=frozenset(w.lower() for t in [*d["offices"], *d["honorifics"], *d["ranks"]]
                                    for w in t.split() if not t.isupper()),
        role_words=frozenset(d["role_words"]),
        particles=frozenset(d["particles"]),
        patronymic=frozenset(d["patronymic"]),
        not_name=frozenset(d["not_name"]),
        agent_verbs=frozenset(d["agent_verbs"]),
        max_words=words,
        relation_nouns=frozenset(d.get("relation_nouns", ())),
        name_starts=frozenset(d.get("name_starts", ())),
    )


@cache
def organizations() -> Organizations:
    """Load organizations.json."""
    d = _load("organizations.json")
    canonical: dict[str, str] = {}
    short: dict[str, str] = {}
    for row in d["organizations"]:
        for form in [row["name"], *row["aliases"]]:
            canonical.setdefault(form, row["name"])
        for form in row.get("context_short", []):
            short[form] = row["name"]
    return Organizations(
        canonical=canonical,
        context_short=short,
        platforms=frozenset(d["platforms"]),
        agencies=frozenset(d["news_agencies"]),
        furniture=frozenset(d["furniture_words"]),
        pattern=_alternation(list(canonical)),
    )
