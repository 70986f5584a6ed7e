"""Index each link table's search key together with its article_pk, so a filter's article set is read
from the index alone (SQLite otherwise looks up every link row to find its article_pk).

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# new covering index -> (table, columns, the one-column index it supersedes)
COVERING = {
    "ix_article_topics_code_article": ("article_topics", ["code", "article_pk"], "ix_article_topics_code"),
    "ix_article_participants_variant_article": ("article_participants", ["variant_pk", "article_pk"],
                                                "ix_article_participants_variant_pk"),
    "ix_quotes_speaker_article": ("quotes", ["speaker_variant_pk", "article_pk"], "ix_quotes_speaker_variant_pk"),
}


def upgrade() -> None:
    for name, (table, columns, old) in COVERING.items():
        op.create_index(name, table, columns)
        op.drop_index(old, table)


def downgrade() -> None:
    for name, (table, columns, old) in COVERING.items():
        op.create_index(old, table, columns[:1])
        op.drop_index(name, table)
