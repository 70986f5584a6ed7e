"""Benchmark: full `parse_batch` throughput against bare `nlp.pipe` over the same bodies with the same model.

Prints a Markdown table (articles/s, words/s, peak RSS, our overhead over spaCy) for 1 process and for
`n_process` processes, and writes the figures to bench/out/parse_nlp.json.

    .venv/bin/python bench/parse_nlp.py [--repeat 20] [--processes 1,2] [--rounds 2] [--quick] [--profile]

Importable: `run(quick) -> dict` (used by the benchmark suite). Not a test: it never asserts timings.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Run as a script, bench/ itself is on sys.path, and a module there could shadow the stdlib.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

import psutil  # noqa: E402

from parsers.decode import decode  # noqa: E402
from parsers.nlp import load_model  # noqa: E402
from parsers.page import read_page  # noqa: E402
from parsers.pipeline import RawInput, Rejected, parse_batch  # noqa: E402
from parsers.settings import ParserSettings  # noqa: E402

CORPUS_DIRS = (ROOT / "fixtures" / "articles", ROOT.parent / "shared" / "dev" / "articles")
OUT = ROOT / "bench" / "out" / "parse_nlp.json"
SAMPLE_SECONDS = 0.02
TARGET_OVERHEAD = 0.15


def load_corpus(repeat: int, dirs: Iterable[Path] = CORPUS_DIRS) -> list[RawInput]:
    """The sample articles, repeated `repeat` times (distinct names, same bytes)."""
    files = sorted(p for d in dirs if d.is_dir() for p in d.glob("*.txt"))
    return [RawInput(f"{i}/{p.name}", p.read_bytes()) for i in range(repeat) for p in files]


def bodies_of(items: list[RawInput], settings: ParserSettings) -> list[str]:
    """The exact texts parse_batch hands to spaCy (decoded, page furniture removed)."""
    return [read_page(decode(it.data, max_bytes=settings.max_bytes)).body for it in items]


class PeakRss:
    """Sample the resident memory of this process plus its children (spaCy workers) in a background thread."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._proc = psutil.Process(os.getpid())
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _total(self) -> int:
        total = self._proc.memory_info().rss
        for child in self._proc.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._total())
            self._stop.wait(SAMPLE_SECONDS)

    def __enter__(self) -> PeakRss:
        self.peak = self._total()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._total())


def cpu_seconds() -> float:
    """CPU time of this process plus its finished children (the worker processes, once joined)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(work: Callable[[], int]) -> tuple[float, float, int, int]:
    """Run `work` (returns the number of outputs); give wall seconds, CPU seconds, outputs, peak RSS in bytes.

    CPU seconds make the ratio meaningful on a busy machine, where wall time also measures the neighbours.
    """
    with PeakRss() as mem:
        start, cpu = time.perf_counter(), cpu_seconds()
        n = work()
        seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    return seconds, cpu, n, mem.peak


def measure(items: list[RawInput], settings: ParserSettings, rounds: int) -> dict:
    """Best-of-`rounds` timings of bare nlp.pipe and of parse_batch, run alternately in this process."""
    nlp = load_model(settings.model)
    bodies = bodies_of(items, settings)
    words = sum(len(b.split()) for b in bodies)

    def bare() -> int:
        return sum(1 for _ in nlp.pipe(bodies, batch_size=settings.batch_size, n_process=settings.n_process))

    def full() -> int:
        return sum(1 for r in parse_batch(items, settings) if not isinstance(r, Rejected))

    results = {"bare": [], "full": []}
    for _ in range(rounds):
        results["bare"].append(timed(bare))
        results["full"].append(timed(full))
    rows = {}
    for mode, runs in results.items():
        seconds, _, n, _ = min(runs)
        rows[mode] = {
            "seconds": round(seconds, 3),
            "cpu_seconds": round(min(r[1] for r in runs), 3),
            "articles": n,
            "articles_per_s": round(n / seconds, 1),
            "words_per_s": round(words / seconds),
            "peak_rss_mb": round(max(r[3] for r in runs) / 2**20, 1),
        }
    overhead = rows["full"]["seconds"] / rows["bare"]["seconds"] - 1
    cpu_overhead = rows["full"]["cpu_seconds"] / rows["bare"]["cpu_seconds"] - 1
    return {"n_process": settings.n_process, "words": words, **rows, "overhead": round(overhead, 3),
            "cpu_overhead": round(cpu_overhead, 3), "load_average": round(os.getloadavg()[0], 2)}


def run(quick: bool = False, repeat: int | None = None, processes: Iterable[int] | None = None,
        rounds: int | None = None, model: str | None = None) -> dict:
    """Measure every process count; return the figures (also what is written to bench/out/parse_nlp.json)."""
    repeat = repeat or (2 if quick else 20)
    processes = tuple(processes or ((1,) if quick else (1, 2)))
    rounds = rounds or (1 if quick else 2)
    base = ParserSettings(model=model) if model else ParserSettings()
    items = load_corpus(repeat)
    nlp = load_model(base.model)  # model loading is not part of either measurement
    list(nlp.pipe(bodies_of(items[:10], base)))  # warm up spaCy's lazily initialised state
    list(parse_batch(items[:10], base))  # and our lazily built tables (taxonomy, keyword index, ...)
    runs = [measure(items, ParserSettings(base.model, base.max_bytes, n, base.batch_size), rounds) for n in processes]
    return {
        "benchmark": "parse_nlp",
        "model": base.model,
        "articles": len(items),
        "repeat": repeat,
        "rounds": rounds,
        "cpu_count": os.cpu_count(),
        "target_overhead": TARGET_OVERHEAD,
        "runs": runs,
        "process_peak_rss_mb": round(psutil.Process().memory_info().rss / 2**20, 1),
    }


def table(result: dict) -> str:
    """The figures as a small Markdown table."""
    lines = [
        f"model `{result['model']}`, {result['articles']} articles, best of {result['rounds']}",
        "",
        "| n_process | run | seconds | CPU s | articles/s | words/s | peak RSS MB | overhead (wall) | overhead (CPU) |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in result["runs"]:
        for mode, label in (("bare", "bare nlp.pipe"), ("full", "parse_batch")):
            row = r[mode]
            over = f"{r['overhead']:+.1%} | {r['cpu_overhead']:+.1%}" if mode == "full" else " | "
            lines.append(f"| {r['n_process']} | {label} | {row['seconds']:.2f} | {row['cpu_seconds']:.2f} "
                         f"| {row['articles_per_s']:.1f} | {row['words_per_s']:,} | {row['peak_rss_mb']:.0f} "
                         f"| {over} |")
    loads = ", ".join(f"{r['load_average']:.1f}" for r in result["runs"])
    lines.append(f"\nload average after each run ({loads}) on {result['cpu_count']} CPUs: "
                 "wall times include the neighbours' work, CPU times do not")
    return "\n".join(lines)


def profile(repeat: int) -> None:
    """Print where parse_batch spends its time beyond spaCy (one process)."""
    from pyinstrument import Profiler

    items = load_corpus(repeat)
    list(parse_batch(items[:5]))
    profiler = Profiler()
    profiler.start()
    list(parse_batch(items))
    profiler.stop()
    print(profiler.output_text(unicode=True, color=False, show_all=False))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, help="copies of the corpus (default 20, about 500 articles)")
    ap.add_argument("--processes", help="comma-separated n_process values (default 1,2)")
    ap.add_argument("--rounds", type=int, help="timed rounds per mode; the best counts (default 2)")
    ap.add_argument("--model", help="spaCy model name or path")
    ap.add_argument("--quick", action="store_true", help="small corpus, one process, one round")
    ap.add_argument("--profile", action="store_true", help="profile parse_batch with pyinstrument instead")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if args.profile:
        profile(args.repeat or 4)
        return 0
    procs = [int(p) for p in args.processes.split(",")] if args.processes else None
    result = run(args.quick, args.repeat, procs, args.rounds, args.model)
    print(table(result))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
