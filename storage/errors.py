"""Errors storage raises on purpose; their messages are safe to show to API clients."""

from __future__ import annotations


class QuerySyntaxError(ValueError):
    """A malformed search query (`q`): the message says what is wrong and how to fix it."""


class StorageError(RuntimeError):
    """The database is unusable (e.g. an unsupported URL or a failed migration)."""
