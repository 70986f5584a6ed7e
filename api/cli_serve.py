"""`newsdesk serve` and `newsdesk openapi`: run the API under gunicorn, write its contract."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
APP_TARGET = "api:create_app()"
GUNICORN_CONF = "gunicorn.conf.py"


def gunicorn_argv(bind: str | None, workers: int | None) -> list[str]:
    """The gunicorn command line: the project's config file, flags only for what was asked."""
    conf = Path(GUNICORN_CONF) if Path(GUNICORN_CONF).exists() else ROOT / GUNICORN_CONF
    argv = [sys.executable, "-m", "gunicorn", "--config", str(conf)]
    if bind:
        argv += ["--bind", bind]
    if workers:
        argv += ["--workers", str(workers)]
    return [*argv, APP_TARGET]


@click.command("serve")
@click.option("--bind", default=None, metavar="HOST:PORT", help="Address to listen on (default 127.0.0.1:8000).")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes (default 2 x cores + 1).")
def serve_command(bind: str | None, workers: int | None) -> None:
    """Serve the HTTP API with gunicorn on the database named by NEWSDESK_DATABASE_URL."""
    argv = gunicorn_argv(bind, workers)
    os.execv(argv[0], argv)  # gunicorn becomes this process, so signals reach it directly


@click.command("openapi")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the YAML here instead of printing it.")
def openapi_command(output: Path | None) -> None:
    """Print (or write) the OpenAPI 3.1 document generated from the code."""
    from api import create_app
    from api.openapi import spec_dict, to_yaml

    text = to_yaml(spec_dict(create_app({"TESTING": True})))
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
