"""Throughput of the parse stage before NLP (decode + page layout), in files per second.

Usage: .venv/bin/python bench/parse_stage.py [--repeat N]
Runs over fixtures/articles/*.txt plus ../shared/dev/articles/*.txt when present, N times.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)  # the checkout, not bench/ (whose module names could shadow the standard library)

from parsers.dates import read_date  # noqa: E402
from parsers.decode import decode  # noqa: E402
from parsers.page import read_page  # noqa: E402
from parsers.settings import DEFAULT_MAX_BYTES  # noqa: E402


def corpus() -> list[bytes]:
    """Raw bytes of the fixture articles and, when the shared folder is beside the checkout, the dev set."""
    paths = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    paths += sorted((ROOT.parent / "shared" / "dev" / "articles").glob("*.txt"))
    return [p.read_bytes() for p in paths]


def run(data: list[bytes], repeat: int) -> float:
    """Seconds to decode and lay out every file `repeat` times."""
    elapsed = 0.0
    for _ in range(repeat):
        read_date.cache_clear()  # each pass starts cold: repeats of the same files must not hit the date cache
        start = time.perf_counter()
        for raw in data:
            read_page(decode(raw, max_bytes=DEFAULT_MAX_BYTES))
        elapsed += time.perf_counter() - start
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    data = corpus()
    run(data, 1)  # warm-up: dateparser and regex caches
    seconds = run(data, args.repeat)
    files = len(data) * args.repeat
    size = sum(map(len, data)) * args.repeat
    print(f"parse stage (decode + page, no NLP): {len(data)} files x {args.repeat} = {files} files")
    print(f"{seconds:.3f} s  {files / seconds:,.0f} files/s  {size / seconds / 1e6:.2f} MB/s  "
          f"{1000 * seconds / files:.2f} ms/file")


if __name__ == "__main__":
    main()
