"""Fixtures for the quote tests: the spaCy model, a quote runner, and the shared scorer."""

from __future__ import annotations

import runpy
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from parsers.nlp import load_model
from parsers.pipeline import RawInput, parse_batch
from parsers.quotes import extract_quotes
from parsers.settings import ParserSettings
from schemas import Participant, Quote

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "tools" / "score.py"


@pytest.fixture(scope="session")
def nlp():
    return load_model(ParserSettings().model)


@pytest.fixture(scope="session")
def quotes(nlp) -> Callable[..., list[Quote]]:
    """Run the quote stage on a body (and optional title/subtitle) with the given participants."""

    class _Page:
        def __init__(self, title: str | None, subtitle: str | None):
            self.title, self.subtitle = title, subtitle

    def run(body: str, participants: list[Participant], title: str | None = None,
            subtitle: str | None = None) -> list[Quote]:
        found, _ = extract_quotes(nlp(body), participants, _Page(title, subtitle), nlp)
        return found

    return run


@pytest.fixture(scope="session")
def score_fn() -> Callable[[Path, Path], dict]:
    """../shared/tools/score.py's score(); tests that need it skip when ../shared is absent."""
    if not SCORE.exists():
        pytest.skip("../shared/tools/score.py is not beside this checkout")
    return runpy.run_path(str(SCORE))["score"]


SETS = {"seeds": (SHARED / "seeds", SHARED / "gold"), "dev": (SHARED / "dev" / "articles", SHARED / "dev" / "gold")}


@pytest.fixture(scope="session")
def set_metrics(score_fn, tmp_path_factory) -> Callable[[str], dict]:
    """score.py metrics of the whole pipeline on a shared set ("seeds" or "dev"), parsed once per session."""

    @cache
    def run(name: str) -> dict:
        articles, gold = SETS[name]
        if not gold.is_dir():
            pytest.skip(f"{gold} is not available")
        items = [RawInput(p.name, p.read_bytes()) for p in sorted(articles.glob("*.txt"))]
        pred = tmp_path_factory.mktemp(name) / "pred.jsonl"
        pred.write_text("".join(r.model_dump_json() + "\n" for r in parse_batch(items)), encoding="utf-8")
        return score_fn(gold, pred)["metrics"]

    return run
