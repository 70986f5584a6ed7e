# ruff: noqa: E501  (raw SQL reference queries read best on one line)
"""Ingest throughput, peak memory and search latency for the Store (prints numbers; asserts nothing).

Record ingest feeds synthetic ArticleRecord objects straight to Store.add_many (spaCy skipped);
full-parse ingest runs `newsdesk ingest` on synthetic files at a smaller N. Search latency is the
Store call versus the same query written by hand in the engine's SQL, as a ratio.
Usage: python bench/ingest_search.py [--quick] [--postgres URL]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psutil
import sqlalchemy as sa

from schemas.search import Query
from storage import Store


def _load_synth():
    """bench/synth.py by path: bench/ on sys.path could let its module names shadow others."""
    spec = importlib.util.spec_from_file_location("bench_synth", Path(__file__).resolve().parent / "synth.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


synth = _load_synth()

BATCH = 500
RUNS = 30
QUERIES = {
    "term": (Query(q="sanctions"), False),
    "phrase": (Query(q='"strategic partnership"'), False),
    "filter": (Query(outlet="Press TV"), False),
    "term+dates": (Query(q="security", published_from="2023-06-01", published_to="2023-12-31"), False),
    "facets": (Query(q="iran"), True),
}
RAW = {
    "sqlite": {
        "term": "SELECT f.rowid FROM article_fts f WHERE article_fts MATCH '\"sanctions\"' ORDER BY bm25(article_fts) LIMIT 20",
        "phrase": "SELECT f.rowid FROM article_fts f WHERE article_fts MATCH '\"strategic partnership\"' ORDER BY bm25(article_fts) LIMIT 20",
        "filter": "SELECT a.pk FROM articles a JOIN sources s ON s.pk = a.outlet_pk WHERE s.norm = 'press tv' ORDER BY a.published_day DESC LIMIT 20",
        "term+dates": "SELECT a.pk FROM article_fts f JOIN articles a ON a.pk = f.rowid WHERE article_fts MATCH '\"security\"' AND a.published_day BETWEEN '2023-06-01' AND '2023-12-31' ORDER BY bm25(article_fts) LIMIT 20",
        "facets": "SELECT t.code, count(*) FROM article_topics t WHERE t.article_pk IN (SELECT rowid FROM article_fts WHERE article_fts MATCH '\"iran\"') GROUP BY t.code",
    },
    "postgresql": {
        "term": "SELECT pk FROM articles WHERE search_vector @@ plainto_tsquery('english','sanctions') ORDER BY ts_rank(search_vector, plainto_tsquery('english','sanctions')) DESC LIMIT 20",
        "phrase": "SELECT pk FROM articles WHERE search_vector @@ phraseto_tsquery('english','strategic partnership') ORDER BY ts_rank(search_vector, phraseto_tsquery('english','strategic partnership')) DESC LIMIT 20",
        "filter": "SELECT a.pk FROM articles a JOIN sources s ON s.pk = a.outlet_pk WHERE s.norm = 'press tv' ORDER BY a.published_day DESC LIMIT 20",
        "term+dates": "SELECT pk FROM articles WHERE search_vector @@ plainto_tsquery('english','security') AND published_day BETWEEN '2023-06-01' AND '2023-12-31' ORDER BY ts_rank(search_vector, plainto_tsquery('english','security')) DESC LIMIT 20",
        "facets": "SELECT t.code, count(*) FROM article_topics t WHERE t.article_pk IN (SELECT pk FROM articles WHERE search_vector @@ plainto_tsquery('english','iran')) GROUP BY t.code",
    },
}


def _timed(fn) -> list[float]:
    fn()
    out = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def _raw(conn: sa.Connection, sql: str) -> None:
    """The hand-written query: its page, plus the total the Store also reports."""
    conn.exec_driver_sql(sql).all()
    if "LIMIT 20" in sql:
        conn.exec_driver_sql(f"SELECT count(*) FROM ({sql.replace(' LIMIT 20', '')}) AS t").scalar()


def _pct(samples: list[float]) -> dict:
    cuts = statistics.quantiles(samples, n=100)
    return {"p50_ms": round(cuts[49], 2), "p99_ms": round(cuts[98], 2)}


def search_latency(store: Store, dialect: str) -> dict:
    results = {}
    with store.engine.connect() as conn:
        for name, (query, facets) in QUERIES.items():
            ours = _timed(lambda q=query, f=facets: store.search_articles(q, facets=f))
            raw = _timed(lambda s=RAW[dialect][name]: _raw(conn, s))
            results[name] = {**_pct(ours), "raw": _pct(raw), "ratio_p50": round(_pct(ours)["p50_ms"] / max(_pct(raw)["p50_ms"], 1e-3), 1)}
    return results


def _pg_url(base: str) -> tuple[str, str]:
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with sa.create_engine(base).begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    return f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}", schema


def engine_run(url: str, dialect: str, sizes: list[int]) -> dict:
    out: dict = {"ingest": []}
    done = 0
    store = Store.open(url)
    for n in sizes:  # grow the same database to each size
        out["ingest"].append({**ingest_records_more(store, done, n), "engine": dialect})
        print(json.dumps(out["ingest"][-1]), file=sys.stderr, flush=True)  # progress: long runs
        done = n
    out["search"] = {"n": sizes[-1], **search_latency(store, dialect)}
    print(json.dumps({dialect: out["search"]}), file=sys.stderr, flush=True)
    store.close()
    return out


def ingest_records_more(store: Store, done: int, n: int) -> dict:
    """Ingest records done..n (the story generator is replayed; records are built only for new ones)."""
    proc, batch, rss = psutil.Process(), [], []
    start = time.perf_counter()
    for i, story in enumerate(synth.Synth(seed=1).stories(n)):
        if i < done:
            continue
        batch.append(synth.to_record(story))
        if len(batch) == BATCH:
            store.add_many(batch)
            batch = []
            rss.append(proc.memory_info().rss / 2**20)
    if batch:
        store.add_many(batch)
        rss.append(proc.memory_info().rss / 2**20)
    seconds = time.perf_counter() - start
    return {"n": n, "records_per_s": round((n - done) / seconds, 1), "rss_mb_first_batch": round(rss[0], 1),
            "peak_rss_mb": round(max(rss), 1)}


def _wall(args: list[str]) -> tuple[float, int]:
    """Seconds and exit status of one `newsdesk` command, start-up (model load) included."""
    start = time.perf_counter()
    done = subprocess.run([str(Path(sys.executable).parent / "newsdesk"), *args], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start, done.returncode


def full_parse(n: int, jobs_list: list[int]) -> list[dict]:
    """`newsdesk ingest` on n synthetic files (spaCy included) vs `newsdesk parse` of the same files.

    Same files, same start-up costs: the ratio is what storing (and the worker pool) adds to parsing.
    """
    with tempfile.TemporaryDirectory() as tmp:
        paths = [str(p) for p in synth.write(Path(tmp) / "in", n, seed=3)]
        parse_s, _ = _wall(["parse", *paths])
        out = []
        for jobs in jobs_list:
            seconds, code = _wall(["ingest", f"{tmp}/in", "--database", f"sqlite:///{tmp}/x{jobs}.db",
                                   "--jobs", str(jobs), "--batch-size", "50"])
            out.append({"n": n, "jobs": jobs, "files_per_s": round(n / seconds, 1), "exit": code,
                        "parse_files_per_s": round(n / parse_s, 1)})
    return out


def run(quick: bool, postgres: str | None = None, pg_sizes: list[int] | None = None) -> dict:
    """All figures as a dict (for a unified bench suite)."""
    sizes = [1000, 3000] if quick else [10_000, 100_000]
    results: dict = {"sizes": sizes, "note": "record ingest skips spaCy (synthetic ArticleRecord objects)"}
    with tempfile.TemporaryDirectory() as tmp:
        results["sqlite"] = engine_run(f"sqlite:///{tmp}/bench.db", "sqlite", sizes)
    if postgres:
        url, schema = _pg_url(postgres)
        try:
            results["postgresql"] = engine_run(url, "postgresql", pg_sizes or sizes)
        finally:
            with sa.create_engine(postgres).begin() as conn:
                conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
    parse_n = 60 if quick else 200
    results["full_parse"] = full_parse(parse_n, sorted({1, os.cpu_count() or 1}))
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--postgres", default=os.environ.get("NEWSDESK_TEST_POSTGRES_URL"))
    parser.add_argument("--pg-sizes", type=lambda s: [int(x) for x in s.split(",")], help="e.g. 10000 (default: as SQLite)")
    args = parser.parse_args()
    print(json.dumps(run(args.quick, args.postgres, args.pg_sizes), indent=2))
