"""Paging arithmetic shared by every listing."""

from __future__ import annotations

from schemas.search import PageMeta

MAX_PER_PAGE = 100


def check(page: int, per_page: int) -> None:
    """Refuse paging values the response model could not describe."""
    if page < 1 or not 1 <= per_page <= MAX_PER_PAGE:
        raise ValueError(f"page must be >= 1 and per_page between 1 and {MAX_PER_PAGE}")


def meta(page: int, per_page: int, total: int) -> PageMeta:
    return PageMeta(page=page, per_page=per_page, total=total, pages=-(-total // per_page))
