"""Fixtures for the parsing stage: the shared scorer, run over page-stage records."""

from __future__ import annotations

import json
import runpy
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from parse_helpers import page_record

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "tools" / "score.py"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout (dev set, seeds, gold); tests that need it skip without it."""
    if not SCORE.exists():
        pytest.skip("../shared/tools/score.py is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def score_pages(shared_dir: Path) -> Callable[[Iterable[Path], Path, Path], dict]:
    """Score page-stage records of `paths` against a gold folder with ../shared/tools/score.py."""
    score = runpy.run_path(str(SCORE))["score"]

    def run(paths: Iterable[Path], gold: Path, out: Path) -> dict:
        out.write_text("".join(json.dumps(page_record(p)) + "\n" for p in paths), encoding="utf-8")
        return score(gold, out)

    return run
