"""Persistence and search for article records (framework-free: no Flask, no os.environ)."""

from storage.errors import QuerySyntaxError, StorageError
from storage.store import Store
from storage.writer import AddResult

__all__ = ["AddResult", "QuerySyntaxError", "Store", "StorageError"]
