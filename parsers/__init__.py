"""Raw article text in, validated `schemas.ArticleRecord` out. Framework-free."""

from parsers.errors import ParseError
from parsers.pipeline import PARSER_VERSION, RawInput, Rejected, article_id, parse_batch, parse_bytes
from parsers.settings import DEFAULT_MODEL, ParserSettings

__all__ = [
    "DEFAULT_MODEL",
    "PARSER_VERSION",
    "ParseError",
    "ParserSettings",
    "RawInput",
    "Rejected",
    "article_id",
    "parse_batch",
    "parse_bytes",
]
