"""openapi.yaml is generated from the code, committed, served as is, valid and lint-clean."""

from __future__ import annotations

import json
import subprocess

import yaml
from click.testing import CliRunner
from openapi_spec_validator import validate

from api.cli import cli
from tests.api.conftest import ROOT

SPEC_FILE = ROOT / "openapi.yaml"
REGENERATE = ".venv/bin/newsdesk openapi --output openapi.yaml"


def _generated() -> str:
    result = CliRunner().invoke(cli, ["openapi"])
    assert result.exit_code == 0, result.output
    return result.output


def test_committed_spec_matches_the_code():
    assert SPEC_FILE.read_text(encoding="utf-8") == _generated(), (
        f"openapi.yaml is out of date with the code; regenerate it with `{REGENERATE}` and commit it"
    )


def test_served_spec_equals_the_committed_file(client):
    committed = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))
    served_json = client.get("/openapi.json")
    assert served_json.mimetype == "application/json"
    assert json.loads(served_json.get_data()) == committed
    assert yaml.safe_load(client.get("/openapi.yaml").get_data()) == committed


def test_spec_is_valid_openapi_3_1():
    spec = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_every_operation_is_named_tagged_and_summarized():
    spec = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))
    operations = [op for item in spec["paths"].values() for key, op in item.items() if key != "parameters"]
    ids = [op["operationId"] for op in operations]
    assert len(ids) == len(set(ids)) >= 14
    for op in operations:
        assert op["tags"] and op["summary"].endswith(".") and "\n" not in op["summary"]


def test_every_error_is_documented_as_problem_json():
    spec = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))
    for item in spec["paths"].values():
        for op in (op for key, op in item.items() if key != "parameters"):
            errors = [r for code, r in op["responses"].items() if int(code) >= 400]
            assert all(r["$ref"].startswith("#/components/responses/") for r in errors)
    for response in spec["components"]["responses"].values():
        assert list(response["content"]) == ["application/problem+json"]


def test_linter_finds_no_errors(node_bin):
    result = subprocess.run([str(node_bin / "redocly"), "lint", "--format=stylish", str(SPEC_FILE)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
