"""Dates a page states in full (day, month and year), read with dateparser in the page's numeric order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from dateparser.date import DateDataParser

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DAY = r"(?:[012]?\d|3[01])(?:st|nd|rd|th)?"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_DAY = re.compile(rf"\b(?P<month>{MONTH})\s+(?P<day>[0-3]?\d)\b", re.IGNORECASE)  # `March 4` in a dateline
YEAR = r"(?:19|20)\d{2}"
# Text dates need a year; years outside 1900-2099 (e.g. the Persian 1390/09/07) are other calendars.
DATE = re.compile(
    rf"(?<![\w/.-])(?:(?P<dmy>{DAY}(?:(?:\s+of)?\s+{MONTH},?\s+|-{MONTH}-){YEAR})"  # `4 March 2026`, `04-Mar-2026`
    rf"|(?P<mdy>{MONTH},?\s+{DAY},?\s+{YEAR})"
    rf"|(?P<ymd>{YEAR}(?P<s1>[-/.])\d{{1,2}}(?P=s1)\d{{1,2}})"
    rf"|(?P<num>(?P<a>\d{{1,2}})(?P<s2>[-/.])(?P<b>\d{{1,2}})(?P=s2){YEAR}))(?!(?!T\d)[\w/-]|\.\d)",
    re.IGNORECASE,
)
PLACE_PART = r"[A-Z][\w.'’-]*(?:\s+(?:(?:of|the|de|and)\s+){0,2}[A-Z][\w.'’-]*){0,3}"  # `Voice of the Pacific`
# `Victoria,`, `Port Louis, Mauritius,` or nothing
STAMP_PLACE = re.compile(rf"(?:{PLACE_PART}(?:\s*,\s*{PLACE_PART})?(?:\s*,\s*|\s+)?)?")
STAMP_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\b", re.IGNORECASE)
ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b|\bof\s+", re.IGNORECASE)
PUBLISHED_LABEL = re.compile(r"\b(?:published|posted|created|issued|released|date(?: of (?:issue|publication))?)\b"
                             r"(?:\s+by\s+[\w.'’-]+(?:\s+[\w.'’-]+)?)?"  # `Posted by admin on`
                             r"(?:\s+in\s+(?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5}))?"  # `Published in The X,`
                             r"\W*(?:on\W*)?$", re.IGNORECASE)
UPDATED_LABEL = re.compile(r"\b(?:updated?|modified|edited|last updated)\b\W*(?:on\W*)?$", re.IGNORECASE)
WEEKDAY_TAIL = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*$", re.IGNORECASE)
# Numbers written with "." are day-month nearly everywhere; "/" is month-day in US-style pages.
SEPARATOR_ORDER = {".": "DMY", "-": "DMY", "/": "MDY"}
TEXT_NOISE = re.compile(r"(?<=[A-Za-z])\.|,")
# Formats dateparser tries first (a fast exact path); anything else goes through its full parser.
_TEXT_FORMATS = ["%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y"]
FORMATS = {
    "DMY": [*_TEXT_FORMATS, "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y"],
    "MDY": [*_TEXT_FORMATS, "%m/%d/%Y", "%m-%d-%Y", "%m.%d.%Y"],
    "YMD": ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d"],
}


@dataclass(frozen=True)
class DateHit:
    """One full date found in a line: ISO date, and whether a label calls it the publication or an update."""

    iso: str
    label: str | None


def numeric_order(text: str, hint: str = "") -> str | None:
    """Return the page's numeric date order ("DMY"/"MDY") when an unambiguous date such as 28-11-2011 settles it.

    Else a yearless dateline (`KUALA LUMPUR, March 4`) settles `04/03/2026` if one reading gives its day.
    """
    numbers = [(int(m["a"]), int(m["b"])) for m in DATE.finditer(text) if m["num"]]
    for a, b in numbers:
        if a > 12 >= b:
            return "DMY"
        if b > 12 >= a:
            return "MDY"
    if (m := MONTH_DAY.search(hint)) and numbers:
        month = MONTHS.index(m["month"][:3].title()) + 1
        day = int(m["day"])
        if (day, month) in numbers:
            return "DMY"
        if (month, day) in numbers:
            return "MDY"
    return None


def find_dates(line: str, page_order: str | None = None) -> list[DateHit]:
    """Return the full dates stated in `line`, each with its label (`published`, `updated` or None)."""
    hits, last_end = [], 0
    for m in DATE.finditer(line):
        iso = _parse(m, page_order)
        if iso:
            before = line[last_end:m.start()]
            hits.append(DateHit(iso, _label(before)))
        last_end = m.end()
    return hits


def is_stamp(line: str) -> bool:
    """True for a line that is only a date, or a place and a date (`Victoria, 4 March 2026`)."""
    rest = DATE.sub(" ", line.strip(" .")) if DATE.search(line) else line
    rest = STAMP_TIME.sub(" ", rest)
    return rest != line and STAMP_PLACE.fullmatch(rest.strip(" ,.|-–—")) is not None


def _label(before: str) -> str | None:
    """Name the label printed just before a date: `Updated:` or `Published` (a weekday or time may sit between)."""
    before = WEEKDAY_TAIL.sub("", STAMP_TIME.sub("", before).rstrip(" ,"))  # `Published 18:02, 3 Mar 2026`
    if UPDATED_LABEL.search(before):
        return "updated"
    return "published" if PUBLISHED_LABEL.search(before) else None


def _parse(m: re.Match[str], page_order: str | None) -> str | None:
    """Read one matched date with dateparser, in the order its form or the page implies."""
    if m["ymd"]:
        order = "YMD"
    elif m["num"]:
        order = page_order or SEPARATOR_ORDER[m["s2"]]
    else:
        order = "DMY" if m["dmy"] else "MDY"
    text = ORDINAL.sub("", m.group(0))
    if not (m["ymd"] or m["num"]):  # `Sept. 24, 2018` -> `Sep 24 2018`: one of the known formats fits
        text = " ".join(TEXT_NOISE.sub(" ", text.replace("-", " ")).replace("Sept ", "Sep ").split())
    return read_date(text, order)


@lru_cache(maxsize=4096)
def read_date(text: str, order: str) -> str | None:
    """ISO date of one date string in the given order; cached, as pages repeat the same few dates."""
    parsed = _parser(order).get_date_data(text, date_formats=FORMATS[order]).date_obj
    return parsed.date().isoformat() if parsed else None


@cache
def _parser(order: str) -> DateDataParser:
    """One dateparser instance per numeric order: absolute dates only, all three parts required."""
    return DateDataParser(languages=["en"], settings={"DATE_ORDER": order, "PARSERS": ["absolute-time"],
                                                      "REQUIRE_PARTS": ["day", "month", "year"]})


def choose(hits: list[DateHit]) -> tuple[str | None, str | None]:
    """Pick (published, page_date): a `Published` label wins, else the earliest; a different later date is page_date."""
    if not hits:
        return None, None
    labeled = [h.iso for h in hits if h.label == "published"]
    published = labeled[0] if labeled else min(h.iso for h in hits)
    others = sorted({h.iso for h in hits} - {published})
    return published, (others[-1] if others else None)
