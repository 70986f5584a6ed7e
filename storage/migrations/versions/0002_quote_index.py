"""Index quote texts on their own, so quote searches match the quote itself.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from storage import fulltext

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    fulltext.create_quote_index(op.get_bind())


def downgrade() -> None:
    fulltext.drop_quote_index(op.get_bind())
