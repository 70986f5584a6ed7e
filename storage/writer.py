"""Write and delete articles with all their search rows, inside the caller's transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa

from schemas import ArticleRecord
from storage import fulltext, rows
from storage.names import fold
from storage.schema import (
    article_participants,
    article_topics,
    articles,
    fingerprints,
    quotes,
    sources,
    variants,
)
from storage.taxonomy import TopicInfo

AddStatus = Literal["new", "unchanged", "duplicate", "updated"]
DUPLICATE_SHARE = 2  # fingerprints two copies must share (or all, when a body has fewer)


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
        self.texts: list[fulltext.IndexedText] = []
        self.quote_texts: list[tuple[int, str]] = []
        cache = cache if cache is not None else {}
        self._sources: dict[str, int] = cache.setdefault("sources", {})  # rows never deleted: safe to keep
        self._variants: dict[tuple[str, str], int] = cache.setdefault("variants", {})

    def add(self, record: ArticleRecord) -> AddResult:
        """Insert `record` unless the same content is stored already."""
        found = self.conn.execute(sa.select(articles.c.pk, articles.c.record).where(articles.c.id == record.id)).first()
        if found and rows.content_equal(found.record, record):
            return AddResult("unchanged", record.id, self._duplicate_of_stored(found.pk))
        if found:
            self.delete_pk(found.pk)
        row = rows.article_row(record)
        prints = rows.fingerprints(record.body)
        original = self._find_original(row["body_hash"], prints)
        pk = self._insert(record, row, original, prints)
        title, body, quote_text = rows.search_texts(record)
        self.texts.append(fulltext.IndexedText(pk, title, body, quote_text))
        status: AddStatus = "updated" if found else ("duplicate" if original else "new")
        return AddResult(status, record.id, original)

    def delete_pk(self, pk: int) -> None:
        """Remove one article and every row that hangs off it."""
        linked = self.conn.execute(
            sa.select(article_participants.c.variant_pk).where(article_participants.c.article_pk == pk)
        )
        self.touched_variants.update(linked.scalars())
        quote_pks = list(self.conn.execute(sa.select(quotes.c.pk).where(quotes.c.article_pk == pk)).scalars())
        fulltext.unindex_quotes(self.conn, quote_pks)
        for table in (article_participants, article_topics, quotes, fingerprints):
            self.conn.execute(sa.delete(table).where(table.c.article_pk == pk))
        fulltext.unindex(self.conn, [pk])
        self.conn.execute(sa.delete(articles).where(articles.c.pk == pk))

    def flush(self) -> None:
        """Index the batch's texts in one statement."""
        fulltext.index(self.conn, self.texts)
        fulltext.index_quotes(self.conn, self.quote_texts)
        self.texts, self.quote_texts = [], []

    def _duplicate_of_stored(self, pk: int) -> str | None:
        return self.conn.execute(sa.select(articles.c.duplicate_of).where(articles.c.pk == pk)).scalar()

    def _find_original(self, digest: str, prints: list[str]) -> str | None:
        same = sa.select(articles.c.id).where(articles.c.body_hash == digest).order_by(articles.c.pk).limit(1)
        original = self.conn.execute(same).scalar()
        if original or not prints:
            return original
        need = min(DUPLICATE_SHARE, len(prints))
        shared = (
            sa.select(fingerprints.c.article_pk)
            .where(fingerprints.c.hash.in_(prints))
            .group_by(fingerprints.c.article_pk)
            .having(sa.func.count() >= need)
            .order_by(fingerprints.c.article_pk)
            .limit(1)
            .scalar_subquery()
        )
        return self.conn.execute(sa.select(articles.c.id).where(articles.c.pk == shared)).scalar()

    def _insert(self, record: ArticleRecord, row: dict, original: str | None, prints: list[str]) -> int:
        row = {
            **row,
            "duplicate_of": original,
            "outlet_pk": self._source_pk(record.source.outlet),
            "credited_pk": self._source_pk(record.source.credited_source),
        }
        pk = self.conn.execute(sa.insert(articles).values(row)).inserted_primary_key[0]
        topic_rows = rows.topic_rows(record, self.tree)
        if topic_rows:
            self.conn.execute(sa.insert(article_topics), [{"article_pk": pk, **r} for r in topic_rows])
        if prints:
            self.conn.execute(sa.insert(fingerprints), [{"article_pk": pk, "hash": h} for h in prints])
        variant_pks = self._link_participants(pk, record)
        self._insert_quotes(pk, record, variant_pks)
        return pk

    def _link_participants(self, pk: int, record: ArticleRecord) -> list[int]:
        links: dict[int, dict] = {}
        order: list[int] = []
        for p in record.participants:
            vpk = self._variant_pk(p.kind, p.name)
            order.append(vpk)
            if vpk not in links:  # the parser may list two forms that fold alike; keep the first
                links[vpk] = {"article_pk": pk, "variant_pk": vpk, "role": p.role, "country": p.country,
                              "mentions": p.mentions, "aliases": _json_list(p.aliases)}
        if links:
            self.conn.execute(sa.insert(article_participants), list(links.values()))
            self.touched_variants.update(links)
        return order

    def _insert_quotes(self, pk: int, record: ArticleRecord, variant_pks: list[int]) -> None:
        if not record.quotes:
            return
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
        stmt = sa.insert(quotes).returning(quotes.c.pk, sort_by_parameter_order=True)
        pks = self.conn.execute(stmt, values).scalars().all()
        self.quote_texts.extend(zip(pks, (v["text"] for v in values), strict=True))

    def _source_pk(self, name: str | None) -> int | None:
        if not name or not fold(name):
            return None
        return self._get_or_create(sources, self._sources, fold(name), {"name": name, "norm": fold(name)},
                                   sources.c.norm == fold(name))

    def _variant_pk(self, kind: str, name: str) -> int:
        norm = fold(name) or name.casefold()
        where = sa.and_(variants.c.kind == kind, variants.c.norm == norm)
        return self._get_or_create(variants, self._variants, (kind, norm), {"kind": kind, "norm": norm, "name": name},
                                   where)

    def _get_or_create(self, table: sa.Table, cache: dict, key, values: dict, where) -> int:
        if key not in cache:
            found = self.conn.execute(sa.select(table.c.pk).where(where)).scalar()
            if found is None:
                found = self.conn.execute(sa.insert(table).values(values)).inserted_primary_key[0]
            cache[key] = found
        return cache[key]


def _json_list(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)
