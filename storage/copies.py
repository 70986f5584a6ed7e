"""Find the first stored copy of each new article, with work per article bounded whatever the corpus size.

A copy is an article with the same body words (body hash) or whose 5-word shingles overlap a
candidate's by at least MIN_SIMILARITY (Jaccard). Candidates share a MinHash LSH band with it:

- per band only the BAND_CANDIDATES oldest stored articles are read (a window function), since on
  templated text a band can be shared by thousands of unrelated stories;
- candidates are ranked by how many bands they share (real copies share most), then age, and the
  MAX_VERIFIED best are compared using stored shingle sketches (rows.sketch), not whole records;
- among the verified matches the oldest wins, so every copy points at the first stored one.
"""

from __future__ import annotations

from collections import Counter

import sqlalchemy as sa

from storage import rows
from storage.schema import article_shingles, articles, fingerprints

MAX_VERIFIED = 8  # candidate copies compared per new article
BAND_CANDIDATES = 16  # stored articles read per LSH band, oldest first
MIN_SIMILARITY = 0.6  # Jaccard of 5-word shingles above which a body is a copy of another

Key = tuple[int, int]  # (0, stored pk) or (1, position in the batch): sorts oldest first


def originals(conn: sa.Connection, rows_: list[dict], sketches: list[set[int]],
              prints: list[list[str]]) -> list[str | None]:
    """For each new row (in batch order), the id of the first stored copy of the same story, or None."""
    by_hash = _first_by_body_hash(conn, {r["body_hash"] for r in rows_})
    band_members = _band_members(conn, sorted({h for p in prints for h in p}))
    stored = [_ranked(Counter(k for h in p for k in band_members.get(h, ()))) for p in prints]
    known: dict[Key, tuple[str, set[int]]] = _stored_sketches(conn, sorted({k[1] for s in stored for k in s}))
    batch_bands: dict[str, list[Key]] = {}
    out: list[str | None] = []
    for i, (row, mine, p) in enumerate(zip(rows_, sketches, prints, strict=True)):
        original = by_hash.get(row["body_hash"])
        if original is None:
            shared = Counter(k for h in p for k in band_members.get(h, ()))
            shared.update(k for h in p for k in batch_bands.get(h, ()))
            matches = [k for k in _ranked(shared)
                       if k in known and rows.similarity(mine, known[k][1]) >= MIN_SIMILARITY]
            original = known[min(matches)][0] if matches else None
        out.append(original)
        by_hash.setdefault(row["body_hash"], original or row["id"])
        known[(1, i)] = (original or row["id"], mine)
        for h in p:
            batch_bands.setdefault(h, []).append((1, i))
    return out


def _ranked(shared: Counter[Key]) -> list[Key]:
    """The MAX_VERIFIED candidates sharing the most bands; among equals the oldest."""
    return sorted(shared, key=lambda k: (-shared[k], k))[:MAX_VERIFIED]


def _first_by_body_hash(conn: sa.Connection, hashes: set[str]) -> dict[str, str]:
    """body hash -> id of the first stored article with that body."""
    if not hashes:
        return {}
    first = (sa.select(sa.func.min(articles.c.pk)).where(articles.c.body_hash.in_(sorted(hashes)))
             .group_by(articles.c.body_hash))
    return dict(conn.execute(sa.select(articles.c.body_hash, articles.c.id).where(articles.c.pk.in_(first))).all())


def _band_members(conn: sa.Connection, hashes: list[str]) -> dict[str, list[Key]]:
    """band key -> the oldest BAND_CANDIDATES stored articles holding it."""
    if not hashes:
        return {}
    fp = fingerprints.c
    ranked = (sa.select(fp.hash, fp.article_pk,
                        sa.func.row_number().over(partition_by=fp.hash, order_by=fp.article_pk).label("n"))
              .where(fp.hash.in_(hashes)).subquery())
    out: dict[str, list[Key]] = {}
    for h, pk in conn.execute(sa.select(ranked.c.hash, ranked.c.article_pk).where(ranked.c.n <= BAND_CANDIDATES)):
        out.setdefault(h, []).append((0, pk))
    return out


def _stored_sketches(conn: sa.Connection, pks: list[int]) -> dict[Key, tuple[str, set[int]]]:
    """(0, pk) -> (the story's first copy id, shingle sketch) for stored candidates."""
    if not pks:
        return {}
    found = conn.execute(sa.select(articles.c.pk, articles.c.id, articles.c.duplicate_of, article_shingles.c.hashes)
                         .join(article_shingles, article_shingles.c.article_pk == articles.c.pk)
                         .where(articles.c.pk.in_(pks)))
    return {(0, r.pk): (r.duplicate_of or r.id, rows.unpack(r.hashes)) for r in found}
