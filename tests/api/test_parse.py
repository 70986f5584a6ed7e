"""POST /v1/parse: the record for a text, in each accepted body format, without storing it."""

from __future__ import annotations

import io

import pytest

from schemas import ArticleRecord
from tests.api.conftest import ARTICLES


@pytest.fixture(scope="module")
def fixture_bytes() -> bytes:
    return ARTICLES[0].read_bytes()


def _record(response) -> ArticleRecord:
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    return ArticleRecord.model_validate_json(response.get_data())


def test_plain_text_json_and_multipart_give_the_same_record(client, fixture_bytes):
    plain = _record(client.post("/v1/parse?filename=a.txt", data=fixture_bytes,
                                content_type="text/plain; charset=utf-8"))
    as_json = _record(client.post("/v1/parse", json={"filename": "a.txt", "text": fixture_bytes.decode()}))
    upload = _record(client.post("/v1/parse", data={"file": (io.BytesIO(fixture_bytes), "dir/a.txt")},
                                 content_type="multipart/form-data"))
    assert plain.id == as_json.id == upload.id
    assert plain.body == as_json.body and plain.title == upload.title
    assert plain.provenance.file == as_json.provenance.file == upload.provenance.file == "a.txt"


def test_parse_stores_nothing(client, fixture_bytes):
    record = _record(client.post("/v1/parse", data=fixture_bytes, content_type="text/plain"))
    assert client.get(f"/v1/articles/{record.id}").status_code == 404
