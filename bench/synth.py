"""Synthetic articles built from the fixtures: varied names, outlets, dates and sentences; deterministic by seed.

`texts(n, seed)` yields (name, text) article files in the fixtures' plain-text layout (for full-parse
ingest and the fault test); `records(n, seed)` yields ArticleRecord objects directly (for storage
benchmarks that skip spaCy). About 2% of the stories are republished copies under another outlet.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import re
from collections.abc import Iterator
from pathlib import Path

from schemas import ArticleRecord

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
PEOPLE = [("Ebrahim", "Raisi", "President", "Iran"), ("Ebrahim", "Raeisi", "President", "Iran"),
          ("Mohammad", "Bagheri", "Chief of Staff", "Iran"), ("Mohammad", "Baqeri", "Chief of Staff", "Iran"),
          ("Ali", "Bagheri Kani", "negotiator", "Iran"), ("Masoud", "Pezeshkian", "President", "Iran"),
          ("Sergei", "Shoigu", "Secretary", "Russia"), ("Vladimir", "Putin", "President", "Russia"),
          ("Abbas", "Araghchi", "Foreign Minister", "Iran"), ("Sergey", "Lavrov", "Foreign Minister", "Russia")]
FIRST = ["Hossein", "Reza", "Ahmad", "Nasser", "Elena", "Dmitry", "Farid", "Leila", "Omar", "Yusuf", "Maria", "Karim"]
LAST = ["Karimi", "Tehrani", "Sokolov", "Rahimi", "Hosseini", "Ivanova", "Mousavi", "Nazari", "Petrov", "Jafari"]
OUTLETS = ["Tehran Times", "Press TV", "Mehr News", "IRNA", "The Iran Project", "Tasnim", "ISNA", "Fars News"]
TOPICS = [("medtop:20000639", "diplomacy"), ("medtop:20000062", "war"), ("medtop:20000621", "government policy"),
          ("medtop:20000344", "economy"), ("medtop:20000565", "elections")]
CUES = ["said", "stated", "told reporters", "stressed"]


def _sentences() -> list[str]:
    found: list[str] = []
    for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line.split()) >= 12:
                found.extend(s for s in SENTENCE.split(line) if 8 <= len(s.split()) <= 60)
    return found


class Synth:
    """One deterministic stream of synthetic stories."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)
        self.pool = _sentences()
        self.people = PEOPLE + [(f, s, "official", "Iran") for f in FIRST for s in LAST]

    def story(self, i: int) -> dict:
        rng = self.rng
        cast = rng.sample(self.people, 3)
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(730))
        lines = [self.sentence() for _ in range(rng.randint(4, 9))]
        speaker = cast[0]
        said = f"\u201cWe will {rng.choice(['expand', 'review', 'defend', 'discuss'])} story {i} together,\u201d"
        body = [f"{speaker[2]} {speaker[0]} {speaker[1]} met {cast[1][0]} {cast[1][1]} in {rng.choice(['Tehran', 'Moscow', 'Baku'])} on {day:%B} {day.day}.",  # noqa: E501
                *lines, f"{said} {speaker[1]} {rng.choice(CUES)} after talks with {cast[2][0]} {cast[2][1]} (ref {i})."]
        title = f"{speaker[1]} and {cast[1][1]} discuss {rng.choice(['ties', 'trade', 'security', 'sanctions'])}"
        return {"i": i, "title": title, "day": day, "outlet": rng.choice(OUTLETS), "cast": cast, "body": body,
                "topic": rng.choice(TOPICS), "quote": said.strip("\u201c\u201d,")}

    def sentence(self) -> str:
        """The start of one fixture sentence, the end of another, and a fresh name: few stories share 5 words."""
        a, b = self.rng.choice(self.pool).split(), self.rng.choice(self.pool).split()
        cut_a, cut_b = self.rng.randint(3, len(a) - 2), self.rng.randint(2, len(b) - 3)
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        return " ".join([*a[:cut_a], "with", first, last, *b[cut_b:]])

    def stories(self, n: int) -> Iterator[dict]:
        previous: dict | None = None
        for i in range(n):
            if previous and self.rng.random() < 0.02:  # a republished copy under another outlet
                yield {**previous, "i": i, "outlet": self.rng.choice([o for o in OUTLETS if o != previous["outlet"]])}
                continue
            previous = self.story(i)
            yield previous


def render(s: dict) -> str:
    """The plain-text page layout the parser reads."""
    return (f"{s['day']:%d %b %Y}\nSource : {s['outlet']}\n\n{s['title']}\n\n" + "\n\n".join(s["body"])
            + f"\nReporter : Desk {s['i'] % 7}\n")


def texts(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    for s in Synth(seed).stories(n):
        yield f"synth_{s['i']:07d}.txt", render(s)


def to_record(s: dict) -> ArticleRecord:
    """The record a perfect parser would produce (ids from the text, like the real pipeline)."""
    text = render(s)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    people = [{"name": f"{p[0]} {p[1]}", "kind": "person", "role": p[2], "country": p[3], "aliases": [p[1]]}
              for p in s["cast"]]
    speaker = {"name": f"{s['cast'][0][0]} {s['cast'][0][1]}", "kind": "person"}
    return ArticleRecord.model_validate({
        "id": digest[:32], "title": s["title"], "source": {"outlet": s["outlet"]}, "published": s["day"].isoformat(),
        "body": "\n\n".join(s["body"]), "participants": people,
        "quotes": [{"text": s["quote"], "kind": "direct", "speaker": speaker, "cue": "said", "span": (0, 1)}],
        "topics": [{"code": s["topic"][0], "label": s["topic"][1], "score": 0.7}],
        "provenance": {"file": f"synth_{s['i']:07d}.txt", "sha256": digest, "parser_version": "synth"},
    })


def records(n: int, seed: int = 0) -> Iterator[ArticleRecord]:
    for s in Synth(seed).stories(n):
        yield to_record(s)


def write(directory: Path, n: int, seed: int = 0) -> list[Path]:
    """Write n article files into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in texts(n, seed):
        path = directory / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(f"wrote {len(write(args.directory, args.n, args.seed))} files to {args.directory}")
