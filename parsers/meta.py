"""Metadata lines: story codes, `Source :` credits, bylines, printed URLs, time stamps."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers import furniture, outlets
from parsers.dates import find_dates, is_stamp
from parsers.layout import is_prose, words

EXTERNAL_ID = re.compile(r"(?:^|[|\s])(?:Story Code|News ID|News Code|News Number|News No\.?|Article ID|Story ID|"
                         r"Post ID|Content ID)\s*:?\s*(?P<id>[A-Za-z]?\d[\w-]*)", re.IGNORECASE)
SOURCE = re.compile(r"^(?i:Sources?)\s*:\s*(?P<name>[A-Z0-9][^|:]{1,59}?)\.?$")
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'“”)\]]+")
KEY_VALUE = re.compile(r"^(?:Editor|Editors|Edited by|Author|Authors|Writer|Correspondent|Reporter|Photo|Photos|"
                       r"Credit|Translated by|Compiled by)\s*:\s*\S.{0,60}$", re.IGNORECASE)
AGENCIES_TAIL = re.compile(r"\s+(?:and|with|&)\s+(?:other\s+)?(?:news\s+)?agencies\b.*$", re.IGNORECASE)
SOURCE_TAIL = re.compile(rf"{AGENCIES_TAIL.pattern}|\s*[,;/].*$", re.IGNORECASE)
TIME_ONLY = re.compile(r"^[|\s]*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?[|\s]*$", re.I)
REPORTER = re.compile(r"^(?:Reporter|Author|Written by|Reported by|Posted by|(?i:by))\b\s*:?\s*(?P<name>[^,|]*?)"
                      r"\s*(?:[,|]|\bon\b|\bwith\b|\bPublished\b|\bUpdated\b|$)")
STAFF = re.compile(r"^(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}(?:Staff|Desk|Bureau|Correspondent|Newsroom|Team|Editorial"
                   r"|Web Desk|Reporter))$")
NAME_BEFORE = re.compile(r"^(?:Photo of\s+)?(?P<name>[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,5}?)\s*"
                         r"(?:\|(?=.*\d)|(?P<dash>\s[-–—]\s)|\bPublished\b|\bUpdated\b|\bPosted\b)")
BYLINE_AGENCY = re.compile(r"^(?i:by)\s+[^,|]+?(?:[,|]|\s+with)\s*(?P<agency>[A-Z][\w.' -]{1,40}?)\s*$")
# `Le Monde with AFP`
WITH_WIRE = re.compile(r"^(?P<name>[A-Z][^,|]{1,40}?)\s+with\s+(?P<agency>[A-Z][\w.' -]{1,30}?)\s*$")
NAME_WIRE = re.compile(r"^(?:(?i:by|from)\s+)?"
                       r"(?:(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*(?:,|\||\(|\sfor\s)\s*)?"
                       r"(?P<agency>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})\s*\)?\s*(?:\|.*)?$")
ACRONYM_MAX = 6
ISSUER = re.compile(r"^From\s*:\s*(?P<name>[A-Z][^|:,]{1,60}?)\.?$")  # a news release's `From: Department of X`
PIPE = re.compile(r"\s+\|\s+")
STAMP_PART_WORDS = 5  # `Read time 4 min.` piped after a date stamp
LABEL_WORDS = frozenset({"published", "updated", "posted", "date", "source", "last", "first", "on", "photo"})
NAME_TOKEN = re.compile(r"^(?:[A-Z][\w.'’-]*|al-\w+|and|bin|bint|de|van|von|der|da|of|ul|el-\w+)$")


@dataclass
class Meta:
    """Fields one metadata line states."""

    external_id: str | None = None
    source: str | None = None
    url: str | None = None
    reporter: str | None = None
    credit: str | None = None
    outlet: str | None = None  # `Le Monde` in `Le Monde with AFP`
    own_report: bool = False  # `Source: X and news agencies`: X's own reporting plus unnamed wires


def read_meta(text: str) -> Meta:
    """Read the metadata a line states (all fields None for ordinary lines)."""
    meta = Meta()
    if m := EXTERNAL_ID.search(text):
        meta.external_id = m["id"]
    m = next((m for part in text.split("|") if (m := SOURCE.match(part.strip()))), None)  # `Source: X| date|…`
    if m and not URL.search(m["name"]):
        meta.source = SOURCE_TAIL.sub("", m["name"]).strip() or None
        meta.own_report = AGENCIES_TAIL.search(m["name"]) is not None
    if m := URL.search(text):
        meta.url = m.group(0).rstrip(".,;")
    name = byline_name(text)
    if outlets.is_wire(text):
        meta.credit = text.strip()
    elif (m := WITH_WIRE.match(text)) and outlets.is_wire(m["agency"]):
        meta.credit = m["agency"]
        profile = outlets.lookup(m["name"])
        meta.outlet = m["name"] if profile is not None and not profile.wire else None
    elif agency := _wire_after_name(text):
        meta.credit, meta.reporter = agency
    elif name and outlets.is_wire(name):
        meta.credit = name
    elif name:
        meta.reporter = name
        if (m := BYLINE_AGENCY.match(text)) and (outlets.is_wire(m["agency"]) or _acronym(m["agency"])):
            meta.credit = m["agency"]
    if issuer := _issuer(text):
        meta.outlet = issuer  # the body that issues the release publishes it on its own site
    return meta


def _issuer(text: str) -> str | None:
    """The issuing body of a `From: Global Ministry of X` line (not a wire, which would be a credit)."""
    m = ISSUER.match(text)
    return m["name"] if m and furniture.name_line(m["name"]) and not outlets.is_wire(m["name"]) else None


def _wire_after_name(text: str) -> tuple[str, str | None] | None:
    """(agency, reporter) from `Jane Doe, AFP`, `Jane Doe | AFP | date`, `By Jane Doe (AFP)`, `From Reuters`."""
    m = NAME_WIRE.match(text)
    if not m or not outlets.is_wire(m["agency"]):
        return None
    reporter = _clean_name(m["name"]) if m["name"] else None
    if m["name"] and reporter is None:
        return None  # `Smoke rises over the city, AFP` is a caption, not a byline
    return m["agency"], reporter


def byline_name(text: str) -> str | None:
    """Return the name a byline line gives (`By X`, `Reuters Staff`, `X | 10.12.2022`, `AFP Published ...`)."""
    for pattern in (REPORTER, STAFF, NAME_BEFORE):
        m = pattern.match(text)
        if m and m.groupdict().get("dash") and not find_dates(text):
            continue  # `KYODO NEWS - Mar 11, 2026` is a byline; `Iran and Russia - talks resume` is not
        if m and (name := _clean_name(m["name"])):
            return name
    return None


def _acronym(name: str) -> bool:
    """An agency acronym such as `AA` or `IRNA` after `with` in a byline."""
    return name.isupper() and name.isalpha() and len(name) <= ACRONYM_MAX


def _clean_name(name: str) -> str | None:
    """Tidy a byline name: drop doubled repeats (`News Desk News Desk`), refuse what is not a name."""
    tokens = name.strip(" ,.|:-").split()
    half = len(tokens) // 2
    if half and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:]:
        tokens = tokens[:half]
    if not tokens or len(tokens) > 6 or tokens[0].casefold() in LABEL_WORDS:
        return None
    if name.lower().startswith(("editorial", "staff")) or all(NAME_TOKEN.match(t) for t in tokens):
        return " ".join(tokens)
    return " ".join(tokens) if re.match(r"^(?:Editorial|Staff) of ", " ".join(tokens)) else None


def is_date_line(text: str) -> bool:
    """True for a header line that states a date rather than running text."""
    return bool(find_dates(text)) and (not is_prose(text) or _stamp_row(text))


def _stamp_row(text: str) -> bool:
    """`12 March 2026 | Read time 4 min.`: a date stamp piped with short widgets, though it ends in a full stop."""
    parts = PIPE.split(text)
    return len(parts) > 1 and any(is_stamp(p) for p in parts) and all(len(words(p)) <= STAMP_PART_WORDS for p in parts)


def is_meta_line(text: str) -> bool:
    """True for a line that only carries metadata: time stamps, story codes, `Source :`, bare URLs, bylines."""
    if TIME_ONLY.match(text) or EXTERNAL_ID.fullmatch(text.strip(" |")) or SOURCE.match(text):
        return True
    if KEY_VALUE.match(text) or outlets.is_wire(text) or _issuer(text):
        return True
    if URL.fullmatch(text.strip()):
        return True
    short = len(words(text)) <= 8 and not text.endswith((".", "?", "!"))
    return short and (byline_name(text) is not None or _wire_after_name(text) is not None)
