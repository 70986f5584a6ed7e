import json

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from api.cli import cli
from schemas import ArticleRecord

MINIMAL = {"id": "x", "body": "text", "provenance": {"file": "a.txt", "sha256": "0" * 64, "parser_version": "1"}}


def test_minimal_record_defaults_unknowns_to_null():
    record = ArticleRecord.model_validate(MINIMAL)
    assert record.title is None and record.published is None and record.source.outlet is None
    assert record.participants == [] and record.language == "en"


@pytest.mark.parametrize("published", ["2024-09-18", "2024-09-18T03:00", "2024-09-18T03:00:00+03:30"])
def test_published_accepts_iso_dates(published):
    assert ArticleRecord.model_validate({**MINIMAL, "published": published}).published == published


@pytest.mark.parametrize("published", ["18 September 2024", "2024-9-18", "yesterday"])
def test_published_refuses_non_iso(published):
    with pytest.raises(ValidationError):
        ArticleRecord.model_validate({**MINIMAL, "published": published})


def test_unknown_fields_are_refused():
    with pytest.raises(ValidationError):
        ArticleRecord.model_validate({**MINIMAL, "titel": "typo"})


def test_schema_command_prints_the_record_schema():
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert {"title", "source", "participants", "quotes", "topics", "provenance"} <= set(schema["properties"])
