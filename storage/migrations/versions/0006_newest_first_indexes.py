"""Build the date-order indexes in the order of a newest-first page, and drop an index another one covers.

Lists are newest first, undated articles last, then by id. PostgreSQL reads an ascending index backwards only
as DESC NULLS FIRST, so it sorted every match of a filter (outlet filter at 100k: 78 ms against 11 ms for an
index walk). SQLite has no NULLS clause in CREATE INDEX, but its DESC already puts NULLs last.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SORT_INDEXES = {"ix_articles_day_order": None, "ix_articles_outlet_day": "outlet_pk",
                "ix_articles_credited_day": "credited_pk"}  # name -> filter column in front of the date order
DATE_COLUMNS = ("published_day", "published")


def _create(name: str, lead: str | None, order: str) -> None:
    columns = ([lead] if lead else []) + [f"{c}{order}" for c in DATE_COLUMNS] + ["id"]
    op.execute(f"CREATE INDEX {name} ON articles ({', '.join(columns)})")


def upgrade() -> None:
    order = " DESC NULLS LAST" if op.get_bind().dialect.name == "postgresql" else " DESC"
    for name, lead in SORT_INDEXES.items():
        op.drop_index(name, "articles")
        _create(name, lead, order)
    op.drop_index("ix_article_fingerprints_hash", "article_fingerprints")  # (hash, article_pk) covers it


def downgrade() -> None:
    op.create_index("ix_article_fingerprints_hash", "article_fingerprints", ["hash"])
    for name, lead in SORT_INDEXES.items():
        op.drop_index(name, "articles")
        _create(name, lead, "")
