"""Keep per-variant fact counts and per-article shingle sketches, so a batch's ingest cost stays flat.

Clustering read every article link of the variants a batch touched, and duplicate detection re-read
and re-shingled whole records of candidate copies: both grew with the corpus. The counts and the
sketches are backfilled from the stored rows, so an upgraded database behaves as a fresh ingest.

Revision ID: 0004
Revises: 0003
"""

import json
from collections import Counter

import sqlalchemy as sa
from alembic import op

from storage import rows

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

CHUNK = 1000
FACTS = sa.table("participant_variant_facts", sa.column("variant_pk"), sa.column("fact"), sa.column("value"),
                 sa.column("n"))
SHINGLES = sa.table("article_shingles", sa.column("article_pk"), sa.column("hashes", sa.LargeBinary))


def upgrade() -> None:
    op.create_table(
        "participant_variant_facts",
        sa.Column("variant_pk", sa.Integer(), sa.ForeignKey("participant_variants.pk"), nullable=False),
        sa.Column("fact", sa.String(length=10), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("variant_pk", "fact", "value"),
    )
    op.create_table(
        "article_shingles",
        sa.Column("article_pk", sa.Integer(), sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("hashes", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("article_pk"),
    )
    op.create_index("ix_article_fingerprints_hash_article", "article_fingerprints", ["hash", "article_pk"])
    _backfill_facts(op.get_bind())
    _backfill_shingles(op.get_bind())


def _backfill_facts(conn: sa.Connection) -> None:
    """The counts storage.tallies keeps, from the links and quotes already stored."""
    insert = "INSERT INTO participant_variant_facts (variant_pk, fact, value, n) "
    op.execute(insert + "SELECT variant_pk, 'article', '', count(*) FROM article_participants GROUP BY variant_pk")
    for column in ("role", "country"):
        op.execute(insert + f"SELECT variant_pk, '{column}', {column}, count(*) FROM article_participants "
                   f"WHERE {column} IS NOT NULL AND {column} <> '' GROUP BY variant_pk, {column}")
    op.execute(insert + "SELECT speaker_variant_pk, 'quote', '', count(*) FROM quotes "
               "WHERE speaker_variant_pk IS NOT NULL GROUP BY speaker_variant_pk")
    counts: Counter = Counter()
    for variant_pk, listed, n in conn.execute(sa.text(
            "SELECT variant_pk, aliases, count(*) FROM article_participants WHERE aliases <> '[]' "
            "GROUP BY variant_pk, aliases")):
        for alias in set(json.loads(listed)):
            counts[(variant_pk, alias)] += n
    values = [{"variant_pk": v, "fact": "alias", "value": a, "n": n} for (v, a), n in sorted(counts.items())]
    for i in range(0, len(values), CHUNK):
        conn.execute(sa.insert(FACTS), values[i:i + CHUNK])


def _backfill_shingles(conn: sa.Connection) -> None:
    """Each stored body's shingle sketch, read in primary-key chunks (constant memory)."""
    last = 0
    while True:
        chunk = conn.execute(sa.text("SELECT article_pk, record FROM article_records WHERE article_pk > :last "
                                     "ORDER BY article_pk LIMIT :n"), {"last": last, "n": CHUNK}).all()
        if not chunk:
            return
        conn.execute(sa.insert(SHINGLES), [{"article_pk": pk, "hashes": rows.pack(rows.sketch(json.loads(rec)["body"]))}
                                           for pk, rec in chunk])
        last = chunk[-1][0]


def downgrade() -> None:
    op.drop_index("ix_article_fingerprints_hash_article", table_name="article_fingerprints")
    op.drop_table("article_shingles")
    op.drop_table("participant_variant_facts")
