"""Golden records: the full record for each fixture article equals fixtures/expected/<stem>.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers import RawInput, Rejected, parse_batch

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
REGEN = "make golden (scripts/regen_golden.py), then review git diff fixtures/expected"


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    """Every fixture article parsed in one batch, as JSON-ready dicts keyed by stem (named as regen names them)."""
    inputs = [RawInput(f"fixtures/articles/{p.name}", p.read_bytes()) for p in ARTICLES]
    out = {}
    for path, record in zip(ARTICLES, parse_batch(inputs), strict=True):
        assert not isinstance(record, Rejected), record
        out[path.stem] = record.model_dump(mode="json")
    return out


def test_every_fixture_article_has_an_expected_record():
    assert ARTICLES and all((ROOT / "fixtures" / "expected" / f"{p.stem}.json").exists() for p in ARTICLES), REGEN


@pytest.mark.parametrize("stem", [p.stem for p in ARTICLES])
def test_record_equals_golden(records, stem):
    expected = json.loads((ROOT / "fixtures" / "expected" / f"{stem}.json").read_text(encoding="utf-8"))
    got = records[stem]
    changed = sorted(k for k in expected.keys() | got.keys() if expected.get(k) != got.get(k))
    assert got == expected, f"{stem}: fields differ: {changed}; if intended: {REGEN}"
