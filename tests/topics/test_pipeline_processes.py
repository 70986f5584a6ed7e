"""parse_batch with n_process > 1 gives exactly the single-process records (topics included), in input order."""

from __future__ import annotations

import multiprocessing

import pytest

from parsers import pipeline
from parsers.pipeline import RawInput, Rejected, parse_batch
from parsers.settings import ParserSettings


@pytest.fixture(scope="module")
def inputs(fixtures_dir) -> list[RawInput]:
    files = sorted((fixtures_dir / "articles").glob("*.txt"))
    items = [RawInput(f"{i}/{p.name}", p.read_bytes()) for i in range(2) for p in files]
    return [*items[:3], RawInput("empty.txt", b"   \n"), *items[3:]]


def _dump(results) -> list[str]:
    return [f"rejected {r.name}: {r.reason}" if isinstance(r, Rejected) else r.model_dump_json() for r in results]


def test_worker_processes_give_the_same_records_in_order(inputs):
    serial = _dump(parse_batch(inputs, ParserSettings(batch_size=3)))
    parallel = _dump(parse_batch(inputs, ParserSettings(batch_size=3, n_process=2)))
    assert parallel == serial
    assert len(serial) == len(inputs) and serial[3].startswith("rejected empty.txt")
    assert all('"topics":[{' in r for r in serial if r.startswith("{"))


def test_a_batch_smaller_than_one_chunk_starts_no_workers(inputs, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started for a small batch")

    monkeypatch.setattr(pipeline.multiprocessing, "get_context", no_pool)
    results = list(parse_batch(inputs[:2], ParserSettings(n_process=2)))
    assert [r.provenance.file for r in results] == [i.name for i in inputs[:2]]
    assert multiprocessing.get_context is no_pool
