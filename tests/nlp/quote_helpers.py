"""Participant builders for the quote tests (a uniquely named module: every test area has a conftest)."""

from __future__ import annotations

from schemas import Participant


def person(name: str, *aliases: str, role: str | None = None, country: str | None = None) -> Participant:
    """A person participant as the participants stage would give it."""
    return Participant(name=name, kind="person", aliases=list(aliases), role=role, country=country)


def org(name: str, *aliases: str) -> Participant:
    """An organization participant."""
    return Participant(name=name, kind="organization", aliases=list(aliases))
