"""Run each benchmark and flatten its figures into rows: value, the reference measured in the same run, ratio.

A row's `ratio` is always value / reference; `goal` says which way is good and where the line is.
"""

from __future__ import annotations

import os
from pathlib import Path

from bench import http_load, ingest_search, parse_nlp, parse_stage
from storage import Store

OUT = Path(__file__).resolve().parent / "out"
CEILING_P99_MS = 100.0


def row(stage: str, figure: str, value: float, unit: str, reference: str, ref_value: float, goal: str) -> dict:
    """One table line; the ratio is value / reference."""
    ratio = round(value / ref_value, 3) if ref_value else None
    return {"stage": stage, "figure": figure, "value": value, "unit": unit, "reference": reference,
            "ref_value": ref_value, "ratio": ratio, "goal": goal}


def parse(quick: bool) -> tuple[dict, list[dict]]:
    """Decode+page files/s and parse_batch vs bare nlp.pipe on 1 and on all cores."""
    data = parse_stage.corpus()
    parse_stage.run(data, 1)
    repeat = 5 if quick else 20
    page_s = parse_stage.run(data, repeat)
    nlp = parse_nlp.run(quick=quick, processes=sorted({1, os.cpu_count() or 1}))
    rows = []
    first = nlp["runs"][0]
    page_fps = round(len(data) * repeat / page_s, 1)
    rows.append(row("parse", "decode+page files/s", page_fps, "files/s", "bare nlp.pipe articles/s (1 proc)",
                    first["bare"]["articles_per_s"], "≥ 10 (not the bottleneck)"))
    for r in nlp["runs"]:
        n = r["n_process"]
        for key, unit in (("articles_per_s", "articles/s"), ("words_per_s", "words/s")):
            rows.append(row("parse", f"parse_batch {unit}, {n} proc", r["full"][key], unit,
                            f"bare nlp.pipe, {n} proc", r["bare"][key], f"≥ {1 - nlp['target_overhead']:.2f}"))
        rows.append(row("parse", f"parse_batch peak RSS, {n} proc", r["full"]["peak_rss_mb"], "MB",
                        f"bare nlp.pipe, {n} proc", r["bare"]["peak_rss_mb"], "≤ 1.2"))
    return {"page_stage_seconds": page_s, "page_files": len(data) * repeat, **nlp}, rows


def _search_rows(engine: str, search: dict) -> list[dict]:
    rows = []
    n = search.get("n")
    for name, r in search.items():
        if not isinstance(r, dict):
            continue
        for pct in ("p50_ms", "p99_ms"):
            rows.append(row("search", f"{engine} {name} {pct[:3]} @{n}", r[pct], "ms", f"raw engine SQL {pct[:3]}",
                            r["raw"][pct], "≤ 2"))
        rows.append(row("search", f"{engine} {name} p99 @{n} (ceiling)", r["p99_ms"], "ms", "p99 ceiling",
                        CEILING_P99_MS, "≤ 1"))
    return rows


def ingest_search_rows(result: dict) -> list[dict]:
    """Ingest flatness (last size vs first), search latency vs raw SQL, full-parse ingest vs parse alone."""
    rows = []
    for engine in ("sqlite", "postgresql"):
        if engine not in result:
            continue
        ing = result[engine]["ingest"]
        if len(ing) > 1:
            first, last = ing[0], ing[-1]
            rows.append(row("ingest", f"{engine} records/s @{last['n']}", last["records_per_s"], "records/s",
                            f"same @{first['n']}", first["records_per_s"], "≥ 0.8 (flat)"))
            rows.append(row("ingest", f"{engine} peak RSS @{last['n']}", last["peak_rss_mb"], "MB",
                            f"same @{first['n']}", first["peak_rss_mb"], "≤ 1.2 (flat)"))
        rows += _search_rows(engine, result[engine]["search"])
    for fp in result.get("full_parse", []):
        rows.append(row("ingest", f"newsdesk ingest files/s, {fp['jobs']} jobs", fp["files_per_s"], "files/s",
                        "newsdesk parse, same files, 1 proc", fp.get("parse_files_per_s", 0), "≥ 0.8"))
    return rows


def ingest_and_search(quick: bool, postgres: str | None, reuse: bool) -> dict:
    """ingest_search.run, or with --reuse only the search figures on a cached SQLite corpus of the full size."""
    size = 3000 if quick else 100_000
    cached = OUT / f"sqlite-{size}.db"
    if not reuse:
        return ingest_search.run(quick, postgres)
    if not cached.exists():
        cached.parent.mkdir(parents=True, exist_ok=True)
        store = Store.open(f"sqlite:///{cached}")
        done = 0
        for n in ([1000, size] if quick else [10_000, size]):
            ingest_search.ingest_records_more(store, done, n)
            done = n
        store.close()
    store = Store.open(f"sqlite:///{cached}")
    try:
        return {"sqlite": {"ingest": [], "search": {"n": size, **ingest_search.search_latency(store, "sqlite")}}}
    finally:
        store.close()


def http(quick: bool) -> tuple[dict, list[dict]]:
    """req/s and p99 per endpoint vs the minimal Flask app under the same gunicorn settings."""
    result = http_load.run(quick=quick)
    rows = []
    for name, r in result["endpoints"].items():
        rows.append(row("http", f"{name} req/s", r["api"]["rps"], "req/s", "minimal Flask, same body",
                        r["flask"]["rps"], "≥ 0.8"))
        rows.append(row("http", f"{name} p99", r["api"]["p99_ms"], "ms", "minimal Flask, same body",
                        r["flask"]["p99_ms"], "≤ 2"))
    return result, rows

