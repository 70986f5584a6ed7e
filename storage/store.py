"""The Store: one object the CLI and the HTTP API use for everything persistent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa

from schemas import ArticleRecord
from schemas.search import (
    ArticlePage,
    ParticipantPage,
    ParticipantProfile,
    Query,
    QuotePage,
    SourceCount,
    Timeline,
    TopicNode,
)
from storage import browse, migrate, participants, people, search, taxonomy
from storage import engine as engines
from storage.schema import article_records, articles, topics
from storage.writer import AddResult, Writer

EXPORT_CHUNK = 500
WRITE_ATTEMPTS = 5
RETRY_SQLSTATES = {"40001", "40P01"}  # serialization failure, deadlock detected


def _conflict(exc: sa.exc.DBAPIError) -> bool:
    """A clash with a concurrent writer (unique key, deadlock, serialization) that a retry resolves."""
    return isinstance(exc, sa.exc.IntegrityError) or getattr(exc.orig, "sqlstate", None) in RETRY_SQLSTATES


class Store:
    """Articles, participants, quotes and topics in SQLite or PostgreSQL, behind one interface."""

    def __init__(self, engine: sa.Engine, tree: dict[str, taxonomy.TopicInfo]) -> None:
        self.engine = engine
        self.tree = tree
        self._keys: dict = {}  # source and variant primary keys, filled after each committed batch

    @classmethod
    def open(cls, url: str, *, taxonomy_path: Path | None = None) -> Store:
        """Connect, create or migrate the schema, and load the topic taxonomy on first use."""
        engine = engines.create(url)
        migrate.upgrade(engine)
        store = cls(engine, taxonomy.load(taxonomy_path))
        store._load_topics()
        return store

    def close(self) -> None:
        self.engine.dispose()

    def ping(self) -> bool:
        """True when the database answers."""
        try:
            with self.engine.connect() as conn:
                return conn.execute(sa.text("SELECT 1")).scalar() == 1
        except sa.exc.SQLAlchemyError:
            return False

    def _load_topics(self) -> None:
        """Fill the topics table once; a process that loses the race to another finds it filled."""
        try:
            with engines.writing(self.engine) as conn:
                if conn.execute(sa.select(sa.func.count()).select_from(topics)).scalar() or not self.tree:
                    return
                conn.execute(sa.insert(topics), [{"code": t.code, "label": t.label, "parent": t.parent}
                                                 for t in self.tree.values()])
        except sa.exc.IntegrityError:
            return

    # writing
    def add(self, record: ArticleRecord) -> AddResult:
        return self.add_many([record])[0]

    def add_many(self, records: list[ArticleRecord]) -> list[AddResult]:
        """Store records in one transaction: all of them or none.

        Another process writing the same article or name at the same moment can make the transaction
        fail (unique key, deadlock); it is then run again and finds that process's rows.
        """
        for attempt in range(WRITE_ATTEMPTS):
            pending = {k: dict(v) for k, v in self._keys.items()}  # a rolled-back batch must not leave keys
            try:
                with engines.writing(self.engine) as conn:
                    writer = Writer(conn, self.tree, pending)
                    results = writer.add_batch(records)
                    writer.flush()
                    participants.refresh(conn, writer.touched_variants, writer.added_links, writer.lost_variants)
            except sa.exc.DBAPIError as exc:
                if attempt == WRITE_ATTEMPTS - 1 or not _conflict(exc):
                    raise
                continue
            self._keys = pending
            return results
        raise AssertionError("unreachable")

    def delete(self, article_id: str) -> bool:
        """Remove an article; False when there was none."""
        with engines.writing(self.engine) as conn:
            pk = conn.execute(sa.select(articles.c.pk).where(articles.c.id == article_id)).scalar()
            if pk is None:
                return False
            writer = Writer(conn, self.tree)
            writer.delete_pk(pk)
            participants.refresh(conn, writer.touched_variants, [], writer.lost_variants)
        return True

    # reading
    def get(self, article_id: str) -> ArticleRecord | None:
        raw = self.get_json(article_id)
        return ArticleRecord.model_validate_json(raw) if raw else None

    def get_json(self, article_id: str) -> str | None:
        """The record's JSON exactly as stored (validated when written): serving it skips a parse and a dump."""
        with self.engine.connect() as conn:
            return conn.execute(sa.select(article_records.c.record)
                                .join(articles, articles.c.pk == article_records.c.article_pk)
                                .where(articles.c.id == article_id)).scalar()

    def known_raw_hashes(self, hashes: list[str]) -> set[str]:
        """Which raw-file sha256 digests are stored already (ingest skips those before parsing)."""
        with self.engine.connect() as conn:
            stmt = sa.select(articles.c.raw_sha256).where(articles.c.raw_sha256.in_(hashes))
            return set(conn.execute(stmt).scalars())

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()

    def search_articles(self, query: Query, *, sort: str = "relevance", page: int = 1, per_page: int = 20,
                        facets: bool = False) -> ArticlePage:
        with self.engine.connect() as conn:
            return search.search_articles(conn, query, sort=sort, page=page, per_page=per_page, facets=facets)

    def search_quotes(self, query: Query, *, page: int = 1, per_page: int = 20) -> QuotePage:
        with self.engine.connect() as conn:
            return browse.search_quotes(conn, query, page=page, per_page=per_page)

    def list_participants(self, *, name: str | None = None, kind: str | None = None, sort: str = "-articles",
                          page: int = 1, per_page: int = 20) -> ParticipantPage:
        with self.engine.connect() as conn:
            return people.list_participants(conn, name=name, kind=kind, sort=sort, page=page, per_page=per_page)

    def get_participant(self, participant_id: str) -> ParticipantProfile | None:
        """By id; a name or alias works too when it names exactly one participant."""
        with self.engine.connect() as conn:
            return people.get_participant(conn, participant_id)

    def topic_tree(self) -> list[TopicNode]:
        with self.engine.connect() as conn:
            return browse.topic_tree(conn)

    def get_topic(self, code: str) -> TopicNode | None:
        with self.engine.connect() as conn:
            return browse.get_topic(conn, code)

    def sources(self) -> list[SourceCount]:
        with self.engine.connect() as conn:
            return browse.source_counts(conn)

    def timeline(self, query: Query, *, interval: str = "day", what: str = "articles") -> Timeline:
        with self.engine.connect() as conn:
            return browse.timeline(conn, query, interval=interval, what=what)

    def export(self) -> Iterator[ArticleRecord]:
        """Every stored record in insertion order, streamed in chunks (constant memory)."""
        last = 0
        while True:
            with self.engine.connect() as conn:
                chunk = conn.execute(
                    sa.select(article_records.c.article_pk.label("pk"), article_records.c.record)
                    .where(article_records.c.article_pk > last)
                    .order_by(article_records.c.article_pk).limit(EXPORT_CHUNK)
                ).all()
            if not chunk:
                return
            for row in chunk:
                yield ArticleRecord.model_validate_json(row.record)
            last = chunk[-1].pk
