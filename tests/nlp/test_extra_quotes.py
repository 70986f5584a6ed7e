"""Our own short articles (wire, ministry readout, newspaper), written apart from the samples, parsed end to end."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from parsers.pipeline import parse_bytes

EXTRA = Path(__file__).resolve().parents[2] / "fixtures" / "extra_quotes"
ARTICLES = sorted(EXTRA.glob("*.txt"))


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def same_speaker(got: str | None, want: str | None, people: list[dict]) -> bool:
    """Name or alias match, as the shared scorer counts a speaker (a title around the full name is fine)."""
    if got is None or want is None:
        return got is want
    person = next((p for p in people if p["name"] == want), {"name": want, "aliases": []})
    keys = {_norm(k) for k in (person["name"], *person["aliases"])}
    return _norm(got) in keys or f" {_norm(want)} " in f" {_norm(got)} "


@pytest.fixture(scope="module", params=ARTICLES, ids=[p.stem for p in ARTICLES])
def case(request):
    path: Path = request.param
    return parse_bytes(path.read_bytes(), path.name), json.loads(path.with_suffix(".json").read_text("utf-8"))


def test_direct_quotes_are_exactly_the_expected_spans(case):
    record, expected = case
    got = sorted((q.part, q.text) for q in record.quotes if q.kind == "direct")
    assert got == sorted((q["part"], q["text"]) for q in expected["direct"])


def test_direct_quote_speakers(case):
    record, expected = case
    by_text = {(q.part, q.text): q for q in record.quotes if q.kind == "direct"}
    wrong = [(q["text"], by_text[(q["part"], q["text"])].speaker, q["speaker"]) for q in expected["direct"]
             if (q["part"], q["text"]) in by_text and not same_speaker(
                 getattr(by_text[(q["part"], q["text"])].speaker, "name", None), q["speaker"], expected["people"])]
    assert wrong == []


def test_names_and_terms_are_not_quotes(case):
    record, expected = case
    texts = {q.text for q in record.quotes if q.kind == "direct"}
    assert texts.isdisjoint(expected["not_quotes"])


def test_indirect_quotes_are_found(case):
    record, expected = case
    texts = [_norm(q.text) for q in record.quotes if q.kind == "indirect"]
    missing = [q["text"] for q in expected["indirect"]
               if not any(_norm(q["text"]) in t or (len(t) > 20 and t in _norm(q["text"])) for t in texts)]
    assert missing == []


def test_spans_index_their_part(case):
    record, _ = case
    fields = {"title": record.title, "subtitle": record.subtitle, "body": record.body}
    for q in record.quotes:
        assert fields[q.part][q.span[0]:q.span[1]] == q.text
