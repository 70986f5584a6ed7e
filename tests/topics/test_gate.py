"""Top-level topic F1 on the shared seeds and dev set stays above its floor (skipped without ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers.decode import decode
from parsers.page import read_page
from parsers.settings import ParserSettings
from parsers.topics import classify

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SETS = {
    "seeds": (SHARED / "seeds", SHARED / "gold", 0.80),
    "dev": (SHARED / "dev" / "articles", SHARED / "dev" / "gold", 0.85),
}


def _top_level_f1(index, nlp, articles: Path, gold: Path) -> float:
    """Top-level set F1 over all articles, as /work/shared/tools/score.py computes it."""
    tp = n_pred = n_gold = 0
    for path in sorted(articles.glob("*.txt")):
        expected = json.loads((gold / f"{path.stem}.json").read_text(encoding="utf-8"))
        gold_tops = {index.top(t if isinstance(t, str) else t["code"]) for t in expected["topics"]}
        page = read_page(decode(path.read_bytes(), max_bytes=ParserSettings().max_bytes))
        pred_tops = {index.top(t.code) for t in classify(page.title, page.body, nlp(page.body))}
        tp += len(gold_tops & pred_tops)
        n_pred += len(pred_tops)
        n_gold += len(gold_tops)
    precision, recall = tp / max(n_pred, 1), tp / max(n_gold, 1)
    return 2 * precision * recall / (precision + recall) if tp else 0.0


@pytest.mark.parametrize("name", sorted(SETS))
def test_topic_f1_floor(index, nlp, name):
    articles, gold, floor = SETS[name]
    if not gold.is_dir():
        pytest.skip(f"{gold} is not available")
    assert _top_level_f1(index, nlp, articles, gold) >= floor
