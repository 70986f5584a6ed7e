"""Tables: the whole record as JSON plus the columns and link tables that search and browsing need."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

sources = sa.Table(
    "sources", metadata,
    sa.Column("pk", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(300), nullable=False),
    sa.Column("norm", sa.String(300), nullable=False, unique=True),
)

articles = sa.Table(
    "articles", metadata,
    sa.Column("pk", sa.Integer, primary_key=True),
    sa.Column("id", sa.String(64), nullable=False, unique=True),
    sa.Column("raw_sha256", sa.String(64), nullable=False, index=True),
    sa.Column("body_hash", sa.String(64), nullable=False, index=True),
    sa.Column("duplicate_of", sa.String(64), nullable=True),
    sa.Column("title", sa.Text, nullable=True),
    sa.Column("outlet_pk", sa.Integer, sa.ForeignKey("sources.pk"), nullable=True),
    sa.Column("credited_pk", sa.Integer, sa.ForeignKey("sources.pk"), nullable=True),
    sa.Column("published", sa.String(40), nullable=True),
    sa.Column("published_day", sa.String(10), nullable=True),
    sa.Column("quote_count", sa.Integer, nullable=False, default=0),
)

article_records = sa.Table(  # apart from `articles`, whose rows stay narrow for scans and sorts
    "article_records", metadata,
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("record", sa.Text, nullable=False),
)

topics = sa.Table(
    "topics", metadata,
    sa.Column("code", sa.String(20), primary_key=True),
    sa.Column("label", sa.String(200), nullable=False),
    sa.Column("parent", sa.String(20), nullable=True, index=True),
)

article_topics = sa.Table(
    "article_topics", metadata,
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("code", sa.String(20), primary_key=True),
    sa.Column("label", sa.String(200), nullable=False),
    sa.Column("direct", sa.Boolean, nullable=False),
)

participants = sa.Table(
    "participants", metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("kind", sa.String(20), nullable=False, index=True),
    sa.Column("name", sa.String(300), nullable=False, index=True),
    sa.Column("article_count", sa.Integer, nullable=False, default=0, index=True),
    sa.Column("quote_count", sa.Integer, nullable=False, default=0),
    sa.Column("first_seen", sa.String(10), nullable=True),
    sa.Column("last_seen", sa.String(10), nullable=True),
    sa.Column("profile", sa.Text, nullable=False),
)

variants = sa.Table(
    "participant_variants", metadata,
    sa.Column("pk", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("norm", sa.String(300), nullable=False),
    sa.Column("name", sa.String(300), nullable=False),
    sa.Column("participant_id", sa.String(40), nullable=True, index=True),
    sa.UniqueConstraint("kind", "norm", name="uq_variant_kind_norm"),
)

variant_keys = sa.Table(
    "participant_variant_keys", metadata,
    sa.Column("variant_pk", sa.Integer, sa.ForeignKey("participant_variants.pk"), primary_key=True),
    sa.Column("key", sa.String(100), primary_key=True, index=True),
)

aliases = sa.Table(
    "participant_aliases", metadata,
    sa.Column("participant_id", sa.String(40), primary_key=True),
    sa.Column("norm", sa.String(300), primary_key=True, index=True),
)

article_participants = sa.Table(
    "article_participants", metadata,
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("variant_pk", sa.Integer, sa.ForeignKey("participant_variants.pk"), primary_key=True),
    sa.Column("role", sa.String(300), nullable=True),
    sa.Column("country", sa.String(100), nullable=True),
    sa.Column("mentions", sa.Integer, nullable=False, default=1),
    sa.Column("aliases", sa.Text, nullable=False, default="[]"),
)

quotes = sa.Table(
    "quotes", metadata,
    sa.Column("pk", sa.Integer, primary_key=True),
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("ordinal", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("kind", sa.String(10), nullable=False),
    sa.Column("cue", sa.String(100), nullable=True),
    sa.Column("part", sa.String(10), nullable=False),
    sa.Column("span_start", sa.Integer, nullable=False),
    sa.Column("span_end", sa.Integer, nullable=False),
    sa.Column("speaker_name", sa.String(300), nullable=True),
    sa.Column("speaker_kind", sa.String(20), nullable=True),
    sa.Column("speaker_variant_pk", sa.Integer, sa.ForeignKey("participant_variants.pk"), nullable=True),
)

fingerprints = sa.Table(
    "article_fingerprints", metadata,
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("hash", sa.String(64), primary_key=True),
)

sa.Index("ix_articles_published", articles.c.published)
# newest first, undated last (on PostgreSQL DESC NULLS LAST, see migration 0006), then id
NEWEST_FIRST = (articles.c.published_day.desc(), articles.c.published.desc(), articles.c.id)
sa.Index("ix_articles_day_order", *NEWEST_FIRST)
sa.Index("ix_articles_outlet_day", articles.c.outlet_pk, *NEWEST_FIRST)
sa.Index("ix_articles_credited_day", articles.c.credited_pk, *NEWEST_FIRST)

variant_facts = sa.Table(  # per-variant counts kept at write time (storage.tallies): clustering never reads links
    "participant_variant_facts", metadata,
    sa.Column("variant_pk", sa.Integer, sa.ForeignKey("participant_variants.pk"), primary_key=True),
    sa.Column("fact", sa.String(10), primary_key=True),
    sa.Column("value", sa.Text, primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
)

article_shingles = sa.Table(  # each body's shingle hashes (rows.sketch): copies are verified without the record
    "article_shingles", metadata,
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("hashes", sa.LargeBinary, nullable=False),
)

sa.Index("ix_article_fingerprints_hash_article", fingerprints.c.hash, fingerprints.c.article_pk)
# a filter's article set straight from the index (migration 0005)
sa.Index("ix_article_topics_code_article", article_topics.c.code, article_topics.c.article_pk)
sa.Index("ix_article_participants_variant_article", article_participants.c.variant_pk,
         article_participants.c.article_pk)
sa.Index("ix_quotes_speaker_article", quotes.c.speaker_variant_pk, quotes.c.article_pk)
