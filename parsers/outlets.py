"""Outlet knowledge as data (parsers/data/outlets.json): who is a wire agency, own-site marks, site-name furniture."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Profile:
    """One outlet: its names, whether others print its copy under its credit, and marks of its own pages."""

    name: str
    aliases: tuple[str, ...]
    wire: bool
    own_site: tuple[re.Pattern[str], ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The main name first, then the aliases."""
        return (self.name, *self.aliases)


def fold(name: str) -> str:
    """Comparison form of an outlet name: casefolded, without a leading "the" or trailing punctuation."""
    name = re.sub(r"^the\s+", "", name.strip().casefold())
    return re.sub(r"[\s.:,;-]+$", "", name)


@cache
def _data() -> tuple[tuple[Profile, ...], dict[str, Profile], tuple[re.Pattern[str], ...]]:
    """Load parsers/data/outlets.json once: profiles, a name index, and site-name patterns."""
    raw = json.loads(resources.files("parsers").joinpath("data/outlets.json").read_text("utf-8"))
    profiles = tuple(
        Profile(o["name"], tuple(o.get("aliases", ())), bool(o.get("wire")),
                tuple(re.compile(p, re.MULTILINE) for p in o.get("own_site", ())))
        for o in raw["outlets"]
    )
    index = {fold(n): p for p in profiles for n in p.names}
    patterns = tuple(re.compile(p, re.MULTILINE) for p in raw["site_name_patterns"])
    return profiles, index, patterns


COMPACT = re.compile(r"[\W_]+")
BRAND_TAIL = re.compile(r"\s+news(?:\s+agency)?$")  # `ANTARA NEWS`: a listed agency's name plus its brand word


def lookup(name: str) -> Profile | None:
    """Return the profile that `name` (any listed form, or a listed agency's name plus `News`) belongs to."""
    index, folded = _data()[1], fold(name)
    profile = index.get(folded)
    if profile is None and (stem := BRAND_TAIL.sub("", folded)) != folded:
        found = index.get(stem)
        profile = found if found is not None and found.wire else None
    return profile


def same(a: str | None, b: str | None) -> bool:
    """True when two printed names denote the same outlet (same profile, or equal names)."""
    if not a or not b:
        return False
    pa, pb = lookup(a), lookup(b)
    return (pa is not None and pa is pb) or COMPACT.sub("", fold(a)) == COMPACT.sub("", fold(b))  # `TRTWorld`


def own_site(text: str) -> str | None:
    """Return the outlet whose own-page marks the text carries, in the form the text prints it."""
    for profile in _data()[0]:
        if any(p.search(text) for p in profile.own_site):
            return printed_form(profile, text)
    return None


def printed_form(profile: Profile, text: str) -> str:
    """Return the first of the profile's names that the text prints as a whole word (else its main name)."""
    for name in profile.names:
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            return name
    for name in profile.names:  # `IRNA` printed as `Irna`: keep the text's spelling, not the profile's long name
        if m := re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
            return m.group(0)
    return profile.name


def site_name(lines: list[str]) -> str | None:
    """Return the publication named by furniture such as `Join the X mailing list` or `© 2024 X`."""
    return next(iter(site_names(lines)), None)


def site_names(lines: list[str], *, wires: bool = False) -> list[str]:
    """Every publication name that furniture lines give, in page order: non-wire sites, or else only wires.

    A wire named there (`Copyright 2026 The Associated Press`) owns the copy, not the page.
    """
    out = []
    for line in lines:
        for pattern in _data()[2]:
            m = pattern.search(line)
            name = m["name"].strip().rstrip(".,;:") if m and m["name"] else ""
            if name and is_wire(name) == wires:
                out.append(name)
    return out


def is_wire(name: str) -> bool:
    """True for a listed wire agency."""
    profile = lookup(name)
    return bool(profile and profile.wire)
