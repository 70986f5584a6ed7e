"""Quote floors on the shared seeds and dev set, scored by ../shared/tools/score.py (skipped without it)."""

from __future__ import annotations

import pytest

FLOORS = {
    "seeds": {"quote_f1": 0.95, "speaker_acc": 0.95, "indirect_r": 0.75},
    "dev": {"quote_f1": 0.90, "speaker_acc": 0.90, "indirect_r": 0.75},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_quote_scores_stay_above_their_floors(set_metrics, name: str):
    metrics = set_metrics(name)
    assert {k: round(metrics[k], 3) for k, floor in FLOORS[name].items() if metrics[k] < floor} == {}
