"""Rewrite fixtures/expected/<stem>.json from the parser's records for fixtures/articles/*.txt (`make golden`).

The golden test only compares; this is the one command that rewrites the expected files. Review
`git diff fixtures/expected` before committing the result.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers import RawInput, Rejected, parse_batch  # noqa: E402


def main() -> int:
    """Parse every fixture article and write its full record as indented JSON."""
    articles = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    inputs = [RawInput(f"fixtures/articles/{p.name}", p.read_bytes()) for p in articles]
    out_dir = ROOT / "fixtures" / "expected"
    out_dir.mkdir(exist_ok=True)
    for path, record in zip(articles, parse_batch(inputs), strict=True):
        if isinstance(record, Rejected):
            sys.stderr.write(f"regen_golden: {record.name}: {record.reason}\n")
            return 1
        (out_dir / f"{path.stem}.json").write_text(record.model_dump_json(indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {len(articles)} records to {out_dir.relative_to(ROOT)}/\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
