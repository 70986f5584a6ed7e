"""`newsdesk parse` and `newsdesk schema`: the parsers on the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from api.settings import parser_settings
from parsers import RawInput, Rejected, parse_batch
from schemas import ArticleRecord


def _read_inputs(paths: tuple[Path, ...]) -> tuple[list[RawInput], list[Rejected]]:
    inputs, unreadable = [], []
    for path in paths:
        try:
            inputs.append(RawInput(str(path), path.read_bytes()))
        except OSError as exc:
            unreadable.append(Rejected(str(path), f"cannot read: {exc.strerror or exc}"))
    return inputs, unreadable


@click.command("parse")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--pretty", is_flag=True, help="Indented JSON for people instead of JSON Lines.")
@click.option("--model", default=None, help="spaCy model name or path (default: NEWSDESK_SPACY_MODEL).")
def parse_command(files: tuple[Path, ...], pretty: bool, model: str | None) -> None:
    """Parse article files and print one JSON record per line; bad files go to stderr."""
    inputs, failed = _read_inputs(files)
    for result in parse_batch(inputs, parser_settings(model=model)):
        if isinstance(result, Rejected):
            failed.append(result)
            continue
        click.echo(result.model_dump_json(indent=2 if pretty else None))
    for rejected in failed:
        click.echo(f"newsdesk parse: {rejected.name}: {rejected.reason}", err=True)
    sys.exit(1 if failed else 0)


@click.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the article record."""
    click.echo(json.dumps(ArticleRecord.model_json_schema(), indent=2))
