"""Datelines and credit lines: `TEHRAN (ISNA) -`, `MOSCOW, December 2. /TASS/.`, `MEHR:`, `-- PTI`, `Name : `."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers import outlets
from parsers.dates import MONTH

PLACE = r"[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3}(?:,[ ][A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,2})?"
SHORT_DATE = (rf"(?:{MONTH}[ ]\d{{1,2}}(?:,?[ ]\d{{4}})?"
              rf"|\d{{1,2}}(?:st|nd|rd|th)?[ ]{MONTH}(?:,?[ ]\d{{4}})?)")  # `March 3, 2026`, `3rd March, 2026`
# `COLOMBO, Sri Lanka (AP) —`, `TEHRAN (ISNA) -`, `KABUL, Nov 17 (Xinhua) --`, `(MENAFN- Pajhwok Afghan News)`
PAREN = re.compile(rf"^(?:(?P<place>{PLACE}),?[ ]*)?(?:,[ ]*(?P<date>{SHORT_DATE}),?[ ]*)?"
                   rf"\((?P<credit>[A-Za-z][^()]{{1,80}})\)\.?[ ]*(?:[-–—:]+[ ]*|(?=[A-Z“\"]))")
# `MOSCOW, December 2. /TASS/.`
SLASHED = re.compile(rf"^(?P<place>{PLACE}),[ ]*(?P<date>{SHORT_DATE})\.?[ ]*"
                     rf"/(?P<credit>[A-Za-z][\w .-]{{0,30}})/\.?[ ]*")
# `Tehran - BORNA - `
DASHED = re.compile(rf"^(?P<place>{PLACE})[ ]+[-–—][ ]+"
                    rf"(?P<credit>[A-Z][\w'’.]*(?:[ ][A-Z][\w'’.]*){{0,3}})[ ]+[-–—][ ]+")
# `Tehran, IRNA -`
COMMA = re.compile(rf"^(?P<place>[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){{0,2}}),[ ]*(?:(?P<date>{SHORT_DATE}),[ ]*)?"
                   r"(?P<credit>[A-Z]{2,10})[ ]*[-–—:]+[ ]+")  # `Riyadh, March 03, 2026, SPA --`
# `MOSCOW:`, `Riyadh:`, `MANILA –`, `KAMPALA, Oct. 24–`, `MEHR:`
LEAD = re.compile(rf"^(?P<place>[A-Z][A-Z.'’ -]{{1,40}}?|[A-Z][a-z]+(?:[ ][A-Z][a-z]+){{0,2}})"
                  rf"(?:,[ ]*(?P<region>[A-Z][\w. ]{{1,30}}?))?(?:,[ ]*(?P<date>{SHORT_DATE}))?"
                  rf"[ ]*(?::|[ ][-–—]+|(?<=\d)[-–—]+)[ ]+(?=\S)")
# `The Iran Project : Iranian President ...`: a site's own name before a spaced colon.
LEAD_IN = re.compile(r"^(?P<name>[A-Z][\w.&'’-]*(?: [A-Za-z][\w.&'’-]*){0,5}) : (?=[A-Z“\"])")
META_KEYS = re.compile(r"^(?:source|sources|reporter|author|editor|story code|news id|news code|photo|date|updated|"
                       r"published|tags?|by)$", re.IGNORECASE)
PAREN_CREDIT = re.compile(r"(?:(?<=[.!?”\"])|^)\s*\((?P<credit>[A-Z][A-Za-z]{1,20})\)\s*$")  # `said. (AFP)`, `(AFP)`
DESK_CODE = re.compile(r"^(?P<credit>[A-Za-z]{2,12})\s+[a-z]{1,4}(?:/[a-z]{1,4})+$")  # `dpa lth/ax`: desk initials
END_CREDIT = re.compile(r"(?:^|\s)(?:--|–|—|-)\s*(?P<credit>[A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]+){0,3})\s*$")
WITH_INPUTS = re.compile(r"^(?:[-–—]+\s*)?\(?\s*with (?:(?:additional )?inputs? from )?"
                         r"(?P<credit>[A-Z][\w ]{1,40}?)\s*\)?\.?$", re.I)  # `(With inputs from ANI)`, `— With AFP`
TRAILING_DATE = re.compile(rf"\s*[-–—,]\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}.*$|\s*[-–—,]\s*\d.*$")
PHOTO_POSITION = re.compile(r"^(?:L|R|C|C?L|C?R|left|right|cent(?:er|re)|top|bottom|front|back|file|photo|pictured"
                            r")(?:\s*(?:to|and|,)\s*\w+)*$", re.IGNORECASE)
# `This article was originally published on The Conversation.`, `Republished with permission from Grist.`
ORIGIN = re.compile(r"\b(?:(?:originally|first) (?:published|appeared|ran) (?:on|in|by|at)|republished (?:here )?"
                    r"(?:with permission )?(?:from|of)) "
                    r"(?P<name>(?-i:(?:The )?[A-Z][\w&'’-]*(?:\.[a-z]{2,4})?(?: (?:of |and )?[A-Z][\w&'’-]*){0,4}))",
                    re.IGNORECASE)
WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?", re.IGNORECASE)
PAIR = re.compile(r"^(?P<a>[A-Z][\w.]*)\s*-\s*(?P<b>[A-Z].+)$")


@dataclass
class Dateline:
    """What a lead paragraph's dateline says: place, outlet or credit, a date as printed, and where it ends."""

    place: str | None = None
    outlet: str | None = None
    credit: str | None = None
    date: str | None = None
    end: int = 0


def read_dateline(lead: str, *, strict: bool = False) -> Dateline | None:
    """Read the dateline at the start of the lead paragraph; `strict` refuses a mixed-case `Name:` lead phrase."""
    for pattern in (SLASHED, PAREN, DASHED, COMMA):
        m = pattern.match(lead)
        if m and _credit_ok(m["credit"], strict=pattern in (DASHED, COMMA)):
            line = Dateline(_place(m["place"]), date=m.groupdict().get("date"), end=m.end())
            _assign(line, m["credit"])
            return line
    m = LEAD.match(lead)
    if not m or LEAD_IN.match(lead):
        return None
    line = Dateline(date=m["date"], end=m.end())
    token = m["place"].strip()
    if WEEKDAY.fullmatch(token):
        return None  # `Wednesday, March 4, 2026 — 10:12`: a date line, not a place
    profile = outlets.lookup(token)
    if strict and profile is None and not token.isupper():
        return None
    if profile is None:
        line.place = _place(token)
    elif profile.wire:
        line.credit = token
    else:
        line.outlet = token
    return line


def _credit_ok(credit: str, *, strict: bool) -> bool:
    """Accept a credit that names someone (not a date or a sentence); dashed credits must be known or ALL CAPS."""
    credit = credit.strip()
    if not credit or re.match(MONTH + r"\s*\d", credit) or len(credit.split()) > 10 or PHOTO_POSITION.match(credit):
        return False
    known = outlets.lookup(_strip_date(credit.split("/")[0])) is not None
    if strict:
        return credit.isupper() or known
    return credit[0].isupper() or known  # `(dpa)` is listed; `(right)` in a caption is not a credit


def _assign(line: Dateline, credit: str) -> None:
    """Split `Outlet / Agency` or `MENAFN- Agency`; a lone name is the outlet if listed as non-wire, else a credit."""
    credit = credit.strip()
    pair = credit.split("/", 1) if "/" in credit else None
    if pair is None and (m := PAIR.match(credit)) and not TRAILING_DATE.fullmatch(" -" + m["b"]):
        pair = [m["a"], m["b"]]
    if pair and all(outlets.is_wire(_strip_date(p)) for p in pair):
        line.credit = _strip_date(pair[0])  # `(Reuters/AFP)`: two wires, the first leads
        return
    if pair:
        line.outlet, line.credit = (_strip_date(p) for p in pair)
        return
    name = _strip_date(credit)
    profile = outlets.lookup(name)
    if profile is not None and not profile.wire:
        line.outlet = name
    else:
        line.credit = name


def _strip_date(text: str) -> str:
    """Drop a date printed after a credit (`Sputnik - 17th November, 2025`)."""
    return TRAILING_DATE.sub("", text).strip(" -–—,")


def _place(place: str | None) -> str | None:
    """Return the dateline place as a name (`COLOMBO, Sri Lanka` -> `Colombo`)."""
    if not place:
        return None
    first = place.split(",")[0].strip()
    return first.title() if first.isupper() else first


def lead_in_outlet(unit: str) -> str | None:
    """Return `X` from a paragraph opening `X : ...`, a site's own name, unless X is a metadata key."""
    m = LEAD_IN.match(unit)
    if not m or META_KEYS.match(m["name"]):
        return None
    return m["name"]


def end_credit(unit: str) -> tuple[str, str] | None:
    """Return (text without the credit, agency) for a paragraph ending `-- PTI` or `– XINHUA`."""
    m = WITH_INPUTS.match(unit)
    if m and _agency_like(m["credit"]):
        return "", m["credit"]
    m = END_CREDIT.search(unit)
    if m and _agency_like(m["credit"]):
        return unit[: m.start()].rstrip(), m["credit"]
    m = DESK_CODE.match(unit)
    if m and outlets.is_wire(m["credit"]):
        return "", m["credit"]
    m = PAREN_CREDIT.search(unit)
    if m and outlets.is_wire(m["credit"]):  # `said. (AFP)`; `(NATO)` after a sentence is not a credit
        return unit[: m.start()].rstrip(), m["credit"]
    return None


def _agency_like(name: str) -> bool:
    """ALL CAPS tokens or a listed wire agency: enough to read a trailing dash name as a credit."""
    return (name.replace(" ", "").isupper() and len(name) <= 12) or outlets.is_wire(name)


def origin_credit(unit: str) -> str | None:
    """The outlet a republished story names as its origin (`… originally published on The Conversation.`)."""
    m = ORIGIN.search(unit)
    if not m or re.match(MONTH + r"(?:\s|$)", m["name"]):
        return None  # `first published on June 12, 2025` dates the story, names no outlet
    return m["name"]
