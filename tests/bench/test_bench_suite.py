"""The benchmark suite's plumbing (no timings): ratios, the Markdown table and the command line."""

from __future__ import annotations

import pytest

from bench import __main__ as cli
from bench import suite


def test_row_ratio_is_value_over_reference():
    r = suite.row("http", "req/s", 80.0, "req/s", "flask", 100.0, "≥ 0.8")
    assert r["ratio"] == 0.8 and suite.row("x", "y", 1.0, "u", "none", 0, "-")["ratio"] is None


def test_search_rows_compare_with_raw_sql_and_the_ceiling():
    search = {"n": 100, "term": {"p50_ms": 4.0, "p99_ms": 50.0, "raw": {"p50_ms": 2.0, "p99_ms": 25.0}}}
    rows = suite.ingest_search_rows({"sqlite": {"ingest": [], "search": search}})
    assert [r["ratio"] for r in rows] == [2.0, 2.0, 0.5]


def test_markdown_names_the_machine_and_every_row():
    report = {"mode": "quick", "started": "t", "seconds": 1.0, "load_start": [1.0, 1.0, 1.0],
              "load_end": [2.0, 1.0, 1.0], "rows": [suite.row("parse", "files/s", 10.0, "files/s", "ref", 5.0, "≥ 1")],
              "machine": {"cores": 2, "ram_gb": 4.0, "cpu": "CPU X", "os": "os", "python": "3.11",
                          "sqlite": "3.40", "postgresql": None}}
    text = cli.markdown(report)
    assert "2 cores" in text and "CPU X" in text and "not run" in text and "| parse | files/s | 10.0 |" in text
    assert "| 2.00 |" in text


def test_only_rejects_unknown_stages():
    assert cli._args(["--only", "parse,http"]).stages == ["parse", "http"]
    with pytest.raises(SystemExit):
        cli._args(["--only", "parse,nope"])
