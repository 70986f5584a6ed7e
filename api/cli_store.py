"""`newsdesk ingest` and `newsdesk export`: files into the Store and records back out.

Ingest exit status: 0 when every input is stored (new, unchanged or duplicate); 1 when some
inputs were rejected (the others are stored; the summary and --rejects say which and why);
2 for usage errors and an unusable database.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import json
import multiprocessing
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import click
from tqdm import tqdm

from api.settings import database_url, parser_settings
from parsers import ParserSettings, RawInput, Rejected, parse_batch
from schemas import ArticleRecord
from storage import StorageError, Store

GLOB_CHARS = set("*?[")
WINDOW = 2  # parse chunks in flight per worker: bounded memory, workers never idle
_SETTINGS: ParserSettings | None = None


def expand(paths: Iterable[str]) -> Iterator[Path | Rejected]:
    """Files named, found under directories (recursively, hidden ones skipped) or matched by globs."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
        elif path.exists():
            yield path
        elif GLOB_CHARS & set(raw):
            yield from sorted(Path(p) for p in glob.glob(raw, recursive=True) if Path(p).is_file())
        else:
            yield Rejected(raw, "no such file or directory")


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _init_worker(settings: ParserSettings) -> None:
    global _SETTINGS
    _SETTINGS = settings


def _parse_chunk(items: list[RawInput]) -> list[ArticleRecord | Rejected]:
    """Worker side: parse one chunk with the process's cached model."""
    return list(parse_batch(items, _SETTINGS or ParserSettings()))


def _read(paths: list[Path | Rejected]) -> tuple[list[RawInput], list[Rejected]]:
    items, failed = [], []
    for path in paths:
        if isinstance(path, Rejected):
            failed.append(path)
            continue
        try:
            items.append(RawInput(str(path), path.read_bytes()))
        except OSError as exc:
            failed.append(Rejected(str(path), f"cannot read: {exc.strerror or exc}"))
    return items, failed


def _chunks(values: Iterator, size: int) -> Iterator[list]:
    chunk: list = []
    for value in values:
        chunk.append(value)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Ingest:
    """One ingest run: skip known files, parse the rest (in a process pool), store batch by batch."""

    def __init__(self, store, settings: ParserSettings, jobs: int, batch_size: int, bar: tqdm) -> None:
        self.store, self.settings, self.jobs, self.batch_size, self.bar = store, settings, jobs, batch_size, bar
        self.counts: Counter[str] = Counter()
        self.rejected: list[Rejected] = []

    def run(self, paths: Iterator[Path | Rejected]) -> None:
        if self.jobs <= 1:
            for chunk in _chunks(paths, self.batch_size):
                items = self._prepare(chunk)
                self._store(list(parse_batch(items, self.settings)) if items else [])
            return
        context = multiprocessing.get_context("spawn")  # no fork of a process that holds DB connections
        with ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_init_worker,
                                 initargs=(self.settings,)) as pool:
            pending: list[Future] = []
            for chunk in _chunks(paths, self.batch_size):
                items = self._prepare(chunk)
                if items:
                    pending.append(pool.submit(_parse_chunk, items))
                while len(pending) > self.jobs * WINDOW:
                    self._store(pending.pop(0).result())
            for future in pending:
                self._store(future.result())

    def _prepare(self, chunk: list[Path | Rejected]) -> list[RawInput]:
        """Read the chunk; drop files whose exact bytes are stored already (cheap: no parsing)."""
        items, failed = _read(chunk)
        self._reject(failed)
        known = self.store.known_raw_hashes([hashlib.sha256(i.data).hexdigest() for i in items])
        fresh = [i for i in items if hashlib.sha256(i.data).hexdigest() not in known]
        self._count("unchanged", len(items) - len(fresh))
        return fresh

    def _store(self, results: list[ArticleRecord | Rejected]) -> None:
        self._reject([r for r in results if isinstance(r, Rejected)])
        records = [r for r in results if not isinstance(r, Rejected)]
        for result in self.store.add_many(records) if records else []:
            self._count(result.status, 1)

    def _reject(self, failed: list[Rejected]) -> None:
        self.rejected.extend(failed)
        self._count("rejected", len(failed))

    def _count(self, status: str, n: int) -> None:
        if n:
            self.counts[status] += n
            self.bar.update(n)
            self.bar.set_postfix({k: self.counts[k] for k in ("new", "unchanged", "duplicate", "rejected")})


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--database", default=None, help="Database URL (default: NEWSDESK_DATABASE_URL or instance SQLite).")
@click.option("--rejects", type=click.Path(dir_okay=False, path_type=Path), help="Write rejected inputs here (JSONL).")
@click.option("--jobs", type=int, default=None, help="Parser processes (default: one per CPU core).")
@click.option("--batch-size", type=int, default=200, show_default=True, help="Files per transaction.")
@click.option("--model", default=None, help="spaCy model name or path (default: NEWSDESK_SPACY_MODEL).")
def ingest_command(paths: tuple[str, ...], database: str | None, rejects: Path | None, jobs: int | None,
                   batch_size: int, model: str | None) -> None:
    """Parse article files (files, directories, globs) and store them; re-running is safe and cheap."""
    files = list(expand(paths))
    try:
        store = Store.open(database_url(database))
    except StorageError as exc:
        raise click.UsageError(str(exc)) from None
    jobs = jobs or os.cpu_count() or 1
    with tqdm(total=len(files), unit="file", desc="ingest", disable=None, file=sys.stderr) as bar:
        run = Ingest(store, parser_settings(model=model), min(jobs, max(1, len(files) // batch_size)), batch_size, bar)
        run.run(iter(files))
    store.close()
    _summary(run, rejects)
    sys.exit(1 if run.rejected else 0)


def _summary(run: Ingest, rejects: Path | None) -> None:
    counts = ", ".join(f"{run.counts[k]} {k}" for k in ("new", "updated", "unchanged", "duplicate", "rejected"))
    click.echo(f"newsdesk ingest: {counts}", err=True)
    for rejected in run.rejected:
        click.echo(f"  rejected {rejected.name}: {rejected.reason}", err=True)
    if rejects:
        with rejects.open("w", encoding="utf-8") as out:
            for r in run.rejected:
                out.write(json.dumps({"file": r.name, "reason": r.reason}, ensure_ascii=False) + "\n")


CSV_FIELDS = ["id", "title", "subtitle", "outlet", "credited_source", "published", "dateline", "language",
              "participants", "quotes", "topics", "file", "body"]


def _csv_row(r: ArticleRecord) -> dict:
    return {"id": r.id, "title": r.title, "subtitle": r.subtitle, "outlet": r.source.outlet,
            "credited_source": r.source.credited_source, "published": r.published, "dateline": r.dateline,
            "language": r.language, "participants": "; ".join(p.name for p in r.participants),
            "quotes": len(r.quotes), "topics": " ".join(t.code for t in r.topics), "file": r.provenance.file,
            "body": r.body}


@click.command("export")
@click.option("--database", default=None, help="Database URL (default: NEWSDESK_DATABASE_URL or instance SQLite).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-", help="File (default: stdout).")
def export_command(database: str | None, fmt: str, output) -> None:
    """Write every stored record as JSON Lines (the full record) or CSV (one row per article), streamed."""
    store = Store.open(database_url(database))
    writer = csv.DictWriter(output, CSV_FIELDS) if fmt == "csv" else None
    if writer:
        writer.writeheader()
    for record in store.export():
        if writer:
            writer.writerow(_csv_row(record))
        else:
            output.write(record.model_dump_json() + "\n")
    store.close()
