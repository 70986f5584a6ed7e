"""Keep each article's JSON record in a side table, so the `articles` rows stay narrow.

Filters, date sorts, facets and profile dates read a few columns of many articles; with the record
inline every such row read touched a page (or overflow chain) holding several kilobytes of JSON.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# A filter-only search sorted by date reads its page straight from one of these, in order, and stops.
SORT_INDEXES = {
    "ix_articles_day_order": ["published_day", "published", "id"],
    "ix_articles_outlet_day": ["outlet_pk", "published_day", "published", "id"],
    "ix_articles_credited_day": ["credited_pk", "published_day", "published", "id"],
}
SUPERSEDED = ["ix_articles_published_day", "ix_articles_outlet_pk", "ix_articles_credited_pk"]  # prefixes of those


def upgrade() -> None:
    op.create_table(
        "article_records",
        sa.Column("article_pk", sa.Integer(), sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("article_pk"),
    )
    op.execute("INSERT INTO article_records (article_pk, record) SELECT pk, record FROM articles")
    op.execute("ALTER TABLE articles DROP COLUMN record")  # SQLite >= 3.35 and PostgreSQL; rewrites the rows narrow
    for name, columns in SORT_INDEXES.items():
        op.create_index(name, "articles", columns)
    for name in SUPERSEDED:
        op.drop_index(name, "articles")


def downgrade() -> None:
    for name in SUPERSEDED:
        op.create_index(name, "articles", [name.removeprefix("ix_articles_")])
    for name in SORT_INDEXES:
        op.drop_index(name, "articles")
    op.add_column("articles", sa.Column("record", sa.Text(), nullable=True))
    op.execute("UPDATE articles SET record = (SELECT r.record FROM article_records r WHERE r.article_pk = articles.pk)")
    op.drop_table("article_records")
