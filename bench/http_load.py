# ruff: noqa: E402  (the checkout goes on sys.path before project imports)
"""HTTP throughput of the API under its gunicorn config, as a ratio to a minimal Flask endpoint.

For GET /v1/articles/{id}, GET /v1/articles?q=... and GET /v1/quotes?speaker=..., wrk measures
requests/s and p50/p99 latency on loopback; then the same gunicorn settings serve a minimal Flask app
returning bodies of the same sizes (bench/baseline/flask_baseline.py), measured the same way.
Prints the figures and the ratios (target: >= 0.8); asserts nothing. Usage: python bench/http_load.py [--quick]
"""

from __future__ import annotations

import sys
from pathlib import Path

# Keep bench/ itself off the import path: its module names must never shadow the standard library.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

import argparse
import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager

ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
from storage import Store  # noqa: E402

_SYNTH = importlib.util.spec_from_file_location("synth", HERE / "synth.py")
synth = importlib.util.module_from_spec(_SYNTH)
_SYNTH.loader.exec_module(synth)

KEY = "bench-key"
WRK_CONNECTIONS, WRK_THREADS = 16, 2
LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
RPS = re.compile(r"^Requests/sec:\s+([\d.]+)", re.MULTILINE)
UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def gunicorn(target: str, env: dict[str, str], workers: int | None):
    """Run gunicorn with the project's gunicorn.conf.py on a free port; yield the base URL."""
    port = _free_port()
    argv = [sys.executable, "-m", "gunicorn", "--config", str(ROOT / "gunicorn.conf.py"),
            "--bind", f"127.0.0.1:{port}", "--access-logfile", "/dev/null", target]
    if workers:
        argv[4:4] = ["--workers", str(workers)]
    proc = subprocess.Popen(argv, cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(url + "/healthz", timeout=1)
                break
            except urllib.error.HTTPError:  # any HTTP answer means the server is up (the baseline has no /healthz)
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError(f"gunicorn for {target} did not start") from None
                time.sleep(0.3)
        yield url
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def wrk(url: str, seconds: int) -> dict[str, float]:
    """requests/s, p50 and p99 in ms for one URL."""
    out = subprocess.run(["wrk", f"-t{WRK_THREADS}", f"-c{WRK_CONNECTIONS}", f"-d{seconds}s", "--latency", url],
                         capture_output=True, text=True, check=True, timeout=seconds + 60).stdout
    lat = {p: float(v) * UNIT_MS[u] for p, v, u in LATENCY.findall(out)}
    return {"rps": float(RPS.search(out).group(1)), "p50_ms": lat["50"], "p99_ms": lat["99"]}


def _load(database: str, synthetic: int) -> None:
    """Fixture articles (parsed for real) plus synthetic records, so searches have rows to rank."""
    subprocess.run([str(Path(sys.executable).parent / "newsdesk"), "ingest", str(ROOT / "fixtures" / "articles"),
                    "--database", database], cwd=ROOT, check=True, capture_output=True)
    store = Store.open(database)
    try:
        records = list(synth.records(synthetic))
        for start in range(0, len(records), 500):
            store.add_many(records[start:start + 500])
    finally:
        store.close()


def _targets(url: str) -> dict[str, str]:
    """The three measured requests, with ids and names taken from the loaded data."""
    def get(path: str) -> dict:
        return json.load(urllib.request.urlopen(url + path, timeout=10))

    first = get("/v1/articles?q=Pezeshkian&per_page=1")["data"][0]["id"]
    speaker = next(q["speaker"]["name"] for q in get("/v1/quotes?per_page=100")["data"] if q["speaker"])
    return {"GET /v1/articles/{id}": f"/v1/articles/{first}",
            "GET /v1/articles?q=...": "/v1/articles?q=Iran%20cooperation",
            "GET /v1/quotes?speaker=...": "/v1/quotes?speaker=" + urllib.request.quote(speaker)}


def run(quick: bool = False, synthetic: int | None = None) -> dict:
    """Measure the API and the Flask ceiling in one run; return figures and ratios per endpoint."""
    if shutil.which("wrk") is None:
        raise RuntimeError("wrk is needed: apt-get install wrk")
    seconds, default_synthetic = (3, 300) if quick else (10, 3000)
    synthetic = default_synthetic if synthetic is None else synthetic
    workers = None  # gunicorn.conf.py decides, for both servers alike
    with tempfile.TemporaryDirectory() as tmp:
        database = f"sqlite:///{tmp}/bench.db"
        _load(database, synthetic)
        env = {"NEWSDESK_DATABASE_URL": database, "NEWSDESK_API_KEYS": KEY}
        results: dict[str, dict] = {}
        with gunicorn("api:create_app()", env, workers) as url:
            for name, path in _targets(url).items():
                size = len(urllib.request.urlopen(url + path, timeout=10).read())
                wrk(url + path, 1)  # warm every worker: Store opened, caches filled
                results[name] = {"path": path, "bytes": size, "api": wrk(url + path, seconds)}
        sizes = ",".join(str(r["bytes"]) for r in results.values())
        with gunicorn("flask_baseline:create_app()", {"BASELINE_SIZES": sizes, "PYTHONPATH": str(HERE / "baseline")},
                      workers) as url:
            for r in results.values():
                wrk(url + f"/body/{r['bytes']}", 1)
                r["flask"] = wrk(url + f"/body/{r['bytes']}", seconds)
                r["ratio_rps"] = round(r["api"]["rps"] / r["flask"]["rps"], 3)
    return {"seconds": seconds, "articles": synthetic + 5, "connections": WRK_CONNECTIONS,
            "load_average": os.getloadavg()[0], "endpoints": results}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 s per measurement and a smaller database")
    parser.add_argument("--synthetic", type=int, default=None, help="synthetic articles besides the 5 fixtures")
    args = parser.parse_args()
    report = run(quick=args.quick, synthetic=args.synthetic)
    print(f"wrk {WRK_THREADS} threads, {report['connections']} connections, {report['seconds']} s each; "
          f"{report['articles']} articles; gunicorn.conf.py for both servers; "
          f"load average {report['load_average']:.1f} on {os.cpu_count()} cores (other work skews both sides)")
    print(f"{'endpoint':28} {'bytes':>6} {'api req/s':>10} {'p50 ms':>7} {'p99 ms':>7} "
          f"{'flask req/s':>11} {'p50 ms':>7} {'p99 ms':>7} {'ratio':>6}")
    for name, r in report["endpoints"].items():
        a, f = r["api"], r["flask"]
        print(f"{name:28} {r['bytes']:>6} {a['rps']:>10.0f} {a['p50_ms']:>7.2f} {a['p99_ms']:>7.2f} "
              f"{f['rps']:>11.0f} {f['p50_ms']:>7.2f} {f['p99_ms']:>7.2f} {r['ratio_rps']:>6.2f}")


if __name__ == "__main__":
    main()
