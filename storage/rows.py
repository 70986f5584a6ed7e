"""Turn an ArticleRecord into the rows search needs (pure functions, no database)."""

from __future__ import annotations

import hashlib
import re
import struct
import zlib

import numpy as np

from schemas import ArticleRecord
from storage.names import day, fold
from storage.taxonomy import TopicInfo, ancestors

WORDS = re.compile(r"[^\W_]+")
SHINGLE_WORDS = 5
MINHASHES = 12  # MinHash signature length: position i holds the minimum of hash function i
BAND_ROWS = 3  # LSH: 4 bands of 3 minima; copies (Jaccard 0.85) share a band 98% of the time, J=0.3 10%
MASKS = [int.from_bytes(hashlib.blake2b(bytes([i]), digest_size=8).digest(), "big") for i in range(MINHASHES)]
MASK_ARRAY = np.array(MASKS, dtype=np.uint64)[:, None]


def _digest(words: list[str]) -> str:
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def body_hash(body: str) -> str:
    """Hash of the body's words, casefolded: punctuation, spacing and case do not matter."""
    return _digest(WORDS.findall(body.casefold()))


def shingles(body: str) -> set[str]:
    """The body's overlapping 5-word runs, casefolded."""
    words = WORDS.findall(body.casefold())
    return {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(0, len(words) - SHINGLE_WORDS + 1))}


def similarity(a: set, b: set) -> float:
    """Jaccard similarity of two shingle (or shingle hash) sets."""
    return len(a & b) / len(a | b) if a or b else 0.0


def fingerprints(body: str, shingled: set[str] | None = None) -> list[str]:
    """LSH band keys of the body's MinHash signature: near-copies share at least one, others rarely."""
    base = [int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big")
            for s in (shingles(body) if shingled is None else shingled)]
    if not base:
        return []
    minima = (np.array(base, dtype=np.uint64)[None, :] ^ MASK_ARRAY).min(axis=1).tolist()  # minimum per mask
    bands = [minima[i:i + BAND_ROWS] for i in range(0, MINHASHES, BAND_ROWS)]
    return [f"{b}:" + hashlib.blake2b(repr(band).encode(), digest_size=8).hexdigest() for b, band in enumerate(bands)]


def sketch(body: str, shingled: set[str] | None = None) -> list[int]:
    """The body's shingles as sorted distinct CRC-32s: their Jaccard is the shingles' (collisions aside).

    Stored per article (4 bytes a shingle), so checking a candidate copy reads a few hundred bytes
    instead of the whole record and skips re-shingling it; CRC-32 (C speed) keeps the backfill short.
    """
    return sorted({zlib.crc32(s.encode("utf-8")) for s in (shingles(body) if shingled is None else shingled)})


def pack(hashes: list[int]) -> bytes:
    """A sketch as big-endian 32-bit words (the same bytes on every machine)."""
    return struct.pack(f">{len(hashes)}I", *hashes)


def unpack(blob: bytes) -> set[int]:
    return set(struct.unpack(f">{len(blob) // 4}I", blob))


def article_row(record: ArticleRecord) -> dict:
    """The scalar columns of `articles` (source keys are filled in by the writer)."""
    return {
        "id": record.id,
        "raw_sha256": record.provenance.sha256,
        "body_hash": body_hash(record.body),
        "title": record.title,
        "published": record.published,
        "published_day": day(record.published),
        "quote_count": len(record.quotes),
        "record": record.model_dump_json(),
    }


def topic_rows(record: ArticleRecord, tree: dict[str, TopicInfo]) -> list[dict]:
    """Each topic plus its ancestors (direct=False), so a code filter matches its descendants."""
    rows: dict[str, dict] = {}
    for topic in record.topics:
        rows[topic.code] = {"code": topic.code, "label": topic.label, "direct": True}
    for topic in record.topics:
        for code in ancestors(topic.code, tree):
            rows.setdefault(code, {"code": code, "label": tree[code].label if code in tree else code, "direct": False})
    return [rows[c] for c in sorted(rows)]


def search_texts(record: ArticleRecord) -> tuple[str, str, str]:
    """(title, body, quotes) as indexed for full-text search."""
    title = " ".join(t for t in (record.title, record.subtitle) if t)
    return title, record.body, "\n".join(q.text for q in record.quotes)


def speaker_index(record: ArticleRecord) -> dict[tuple[str, str], int]:
    """(kind, folded name or alias) -> position in record.participants, to link quotes to speakers."""
    index: dict[tuple[str, str], int] = {}
    for i, p in enumerate(record.participants):
        for name in (p.name, *p.aliases):
            index.setdefault((p.kind, fold(name)), i)
    return index


def content_equal(stored_json: str, record: ArticleRecord) -> bool:
    """Same article content, whatever file it was read from (provenance aside)."""
    stored = ArticleRecord.model_validate_json(stored_json)
    return stored.model_dump(exclude={"provenance"}) == record.model_dump(exclude={"provenance"})
