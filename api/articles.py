"""Articles: search, fetch, ingest, delete, and parse without storing."""

from __future__ import annotations

import hashlib
from typing import Any

from flask import Response, request, url_for
from flask_smorest import abort

from api.args import ArticleSearchArgs, split_query
from api.auth import require_key
from api.extensions import Blueprint, get_store
from api.limits import write_limit
from api.openapi import OPEN, REQUIRED_KEY, errors, json_response, ok
from api.uploads import UploadArgs, parse_upload, request_body_doc
from schemas import ArticleRecord
from schemas.search import ArticlePage

blp = Blueprint("articles", __name__, url_prefix="/v1", description="Search, read, add and remove articles.")

ETAG_HEADER = {"ETag": {"description": "Version of the record; send it back as If-None-Match.",
                        "schema": {"type": "string"}}}
LOCATION_HEADER = {"Location": {"description": "URL of the new article.", "schema": {"type": "string"}}}
IF_NONE_MATCH = {"name": "If-None-Match", "in": "header", "required": False, "schema": {"type": "string"},
                 "description": "ETag from an earlier response; 304 when the record has not changed."}


def _record_response(record: ArticleRecord | str, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """The record as JSON (a model, or JSON text as stored) with a strong ETag derived from the bytes sent."""
    body = (record if isinstance(record, str) else record.model_dump_json()).encode()
    etag = '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
    return Response(body, status=status, headers={**(headers or {}), "ETag": etag}, mimetype="application/json")


@blp.route("/articles", methods=["GET"])
@blp.arguments(ArticleSearchArgs(), location="query", as_kwargs=False)
@blp.doc(operationId="searchArticles", security=OPEN,
         responses={**ok(200, ArticlePage, "One page of matching articles, without bodies."),
                    **errors(400, 401)})
def search_articles(args: dict[str, Any]) -> Response:
    """Search articles by text, participant, speaker, topic, source and date."""
    query, opts = split_query(args)
    page = get_store().search_articles(query, sort=opts["sort"], page=opts["page"], per_page=opts["per_page"],
                                       facets=opts["facets"])
    return json_response(page)


@blp.route("/articles/<article_id>", methods=["GET"])
@blp.doc(operationId="getArticle", security=OPEN, parameters=[IF_NONE_MATCH],
         responses={**ok(200, ArticleRecord, "The whole article record.", headers=ETAG_HEADER),
                    304: {"description": "Not modified since the ETag sent.", "headers": ETAG_HEADER},
                    **errors(401, 404)})
def get_article(article_id: str) -> Response:
    """Get one article with its body, participants, quotes and topics."""
    stored = get_store().get_json(article_id)
    if stored is None:
        abort(404, message=f"No article has the id {article_id!r}.")
    response = _record_response(stored)
    etag = response.headers["ETag"]
    if request.if_none_match.contains_weak(etag.strip('"')):  # RFC 9110: If-None-Match compares weakly
        return Response(status=304, headers={"ETag": etag})
    return response


@blp.route("/articles", methods=["POST"])
@require_key
@write_limit
@blp.arguments(UploadArgs(), location="query", as_kwargs=False)
@blp.doc(operationId="createArticle", security=REQUIRED_KEY, requestBody=request_body_doc(),
         responses={**ok(201, ArticleRecord, "The article was parsed and stored.",
                         headers={**LOCATION_HEADER, **ETAG_HEADER}),
                    **ok(200, ArticleRecord, "The same text was stored before: the stored (or re-parsed) record.",
                         headers=ETAG_HEADER),
                    **errors(401, 403, 413, 415, 422, 429)})
def create_article(args: dict[str, Any]) -> Response:
    """Add an article: parse the text and store the record."""
    record = parse_upload(args)
    result = get_store().add(record)
    if result.status == "unchanged":
        return _record_response(get_store().get(result.article_id) or record)
    if result.status == "updated":  # same text, re-parsed by a newer parser: the resource existed
        return _record_response(record)
    location = url_for("articles.get_article", article_id=result.article_id)
    return _record_response(record, 201, {"Location": location})


@blp.route("/articles/<article_id>", methods=["DELETE"])
@require_key
@write_limit
@blp.doc(operationId="deleteArticle", security=REQUIRED_KEY,
         responses={204: {"description": "The article is deleted."}, **errors(401, 403, 404, 429)})
def delete_article(article_id: str) -> Response:
    """Delete an article and its quotes from the index."""
    if not get_store().delete(article_id):
        abort(404, message=f"No article has the id {article_id!r}.")
    return Response(status=204)


@blp.route("/parse", methods=["POST"])
@write_limit
@blp.arguments(UploadArgs(), location="query", as_kwargs=False)
@blp.doc(operationId="parseArticle", security=OPEN, requestBody=request_body_doc(),
         responses={**ok(200, ArticleRecord, "The record the text yields; nothing is stored."),
                    **errors(401, 413, 415, 422, 429)})
def parse_article(args: dict[str, Any]) -> Response:
    """Parse an article text into a record without storing it."""
    return json_response(parse_upload(args))
