"""Write and delete articles with all their search rows, inside the caller's transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa

from schemas import ArticleRecord
from storage import copies, fulltext, rows, tallies
from storage.names import fold
from storage.schema import (
    article_participants,
    article_records,
    article_shingles,
    article_topics,
    articles,
    fingerprints,
    quotes,
    sources,
    variants,
)
from storage.taxonomy import TopicInfo

AddStatus = Literal["new", "unchanged", "duplicate", "updated"]


@dataclass(frozen=True)
class AddResult:
    """What add() did: `duplicate` records are stored too, pointing at the first copy."""

    status: AddStatus
    article_id: str
    duplicate_of: str | None = None


class Writer:
    """One batch of writes on one connection; collects what the participant refresh must revisit."""

    def __init__(self, conn: sa.Connection, tree: dict[str, TopicInfo], cache: dict | None = None) -> None:
        self.conn = conn
        self.tree = tree
        self.touched_variants: set[int] = set()
        self.added_links: list[tuple[int, int, str | None]] = []  # (article, variant, day): profile deltas
        self.lost_variants: set[int] = set()  # lost a link: their participants are recounted
        self.texts: list[fulltext.IndexedText] = []
        self.quote_texts: list[tuple[int, str]] = []
        cache = cache if cache is not None else {}
        self._sources: dict[str, int] = cache.setdefault("sources", {})  # rows never deleted: safe to keep
        self._variants: dict[tuple[str, str], int] = cache.setdefault("variants", {})

    def add_batch(self, records: list[ArticleRecord]) -> list[AddResult]:
        """Insert the records whose content is not stored yet; a few statements for the whole batch."""
        stored = self._stored(sorted({r.id for r in records}))
        results: dict[str, AddResult] = {}
        fresh: list[tuple[ArticleRecord, bool]] = []
        seen: set[str] = set()
        for record in records:
            if record.id in seen:  # the same article twice in one batch: the second copy changes nothing
                continue
            seen.add(record.id)
            found = stored.get(record.id)
            if found and rows.content_equal(found.record, record):
                results[record.id] = AddResult("unchanged", record.id, found.duplicate_of)
                continue
            if found:
                self.delete_pk(found.pk)
            fresh.append((record, found is not None))
        for (record, updated), original in zip(fresh, self._insert_all([r for r, _ in fresh]), strict=True):
            status: AddStatus = "updated" if updated else ("duplicate" if original else "new")
            results[record.id] = AddResult(status, record.id, original)
        out, reported = [], set()
        for r in records:
            first = results[r.id]
            out.append(first if r.id not in reported else AddResult("unchanged", r.id, first.duplicate_of))
            reported.add(r.id)
        return out

    def _stored(self, ids: list[str]) -> dict[str, sa.Row]:
        stmt = (sa.select(articles.c.id, articles.c.pk, article_records.c.record, articles.c.duplicate_of)
                .join(article_records, article_records.c.article_pk == articles.c.pk).where(articles.c.id.in_(ids)))
        found = self.conn.execute(stmt)
        return {row.id: row for row in found}

    def delete_pk(self, pk: int) -> None:
        """Remove one article and every row that hangs off it."""
        ap = article_participants.c
        linked = self.conn.execute(sa.select(ap.variant_pk, ap.role, ap.country, ap.aliases)
                                   .where(ap.article_pk == pk)).all()
        speakers = self.conn.execute(sa.select(quotes.c.speaker_variant_pk).where(quotes.c.article_pk == pk))
        tallies.subtract(self.conn, tallies.count(linked, speakers.scalars()))
        self.touched_variants.update(row.variant_pk for row in linked)
        self.lost_variants.update(row.variant_pk for row in linked)
        quote_pks = list(self.conn.execute(sa.select(quotes.c.pk).where(quotes.c.article_pk == pk)).scalars())
        fulltext.unindex_quotes(self.conn, quote_pks)
        for table in (article_participants, article_topics, quotes, fingerprints, article_records, article_shingles):
            self.conn.execute(sa.delete(table).where(table.c.article_pk == pk))
        fulltext.unindex(self.conn, [pk])
        self.conn.execute(sa.delete(articles).where(articles.c.pk == pk))

    def flush(self) -> None:
        """Index the batch's texts in one statement."""
        fulltext.index(self.conn, self.texts)
        fulltext.index_quotes(self.conn, self.quote_texts)
        self.texts, self.quote_texts = [], []

    def _insert_all(self, records: list[ArticleRecord]) -> list[str | None]:
        """Insert new articles and their child rows; return each one's duplicate_of."""
        if not records:
            return []
        rows_ = [rows.article_row(r) for r in records]
        shingled = [rows.shingles(r.body) for r in records]
        prints = [rows.fingerprints(r.body, sh) for r, sh in zip(records, shingled, strict=True)]
        sketches = [rows.sketch(r.body, sh) for r, sh in zip(records, shingled, strict=True)]
        originals = copies.originals(self.conn, rows_, [set(s) for s in sketches], prints)
        for row, record, original in zip(rows_, records, originals, strict=True):
            row.update(duplicate_of=original, outlet_pk=self._source_pk(record.source.outlet),
                       credited_pk=self._source_pk(record.source.credited_source))
        stmt = sa.insert(articles).returning(articles.c.pk, sort_by_parameter_order=True)
        records_json = [row.pop("record") for row in rows_]
        pks = self.conn.execute(stmt, rows_).scalars().all()
        self.conn.execute(sa.insert(article_records),
                          [{"article_pk": pk, "record": text} for pk, text in zip(pks, records_json, strict=True)])
        topic_rows = [{"article_pk": pk, **t} for pk, r in zip(pks, records, strict=True)
                      for t in rows.topic_rows(r, self.tree)]
        print_rows = [{"article_pk": pk, "hash": h} for pk, p in zip(pks, prints, strict=True) for h in p]
        sketch_rows = [{"article_pk": pk, "hashes": rows.pack(s)} for pk, s in zip(pks, sketches, strict=True)]
        for table, values in ((article_topics, topic_rows), (fingerprints, print_rows),
                              (article_shingles, sketch_rows)):
            if values:
                self.conn.execute(sa.insert(table), values)
        links, quote_rows = [], []
        for pk, record, row in zip(pks, records, rows_, strict=True):
            variant_pks = self._link_participants(pk, record, links)
            self.added_links.extend((pk, vpk, row["published_day"]) for vpk in dict.fromkeys(variant_pks))
            quote_rows.extend(self._quote_rows(pk, record, variant_pks))
            self.texts.append(fulltext.IndexedText(pk, *rows.search_texts(record)))
        if links:
            self.conn.execute(sa.insert(article_participants), links)
        if quote_rows:
            stmt = sa.insert(quotes).returning(quotes.c.pk, sort_by_parameter_order=True)
            quote_pks = self.conn.execute(stmt, quote_rows).scalars().all()
            self.quote_texts.extend(zip(quote_pks, (q["text"] for q in quote_rows), strict=True))
        tallies.add(self.conn, tallies.count(links, (q["speaker_variant_pk"] for q in quote_rows)))
        return originals

    def _link_participants(self, pk: int, record: ArticleRecord, out: list[dict]) -> list[int]:
        links: dict[int, dict] = {}
        order: list[int] = []
        for p in record.participants:
            vpk = self._variant_pk(p.kind, p.name)
            order.append(vpk)
            if vpk not in links:  # the parser may list two forms that fold alike; keep the first
                links[vpk] = {"article_pk": pk, "variant_pk": vpk, "role": p.role, "country": p.country,
                              "mentions": p.mentions, "aliases": _json_list(p.aliases)}
        out.extend(links.values())
        self.touched_variants.update(links)
        return order

    def _quote_rows(self, pk: int, record: ArticleRecord, variant_pks: list[int]) -> list[dict]:
        speakers = rows.speaker_index(record)
        values = []
        for n, q in enumerate(record.quotes):
            where = speakers.get((q.speaker.kind, fold(q.speaker.name))) if q.speaker else None
            values.append({
                "article_pk": pk, "ordinal": n, "text": q.text, "kind": q.kind, "cue": q.cue, "part": q.part,
                "span_start": q.span[0], "span_end": q.span[1],
                "speaker_name": q.speaker.name if q.speaker else None,
                "speaker_kind": q.speaker.kind if q.speaker else None,
                "speaker_variant_pk": variant_pks[where] if where is not None else None,
            })
        return values

    def _source_pk(self, name: str | None) -> int | None:
        norm = fold(name) if name else ""
        if not norm:
            return None
        if norm not in self._sources:  # build the statement only on a cache miss: most names repeat
            self._sources[norm] = self._get_or_create(sources, {"name": name, "norm": norm}, sources.c.norm == norm)
        return self._sources[norm]

    def _variant_pk(self, kind: str, name: str) -> int:
        norm = fold(name) or name.casefold()
        if (kind, norm) not in self._variants:
            where = sa.and_(variants.c.kind == kind, variants.c.norm == norm)
            self._variants[(kind, norm)] = self._get_or_create(variants, {"kind": kind, "norm": norm, "name": name},
                                                               where)
        return self._variants[(kind, norm)]

    def _get_or_create(self, table: sa.Table, values: dict, where: sa.ColumnElement) -> int:
        found = self.conn.execute(sa.select(table.c.pk).where(where)).scalar()
        if found is None:
            found = self.conn.execute(sa.insert(table).values(values)).inserted_primary_key[0]
        return found


def _json_list(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)
