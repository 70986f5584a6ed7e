"""Fixtures shared by every test area (each area adds its own in tests/<area>/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES
