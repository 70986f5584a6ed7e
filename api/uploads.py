"""Read an article from a request body: text/plain, JSON {filename, text} or a multipart file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import marshmallow as ma
from flask import current_app, request
from flask_smorest import abort

from parsers import ParseError, ParserSettings, RawInput, parse_bytes
from schemas import ArticleRecord

DEFAULT_NAME = "upload.txt"
FIXTURE_EXAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "000_d8ce11755103d3ed.txt"


class ArticleUploadSchema(ma.Schema):
    """An article sent as JSON."""

    filename = ma.fields.String(load_default=DEFAULT_NAME, validate=ma.validate.Length(min=1, max=255),
                                metadata={"description": "Name to record in provenance.file."})
    text = ma.fields.String(required=True, validate=ma.validate.Length(min=1),
                            metadata={"description": "The article text as found: page furniture is fine."})


# Also the only optional input of the upload operations, which openapi-python-client 0.29 needs to import
# its Unset type there: without one its generated code fails with NameError (required multi-type bodies).
class UploadArgs(ma.Schema):
    """Query arguments of the endpoints that take an article."""

    filename = ma.fields.String(validate=ma.validate.Length(min=1, max=255),
                                metadata={"description": "Name to record in provenance.file for a text/plain body."})


def request_body_doc() -> dict[str, Any]:
    """The requestBody of every endpoint that accepts an article."""
    example = FIXTURE_EXAMPLE.read_text(encoding="utf-8") if FIXTURE_EXAMPLE.exists() else "Title\n\nBody."
    return {
        "required": True,
        "description": "The article: plain text, JSON, or a form upload in the field `file`.",
        "content": {
            "text/plain": {"schema": {"type": "string"}, "example": example},
            "application/json": {"schema": {"$ref": "#/components/schemas/ArticleUpload"},
                                 "example": {"filename": FIXTURE_EXAMPLE.name, "text": example}},
            "multipart/form-data": {"schema": {"$ref": "#/components/schemas/ArticleFile"}},
        },
    }


def read_upload(filename: str | None = None) -> RawInput:
    """The uploaded article as raw bytes; 415 for other media types, 422 for a malformed body."""
    mimetype = request.mimetype
    if mimetype == "text/plain":
        return RawInput(Path(filename or DEFAULT_NAME).name or DEFAULT_NAME, request.get_data(cache=False))
    if mimetype == "application/json":
        payload = request.get_json(silent=True)
        if not isinstance(payload, dict):
            abort(422, message="The body must be a JSON object {filename, text}.")
        try:
            upload = ArticleUploadSchema().load(payload)
        except ma.ValidationError as exc:
            abort(422, message="The JSON body is not a valid upload.", errors={"json": exc.messages})
        return RawInput(upload["filename"], upload["text"].encode("utf-8"))
    if mimetype == "multipart/form-data":
        file = request.files.get("file")
        if file is None:
            abort(422, message="Send the article in the form field `file`.", errors={"files": {"file": ["Missing."]}})
        return RawInput(Path(file.filename or DEFAULT_NAME).name or DEFAULT_NAME, file.read())
    abort(415, message="Send text/plain, application/json or multipart/form-data.")


def parse_upload(args: dict[str, Any]) -> ArticleRecord:
    """Parse the uploaded article; 422 with the parser's reason when it cannot be parsed."""
    item = read_upload(args.get("filename"))
    settings: ParserSettings = current_app.extensions["newsdesk"]["parser_settings"]
    try:
        return parse_bytes(item.data, item.name, settings)
    except ParseError as exc:
        abort(422, message=f"The text cannot be parsed: {exc.reason}.")
