"""End to end against a real gunicorn on 127.0.0.1: schemathesis, and SDKs generated from openapi.yaml."""

from __future__ import annotations

import importlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import API_KEY, ARTICLES, AUTH, ROOT

pytestmark = [pytest.mark.server, pytest.mark.slow]
BIN = Path(sys.executable).parent
SPEC = ROOT / "openapi.yaml"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"gunicorn exited with {proc.returncode}")
        try:
            if httpx.get(url + "/readyz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    pytest.fail(f"gunicorn did not answer on {url} within {seconds} s")


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    """`newsdesk serve` on a free loopback port, with the fixture articles ingested over HTTP."""
    folder = tmp_path_factory.mktemp("server")
    port = _free_port()
    env = {**os.environ, "NEWSDESK_DATABASE_URL": f"sqlite:///{folder / 'server.db'}", "NEWSDESK_API_KEYS": API_KEY,
           "NEWSDESK_RATE_LIMIT": "100000/minute"}
    log = (folder / "gunicorn.log").open("wb")
    proc = subprocess.Popen([str(BIN / "newsdesk"), "serve", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
                            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, proc)
        for path in ARTICLES:
            response = httpx.post(url + "/v1/articles", content=path.read_bytes(), timeout=60,
                                  headers={**AUTH, "Content-Type": "text/plain"})
            assert response.status_code in (200, 201), response.text
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
        log.close()


def test_gunicorn_logs_access_to_stdout(server):
    assert httpx.get(server + "/healthz").json()["status"] == "ok"
    assert httpx.get(server + "/docs").headers["content-type"].startswith("text/html")


def test_schemathesis_finds_no_failure(server):
    command = [str(BIN / "st"), "--config-file", str(ROOT / "tests" / "api" / "schemathesis.toml"), "run",
               server + "/openapi.json", "--checks", "all", "-H", f"Authorization: Bearer {API_KEY}",
               "--max-examples", "25", "--workers", "1", "--seed", "20261123", "--no-color"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "passed" in result.stdout and "failed" not in result.stdout.splitlines()[-1]


@pytest.fixture(scope="module")
def python_sdk(tmp_path_factory) -> Iterator[object]:
    """The Python client openapi-python-client generates from the committed openapi.yaml (never committed)."""
    folder = tmp_path_factory.mktemp("sdk")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run([str(BIN / "openapi-python-client"), "generate", "--path", str(SPEC), "--meta", "none",
                             "--output-path", str(folder / "newsdesk_client")],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module("newsdesk_client")
    finally:
        sys.path.remove(str(folder))
        for name in [n for n in sys.modules if n == "newsdesk_client" or n.startswith("newsdesk_client.")]:
            del sys.modules[name]


def test_python_sdk_ingests_searches_fetches_and_gets_typed_errors(server, python_sdk):
    def op(tag: str, name: str):
        return importlib.import_module(f"newsdesk_client.api.{tag}.{name}")

    models = importlib.import_module("newsdesk_client.models")
    client = python_sdk.AuthenticatedClient(base_url=server, token=API_KEY)

    text = ARTICLES[0].read_text(encoding="utf-8") + "\n\nA closing paragraph only the SDK test adds.\n"
    upload = models.ArticleUpload(text=text, filename="sdk.txt")
    created = op("articles", "create_article").sync_detailed(client=client, body=upload)
    assert created.status_code == 201 and isinstance(created.parsed, models.ArticleRecord)
    record = created.parsed

    word = next(w for w in record.body.split() if w.isalpha() and len(w) > 6)
    page = op("articles", "search_articles").sync(client=client, q=word, per_page=100)
    assert isinstance(page, models.ArticlePage) and record.id in {s.id for s in page.data}

    fetched = op("articles", "get_article").sync(client=client, article_id=record.id)
    assert isinstance(fetched, models.ArticleRecord) and fetched.body == record.body

    people = op("participants", "list_participants").sync(client=client, per_page=100)
    speaker = next(p for p in people.data if p.quote_count)
    quotes = op("quotes", "search_quotes").sync(client=client, participant=speaker.id, per_page=100)
    assert isinstance(quotes, models.QuotePage) and quotes.data

    missing = op("articles", "get_article").sync_detailed(client=client, article_id="0" * 32)
    assert missing.status_code == 404
    assert isinstance(missing.parsed, models.Problem) and missing.parsed.status == 404


def test_typescript_sdk_type_checks(node_bin, tmp_path):
    types = tmp_path / "newsdesk.d.ts"
    subprocess.run([str(node_bin / "openapi-typescript"), str(SPEC), "--output", str(types)],
                   check=True, capture_output=True, timeout=300)
    (tmp_path / "use.ts").write_text(TS_USE, encoding="utf-8")
    result = subprocess.run([str(node_bin / "tsc"), "--noEmit", "--strict", "--target", "es2022",
                             "--moduleResolution", "node", str(tmp_path / "use.ts")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


# Uses the generated types the way a client would; the @ts-expect-error lines prove tsc really checks them.
TS_USE = """import type { components, operations, paths } from "./newsdesk";

type Page = paths["/v1/articles"]["get"]["responses"][200]["content"]["application/json"];
type Problem = components["schemas"]["Problem"];
type QuoteQuery = NonNullable<operations["searchQuotes"]["parameters"]["query"]>;

export function firstTitle(page: Page): string | null | undefined {
  return page.data[0]?.title;
}
export function describe(problem: Problem): string {
  return `${problem.status} ${problem.title}: ${problem.detail ?? ""}`;
}
export const bySpeaker: QuoteQuery = { speaker: "Masoud Pezeshkian", per_page: 50 };
// @ts-expect-error: per_page is a number, not a string
export const wrong: QuoteQuery = { per_page: "50" };
// @ts-expect-error: summaries carry no body
export const body = (page: Page) => page.data[0].body;
"""
