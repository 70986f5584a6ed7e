"""Run every newsdesk benchmark at one size; write bench/RESULTS.md (table) and bench/out/results.json.

    python -m bench [--quick|--full] [--only parse,ingest,search,http] [--postgres URL] [--reuse]

Each figure is printed beside the floor or ceiling it is compared to, measured in the same run, as a
ratio (value / reference). Nothing is asserted: the numbers are for reading and comparing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time

from bench import machine, suite

STAGES = ("parse", "ingest", "search", "http")
RESULTS_MD = suite.OUT.parent / "RESULTS.md"
RESULTS_JSON = suite.OUT / "results.json"


def _args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    size = ap.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="small corpora: a few minutes (default)")
    size.add_argument("--full", action="store_true", help="100k synthetic articles for ingest and search")
    ap.add_argument("--only", default=",".join(STAGES), help="comma-separated subset of " + ",".join(STAGES))
    ap.add_argument("--postgres", help="PostgreSQL URL (default: start scripts/postgres.sh)")
    ap.add_argument("--no-postgres", action="store_true", help="SQLite only")
    ap.add_argument("--reuse", action="store_true",
                    help="search only, on a SQLite corpus cached under bench/out/ (built once)")
    ap.add_argument("--md", default=str(RESULTS_MD), help="where to write the Markdown table")
    args = ap.parse_args(argv)
    args.stages = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(args.stages) - set(STAGES)
    if unknown:
        ap.error(f"unknown stage(s) {sorted(unknown)}: choose from {', '.join(STAGES)}")
    return args


def run(args: argparse.Namespace) -> dict:
    """Every chosen stage; figures as rows plus each benchmark's raw output."""
    quick = not args.full
    wants_db = {"ingest", "search"} & set(args.stages)
    postgres = None
    if wants_db and not args.no_postgres and not args.reuse:
        postgres = args.postgres or machine.start_postgres()
    if "http" in args.stages:
        machine.ensure_wrk()
    report = {"mode": "quick" if quick else "full", "started": dt.datetime.now().isoformat(timespec="seconds"),
              "machine": machine.info(postgres), "load_start": machine.load(), "rows": [], "raw": {}}
    start = time.perf_counter()
    if "parse" in args.stages:
        parse_raw, rows = suite.parse(quick)
        report["raw"]["parse"], report["rows"] = parse_raw, report["rows"] + rows
        _progress(rows)
    if wants_db:
        raw = suite.ingest_and_search(quick, postgres, args.reuse)
        rows = [r for r in suite.ingest_search_rows(raw) if r["stage"] in args.stages]
        report["raw"]["ingest_search"], report["rows"] = raw, report["rows"] + rows
        _progress(rows)
    if "http" in args.stages:
        raw, rows = suite.http(quick)
        report["raw"]["http"], report["rows"] = raw, report["rows"] + rows
        _progress(rows)
    report["load_end"] = machine.load()
    report["seconds"] = round(time.perf_counter() - start, 1)
    return report


def _progress(rows: list[dict]) -> None:
    for r in rows:
        print(f"{r['stage']:7} {r['figure']:45} {r['value']:>10} {r['unit']:10} ratio {r['ratio']}",
              file=sys.stderr, flush=True)


def markdown(report: dict) -> str:
    """The results table with the machine it ran on."""
    m = report["machine"]
    lines = [
        f"# newsdesk benchmarks ({report['mode']}, {report['started']}, {report['seconds']} s)",
        "",
        f"Machine: {m['cores']} cores, {m['ram_gb']} GB RAM, {m['cpu']}; {m['os']}; Python {m['python']}, "
        f"SQLite {m['sqlite']}, PostgreSQL {m['postgresql'] or 'not run'}.",
        f"Load average (1/5/15 min) at start {report['load_start']}, at end {report['load_end']}: "
        "other work on the same cores slows both sides of a ratio, not always equally.",
        "",
        "Ratio = value / reference, both measured in this run. Goal says which way is good.",
        "",
        "| stage | figure | value | unit | reference | ref. value | ratio | goal |",
        "|---|---|---:|---|---|---:|---:|---|",
    ]
    for r in report["rows"]:
        ratio = "n/a" if r["ratio"] is None else f"{r['ratio']:.2f}"
        lines.append(f"| {r['stage']} | {r['figure']} | {r['value']:,} | {r['unit']} | {r['reference']} "
                     f"| {r['ref_value']:,} | {ratio} | {r['goal']} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    report = run(args)
    suite.OUT.mkdir(parents=True, exist_ok=True)
    RESULTS_JSON.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    table = markdown(report)
    with open(args.md, "w", encoding="utf-8") as fh:
        fh.write(table)
    print(table)
    print(f"written: {args.md}, {RESULTS_JSON}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
