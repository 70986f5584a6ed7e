"""The user query language, parsed once into a small AST that each engine translates safely.

Syntax: words (all must match), "exact phrases", `a OR b` (binds the neighbouring terms),
`-word` / `-"phrase"` to exclude, and `word*` for a prefix. Every other character is
punctuation: it separates words and never reaches the engine as syntax. Very common words
(`the`, `and`) on their own are ignored, as PostgreSQL's English configuration does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from storage.errors import QuerySyntaxError

MAX_QUERY_CHARS = 500
MAX_TERMS = 32
TOKEN = re.compile(r'(-?)"([^"]*)"(\*?)|(\S+)')
WORD = re.compile(r"[^\W_]+")
STOPWORDS = frozenset(json.loads((Path(__file__).parent / "data" / "stopwords.json").read_text())["words"])


@dataclass(frozen=True)
class Term:
    """One word or phrase; `prefix` makes its last word match any longer word."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class SearchQuery:
    """All `groups` must match (each group: any of its terms); no `excluded` term may match."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...]


def _term(text: str, star: bool) -> Term | None:
    """A Term, or None for punctuation only or a lone common word (PostgreSQL would ignore it anyway)."""
    words = tuple(w.casefold() for w in WORD.findall(text))
    if not words or (len(words) == 1 and not star and words[0] in STOPWORDS):
        return None
    return Term(words, prefix=star)


def _lex(q: str) -> list[tuple[str, Term | None, bool]]:
    """Split into ("or", None, False) and ("term", Term|None, negated) tokens."""
    if q.count('"') % 2:
        raise QuerySyntaxError('Unbalanced quote: close every "phrase" with a second double quote.')
    tokens: list[tuple[str, Term | None, bool]] = []
    for match in TOKEN.finditer(q):
        neg, phrase, star, bare = match.groups()
        if bare is None:
            tokens.append(("term", _term(phrase, bool(star)), bool(neg)))
        elif bare == "OR":
            tokens.append(("or", None, False))
        else:
            negated = bare.startswith("-") and len(bare) > 1
            body = bare[1:] if negated else bare
            tokens.append(("term", _term(body.rstrip("*"), body.endswith("*")), negated))
    return tokens


def _lone_or() -> QuerySyntaxError:
    return QuerySyntaxError(
        "OR needs a word or phrase on both sides; it cannot join an -excluded term or a very common word like 'the'."
    )


def parse_query(q: str) -> SearchQuery:
    """Parse `q` into a SearchQuery, or raise QuerySyntaxError saying what to fix."""
    if len(q) > MAX_QUERY_CHARS:
        raise QuerySyntaxError(f"Query too long: at most {MAX_QUERY_CHARS} characters.")
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = False
    for kind, term, negated in _lex(q):
        if kind == "or":
            if pending_or or not groups or not groups[-1]:
                raise _lone_or()
            pending_or = True
        elif term is None:
            continue
        elif negated:
            if pending_or:
                raise _lone_or()
            excluded.append(term)
            groups.append([])
        elif pending_or:
            groups[-1].append(term)
            pending_or = False
        else:
            groups.append([term])
    if pending_or:
        raise _lone_or()
    positive = tuple(tuple(g) for g in groups if g)
    if not positive:
        raise QuerySyntaxError(
            "Nothing to search for: give at least one word or phrase that is not excluded or a very common word."
        )
    if sum(len(g) for g in positive) + len(excluded) > MAX_TERMS:
        raise QuerySyntaxError(f"Too many terms: at most {MAX_TERMS}.")
    return SearchQuery(positive, tuple(excluded))
