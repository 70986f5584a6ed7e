"""Storage fixtures: every `store` test runs on SQLite and on PostgreSQL (a fresh schema per test)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from storage_builders import corpus

from storage import Store
from tests.postgres import postgres_schema

ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


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
