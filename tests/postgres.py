"""A throwaway PostgreSQL schema for tests, shared by the storage and API suites."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa


def postgres_base_url() -> str:
    """The test server's URL; skip without one, but fail when CI says PostgreSQL must run."""
    url = os.environ.get("NEWSDESK_TEST_POSTGRES_URL")
    if url:
        return url
    if os.environ.get("NEWSDESK_REQUIRE_POSTGRES"):
        pytest.fail("NEWSDESK_REQUIRE_POSTGRES is set but NEWSDESK_TEST_POSTGRES_URL is not")
    pytest.skip("no PostgreSQL configured (set NEWSDESK_TEST_POSTGRES_URL)")


@contextmanager
def postgres_schema(prefix: str = "t") -> Iterator[str]:
    """A URL whose search_path is a fresh schema, dropped afterwards."""
    base = postgres_base_url()
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
