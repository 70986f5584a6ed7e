"""Full-text search, the one place with engine branches: SQLite FTS5 + bm25, PostgreSQL tsvector + ts_rank.

Both engines get the same parsed SearchQuery; user text only ever travels as bound parameters
(FTS5: a MATCH string whose every term is double-quoted; PostgreSQL: *to_tsquery functions).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import reduce

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import TSQUERY

from storage.querylang import SearchQuery, Term
from storage.schema import articles, quotes

FTS5_TOKENIZER = "porter unicode61 remove_diacritics 2"
BM25_WEIGHTS = (5.0, 1.0, 2.0)  # title, body, quotes
PG_CONFIG = sa.literal_column("'english'::regconfig")
SEARCH_VECTOR = sa.column("search_vector")


@dataclass(frozen=True)
class IndexedText:
    """What the index holds for one article."""

    pk: int
    title: str
    body: str
    quotes: str


def create(bind: sa.Connection) -> None:
    """Create the engine's full-text structures (called from the first migration)."""
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql(
            f"CREATE VIRTUAL TABLE article_fts USING fts5(title, body, quotes, tokenize='{FTS5_TOKENIZER}')"
        )
    else:
        bind.exec_driver_sql("ALTER TABLE articles ADD COLUMN search_vector tsvector")
        bind.exec_driver_sql("CREATE INDEX ix_articles_search_vector ON articles USING GIN (search_vector)")


def create_quote_index(bind: sa.Connection) -> None:
    """Index quote texts on their own, so quote searches match the quote, not its article."""
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql(f"CREATE VIRTUAL TABLE quote_fts USING fts5(text, tokenize='{FTS5_TOKENIZER}')")
        bind.exec_driver_sql("INSERT INTO quote_fts(rowid, text) SELECT pk, text FROM quotes")
    else:
        bind.exec_driver_sql("ALTER TABLE quotes ADD COLUMN search_vector tsvector")
        bind.exec_driver_sql("UPDATE quotes SET search_vector = to_tsvector('english', text)")
        bind.exec_driver_sql("CREATE INDEX ix_quotes_search_vector ON quotes USING GIN (search_vector)")


def drop_quote_index(bind: sa.Connection) -> None:
    """Undo create_quote_index()."""
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql("DROP TABLE IF EXISTS quote_fts")
    else:
        bind.exec_driver_sql("ALTER TABLE quotes DROP COLUMN search_vector")


def drop(bind: sa.Connection) -> None:
    """Undo create()."""
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql("DROP TABLE IF EXISTS article_fts")


def index(conn: sa.Connection, texts: Sequence[IndexedText]) -> None:
    """Add articles to the index (same transaction as the rows)."""
    if not texts:
        return
    params = [{"pk": t.pk, "title": t.title, "body": t.body, "quotes": t.quotes} for t in texts]
    if conn.dialect.name == "sqlite":
        sql = "INSERT INTO article_fts(rowid, title, body, quotes) VALUES (:pk, :title, :body, :quotes)"
    else:
        sql = (
            "UPDATE articles SET search_vector = setweight(to_tsvector('english', :title), 'A')"
            " || setweight(to_tsvector('english', :body), 'B') || setweight(to_tsvector('english', :quotes), 'C')"
            " WHERE pk = :pk"
        )
    conn.execute(sa.text(sql), params)


def index_quotes(conn: sa.Connection, texts: Sequence[tuple[int, str]]) -> None:
    """Add (quote pk, text) pairs to the quote index."""
    if not texts:
        return
    if conn.dialect.name == "sqlite":
        sql = "INSERT INTO quote_fts(rowid, text) VALUES (:pk, :text)"
    else:
        sql = "UPDATE quotes SET search_vector = to_tsvector('english', :text) WHERE pk = :pk"
    conn.execute(sa.text(sql), [{"pk": pk, "text": text} for pk, text in texts])


def unindex_quotes(conn: sa.Connection, pks: Sequence[int]) -> None:
    """Remove quotes from the quote index (PostgreSQL drops the column with the row)."""
    if pks and conn.dialect.name == "sqlite":
        stmt = sa.text("DELETE FROM quote_fts WHERE rowid IN :pks").bindparams(sa.bindparam("pks", expanding=True))
        conn.execute(stmt, {"pks": list(pks)})


def unindex(conn: sa.Connection, pks: Sequence[int]) -> None:
    """Remove articles from the index (PostgreSQL drops the column with the row)."""
    if pks and conn.dialect.name == "sqlite":
        stmt = sa.text("DELETE FROM article_fts WHERE rowid IN :pks").bindparams(sa.bindparam("pks", expanding=True))
        conn.execute(stmt, {"pks": list(pks)})


def fts5_match(query: SearchQuery) -> str:
    """The FTS5 MATCH string: every term double-quoted, so no user text is FTS5 syntax."""

    def term(t: Term) -> str:
        return '"' + " ".join(t.words) + '"' + ("*" if t.prefix else "")

    groups = " AND ".join("(" + " OR ".join(term(t) for t in g) + ")" for g in query.groups)
    return "(" + groups + ")" + "".join(" NOT " + term(t) for t in query.excluded)


def pg_tsquery(query: SearchQuery) -> sa.ColumnElement:
    """A tsquery expression built from bound parameters only."""

    def term(t: Term) -> sa.ColumnElement:
        if t.prefix:
            return sa.func.to_tsquery(PG_CONFIG, sa.literal(" <-> ".join(t.words) + ":*"), type_=TSQUERY)
        fn = sa.func.plainto_tsquery if len(t.words) == 1 else sa.func.phraseto_tsquery
        return fn(PG_CONFIG, sa.literal(" ".join(t.words)), type_=TSQUERY)

    positive = reduce(_both, (reduce(_either, map(term, g)) for g in query.groups))
    for t in query.excluded:
        positive = _both(positive, sa.func.tsquery_not(term(t), type_=TSQUERY))
    return positive


def _either(a: sa.ColumnElement, b: sa.ColumnElement) -> sa.ColumnElement:
    return sa.func.tsquery_or(a, b, type_=TSQUERY)


def _both(a: sa.ColumnElement, b: sa.ColumnElement) -> sa.ColumnElement:
    return sa.func.tsquery_and(a, b, type_=TSQUERY)


def hits(dialect: str, query: SearchQuery, scored: bool = True, pks: tuple[int | None, int | None] = (None, None)
         ) -> sa.Subquery:
    """Subquery (pk, score) of the articles matching `query`; higher score is more relevant.

    Unscored (score NULL) is cheaper: for totals and facets, which do not rank. `pks` bounds the pk range
    (inclusive) inside the index scan, so a bounded candidate set is all that gets ranked.
    """
    if dialect == "sqlite":
        fts = sa.table("article_fts", sa.column("rowid"))
        rank = -sa.func.bm25(sa.literal_column("article_fts"), *BM25_WEIGHTS) if scored else sa.null()
        stmt = (
            sa.select(fts.c.rowid.label("pk"), rank.label("score"))
            .select_from(fts)
            .where(sa.literal_column("article_fts").op("MATCH")(sa.literal(fts5_match(query))))
        )
        key = fts.c.rowid
    else:
        tsq = pg_tsquery(query)
        rank = sa.func.ts_rank(SEARCH_VECTOR, tsq) if scored else sa.null()
        stmt = sa.select(articles.c.pk, rank.label("score")).where(
            SEARCH_VECTOR.op("@@")(tsq)
        )
        key = articles.c.pk
    low, high = pks
    if low is not None:
        stmt = stmt.where(key >= low)
    if high is not None:
        stmt = stmt.where(key <= high)
    return stmt.subquery("hits")


def contains(dialect: str, pk: sa.ColumnElement, query: SearchQuery,
             pks: tuple[int | None, int | None] = (None, None)) -> sa.ColumnElement:
    """`pk` is among the matches: a set membership test, not a join.

    On SQLite `pk + 0` keeps the planner from probing the (large) article rows once per match, so an
    indexed filter (a date range, an outlet) drives the scan and only its rows are tested.
    """
    found = hits(dialect, query, scored=False, pks=pks)
    return scanned(dialect, pk).in_(sa.select(found.c.pk))


def scanned(dialect: str, column: sa.ColumnElement) -> sa.ColumnElement:
    """`column` as SQLite's planner may not use for an index probe (`+ 0`): for set membership tests over
    large sets, a scan of a small covering index beats one probe into the large article rows per member."""
    return column + 0 if dialect == "sqlite" else column


def quote_hits(dialect: str, query: SearchQuery) -> sa.Subquery:
    """Subquery (pk) of the quotes whose own text matches `query`."""
    if dialect == "sqlite":
        fts = sa.table("quote_fts", sa.column("rowid"))
        match = sa.literal_column("quote_fts").op("MATCH")(sa.literal(fts5_match(query)))
        return sa.select(fts.c.rowid.label("pk")).select_from(fts).where(match).subquery("quote_hits")
    return sa.select(quotes.c.pk).where(SEARCH_VECTOR.op("@@")(pg_tsquery(query))).subquery("quote_hits")
