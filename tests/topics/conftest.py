"""Fixtures for the topic tests: the taxonomy index and a spaCy-parsing helper."""

from __future__ import annotations

import pytest

from parsers.nlp import load_model
from parsers.settings import ParserSettings
from parsers.topic_model import Index, load_index


@pytest.fixture(scope="session")
def index() -> Index:
    return load_index()


@pytest.fixture(scope="session")
def nlp():
    return load_model(ParserSettings().model)
