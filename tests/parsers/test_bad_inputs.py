"""Bad inputs through `newsdesk parse`: one clear stderr line each, good records still printed, exit 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import cli
from parsers import RawInput, Rejected, parse_batch

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "fixtures" / "bad"
GOOD = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))[:2]
REASONS = {
    "empty.txt": "empty file",
    "image.png.txt": "binary file (PNG image), not text",
    "invalid_utf8.txt": "invalid UTF-8 at byte",
    "boilerplate_only.txt": "no article text",
}


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20 MB of plain text: generated here rather than committed."""
    path = tmp_path_factory.mktemp("big") / "twenty_mb.txt"
    line = b"The ministers met again on Monday and agreed to keep talking, officials said.\n"
    path.write_bytes(line * (20 * 1024 * 1024 // len(line) + 1))
    return path


@pytest.fixture(scope="module")
def mixed_run(big_file: Path):
    """One `newsdesk parse` over good files, every bad fixture and the 20 MB file."""
    files = [*GOOD, *(BAD / name for name in REASONS), BAD / "utf16_bom.txt", big_file]
    return CliRunner().invoke(cli, ["parse", *map(str, files)])


def test_mixed_run_prints_every_good_record_and_exits_1(mixed_run):
    records = [json.loads(line) for line in mixed_run.stdout.splitlines()]
    assert mixed_run.exit_code == 1
    assert [Path(r["provenance"]["file"]).name for r in records] == [*(p.name for p in GOOD), "utf16_bom.txt"]


def test_each_bad_file_gets_one_clear_stderr_line_and_no_traceback(mixed_run, big_file):
    lines = mixed_run.stderr.splitlines()
    assert "Traceback" not in mixed_run.stderr and len(lines) == len(REASONS) + 1
    for name, reason in REASONS.items():
        assert any(line.startswith(f"newsdesk parse: {BAD / name}: ") and reason in line for line in lines), name
    assert any(str(big_file) in line and "file too large" in line for line in lines)


def test_utf16_article_parses_with_its_header():
    (record,) = parse_batch([RawInput("utf16_bom.txt", (BAD / "utf16_bom.txt").read_bytes())])
    assert not isinstance(record, Rejected)
    assert record.title == "Kazakhstan and China sign grain transit deal"
    assert (record.source.credited_source, record.published, record.dateline) == ("Kazinform", "2021-10-06", "Astana")
    assert "Caf\u00e9 owners in \u00d6skemen" in record.body


def test_all_good_files_exit_0():
    result = CliRunner().invoke(cli, ["parse", *map(str, GOOD)])
    assert result.exit_code == 0 and result.stderr == "" and len(result.stdout.splitlines()) == len(GOOD)
