"""Bring a database to the newest schema with Alembic, programmatically (no alembic.ini needed)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from storage.engine import writing

ALEMBIC_LOCK = threading.Lock()  # alembic.context is one global proxy: one migration per process at a time
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: sa.Connection | None = None) -> Config:
    """An Alembic config pointing at storage/migrations, sharing `connection` with env.py."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: sa.Engine, attempts: int = 10) -> None:
    """Apply every pending migration in one transaction.

    Several processes may open a fresh database at once (gunicorn workers): the loser of that race
    fails on a table the winner just created, waits, and finds the schema current on retry.
    """
    for attempt in range(attempts):
        try:
            with ALEMBIC_LOCK, writing(engine) as connection:
                command.upgrade(alembic_config(connection), "head")
            return
        except sa.exc.DBAPIError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))
