"""The query language: parsed once, translated safely; anything else is a QuerySyntaxError."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas.search import Query
from storage import QuerySyntaxError
from storage.fulltext import fts5_match
from storage.querylang import Term, parse_query

PIECES = st.sampled_from(['"', "OR", "-", "*", "(", ")", ":", "title:", "NEAR", "AND", "NOT", "'", ";", "--",
                          "raisi", "sanctions", "é", "核", "\x00", " ", "^", "{", "}", "+", "\\"])
HOSTILE = st.lists(PIECES, max_size=12).map(" ".join) | st.text(max_size=40)


def test_structure():
    parsed = parse_query('"nuclear deal" OR sanc* iran -trump')
    assert parsed.groups == ((Term(("nuclear", "deal")), Term(("sanc",), prefix=True)), (Term(("iran",)),))
    assert parsed.excluded == (Term(("trump",)),)


def test_fts5_string_quotes_every_term():
    assert fts5_match(parse_query('title:x OR NEAR -"a b"* y')) == '(("title x" OR "near") AND ("y")) NOT "a b"*'


@given(HOSTILE)
def test_any_string_parses_or_raises_query_syntax_error(q):
    try:
        parse_query(q)
    except QuerySyntaxError as exc:
        assert str(exc)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=HOSTILE)
def test_engines_never_raise_anything_else(loaded, q):
    try:
        loaded.search_articles(Query(q=q), facets=True)
        loaded.search_quotes(Query(q=q))
    except QuerySyntaxError:
        pass


def test_too_long_is_refused():
    with pytest.raises(QuerySyntaxError, match="too long"):
        parse_query("a " * 400)
