"""Quality gate on the shared seeds and dev set: header metrics of the page stage never fall below their floors."""

from __future__ import annotations

from pathlib import Path

import pytest

HEADER_METRICS = ("title_acc", "outlet_acc", "credited_source_acc", "published_acc")
# Floors are the level reached; raise them when the parser improves, never lower them.
DEV_FLOORS = {"title_acc": 1.0, "outlet_acc": 1.0, "credited_source_acc": 1.0, "published_acc": 1.0}


@pytest.mark.parametrize(("articles", "gold", "floors"), [
    ("seeds", "gold", dict.fromkeys(HEADER_METRICS, 1.0)),
    ("dev/articles", "dev/gold", DEV_FLOORS),
])
def test_header_metrics_hold_their_floors(score_pages, shared_dir: Path, tmp_path: Path, articles, gold, floors):
    result = score_pages(sorted((shared_dir / articles).glob("*.txt")), shared_dir / gold, tmp_path / "pred.jsonl")
    metrics = result["metrics"]
    header_misses = [m for m in result["misses"] if any(f": {f} " in m for f in ("title", "outlet",
                                                                                   "credited_source", "published"))]
    assert metrics["parsed"] == 1.0
    for name, floor in floors.items():
        assert metrics[name] >= floor, f"{name} {metrics[name]:.3f} < {floor}: {header_misses}"
