"""What the suite ran on, and the tools it needs (wrk, PostgreSQL), installed on demand."""

from __future__ import annotations

import os
import platform
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import psutil
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
EXPORT = re.compile(r"^export NEWSDESK_TEST_POSTGRES_URL=(\S+)$", re.MULTILINE)


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo (platform.processor() is often empty on Linux)."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def load() -> list[float]:
    """1, 5 and 15 minute load averages: other work on the cores skews every figure."""
    return [round(x, 2) for x in os.getloadavg()]


def postgres_version(url: str | None) -> str | None:
    """The server's version string, or None without a server."""
    if not url:
        return None
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.exec_driver_sql("SHOW server_version").scalar_one()
    finally:
        engine.dispose()


def info(postgres: str | None) -> dict:
    """Cores, memory, CPU model and software versions."""
    return {
        "cores": os.cpu_count(),
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "cpu": cpu_model(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "postgresql": postgres_version(postgres),
    }


def _apt(package: str) -> None:
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", package], check=True, env=env)


def ensure_wrk() -> None:
    """Install Debian's wrk when it is missing (the HTTP benchmark drives load with it)."""
    if shutil.which("wrk") is None:
        _apt("wrk")


def start_postgres() -> str:
    """Start the repository's throwaway PostgreSQL (scripts/postgres.sh) and return its URL."""
    out = subprocess.run(["bash", str(ROOT / "scripts" / "postgres.sh"), "start"], check=True,
                         capture_output=True, text=True).stdout
    found = EXPORT.search(out)
    if not found:
        raise RuntimeError(f"scripts/postgres.sh printed no URL: {out!r}")
    return found.group(1)
