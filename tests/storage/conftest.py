"""Storage fixtures: every `store` test runs on SQLite and on PostgreSQL (a fresh schema per test)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa
from storage_builders import corpus

from storage import Store

PG_URL = os.environ.get("NEWSDESK_TEST_POSTGRES_URL")
REQUIRE_PG = bool(os.environ.get("NEWSDESK_REQUIRE_POSTGRES"))
ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _postgres_base() -> str:
    if PG_URL:
        return PG_URL
    if REQUIRE_PG:
        pytest.fail("NEWSDESK_REQUIRE_POSTGRES is set but NEWSDESK_TEST_POSTGRES_URL is not")
    pytest.skip("no PostgreSQL configured (set NEWSDESK_TEST_POSTGRES_URL)")


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A URL whose search_path is a throwaway schema, dropped afterwards."""
    base = _postgres_base()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def database_url(request, tmp_path) -> Iterator[str]:
    """A URL to an empty database: a SQLite file, or a throwaway PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    with postgres_schema() as url:
        yield url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    with postgres_schema() as url:
        yield url


@pytest.fixture
def store(database_url) -> Iterator[Store]:
    opened = Store.open(database_url)
    yield opened
    opened.close()


@pytest.fixture
def loaded(store) -> Store:
    """A store holding the builder corpus."""
    store.add_many(corpus())
    return store


def pytest_generate_tests(metafunc) -> None:
    if "database_url" in metafunc.fixturenames:
        metafunc.parametrize("database_url", ENGINES, indirect=True)
