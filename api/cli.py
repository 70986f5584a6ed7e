"""The `newsdesk` command: one group, each command in the module of its layer."""

from __future__ import annotations

import click

from api.cli_parse import parse_command, schema_command
from api.cli_serve import openapi_command, serve_command
from api.cli_store import export_command, ingest_command


@click.group()
@click.version_option(package_name="newsdesk")
def cli() -> None:
    """newsdesk: structured, searchable metadata from news article text."""


cli.add_command(parse_command)
cli.add_command(schema_command)
cli.add_command(serve_command)
cli.add_command(openapi_command)
cli.add_command(ingest_command)
cli.add_command(export_command)
