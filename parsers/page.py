"""Page layout: split header furniture from the article and read title, source and dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers import furniture, outlets
from parsers.body import Body, read_body
from parsers.credits import Dateline, lead_in_outlet, origin_credit, read_dateline
from parsers.dates import DateHit, choose, find_dates, is_stamp, numeric_order
from parsers.header import Head, read_head
from parsers.layout import Unit, is_headline, is_prose, key, units, words
from parsers.meta import is_date_line, is_meta_line, read_meta
from parsers.sourcing import Clues, resolve, title_clues
from schemas import Source

YEAR = re.compile(r"\b\d{4}\b")
BARE_DATELINE_WORDS = 3  # `ISTANBUL` alone on the line above the lead
END_MARKER = re.compile(r"\(\s*END\s*\)")  # a wire's closing mark, kept on the agency's own site
NAME_PARTS = re.compile(r"\s+[|–—-]\s+")  # `KWTN 7 | Big Sky News Now`
URL_HOST = re.compile(r"(?:https?://)?(?:www\.)[\w-]+\.[\w.]+")  # `www.kwtn7.com`: the site's own address
MIN_MARK_KEY = 3
LINK_LIST = re.compile(r"(?:related|more\b|(?:see|read) also|also read|read more|recommended|you (?:may|might)"
                       r"|most (?:read|popular)|popular|latest|trending|top stories|other stories|in other news)",
                       re.IGNORECASE)  # the heading of a related-links list
CALL_SIGN = re.compile(r"[A-Z]{3,5}(?:[ -]?\d{1,2})?(?: (?:TV|FM|AM|News))?")  # a station's name on the top line
NOTE_MAX_WORDS = 20  # `This article was first published on June 12, 2025.` closing the body
PUBLICATION_NOTE = re.compile(r"(?:this (?:article|story|report|piece|post)(?: by [\w .'’-]{2,40}?)?"
                              r" (?:was|is|has been) )?"  # `This report by The Canadian Press was first published …`
                              r"(?:(?:first|originally|last) )?(?:published|posted|updated)\b", re.IGNORECASE)
NAMED_MIN_WORDS, NAMED_REPEATS = 3, 2  # a top line this long, named this often below the headline, is the site
HOME_LINK = re.compile(r"\s+(?:home\s?page|home)$", re.IGNORECASE)  # a logo's link text: `BBC Homepage`


@dataclass
class Page:
    """What the layout stage reads off the page, before any NLP."""

    body: str
    title: str | None = None
    subtitle: str | None = None
    source: Source = field(default_factory=Source)
    published: str | None = None
    page_date: str | None = None
    dateline: str | None = None
    language: str = "en"
    warnings: list[str] = field(default_factory=list)


def read_page(text: str) -> Page:
    """Read headline, standfirst, source, dates, dateline and body off the page text."""
    us = units(text)
    head = read_head(us)
    title, suffixes = furniture.split_title(us[head.title].text) if head.title is not None else (None, [])
    subtitle = _subtitle(us, head)
    skip = {key(us[i].text) for i in (head.title, head.subtitle) if i is not None} | {key(title or "")}
    body = read_body(us[head.body_start:], skip)
    header = [u for u in us[: head.body_start] if u.index not in (head.title, head.subtitle)]
    lead, dateline = _dateline(body.paragraphs)
    clues = Clues(end_credit=body.credit, furniture=[u.text for u in header] + body.dropped)
    if dateline:
        clues.dateline_outlet, clues.dateline_credit = dateline.outlet, dateline.credit
    clues.lead_in = _lead_in(body.paragraphs)
    closing = body.paragraphs[-2:] + _before_links(body.footer)
    clues.origin = next((name for line in closing if (name := origin_credit(line))), None)
    clues.end_marker = any(END_MARKER.fullmatch(line) for line in body.paragraphs[-1:] + body.footer[:1])
    site_marks = outlets.site_names(clues.furniture) + URL_HOST.findall(text)
    title, suffixes = _site_suffix(title, suffixes, site_marks)
    marks = [name for name, _ in suffixes] + site_marks
    top_end = head.title if head.title is not None else head.body_start
    rest = "\n".join(u.text for u in us[top_end + 1:])
    clues.masthead = _printed_name(_masthead(us[:top_end], marks, rest), text)
    title_clues(clues, suffixes)
    source = _source(text, header, body.dropped, clues)
    lead_date = lead[: dateline.end] if dateline else ""
    published, page_date = choose(_dates(text, header, body, lead_date))
    page = Page(body="\n\n".join(body.paragraphs), title=title, subtitle=subtitle, source=source,
                published=published, page_date=page_date)
    page.dateline = (dateline.place if dateline else None) or _bare_dateline(header)
    page.warnings = _warnings(page, dateline)
    return page


def _subtitle(us: list[Unit], head: Head) -> str | None:
    """The standfirst, else the kicker above the headline (`Putin to Raisi`), as the contract's subtitle."""
    if head.subtitle is not None:
        return us[head.subtitle].text
    return us[head.kicker].text.rstrip(" :") if head.kicker is not None else None


def _dateline(paragraphs: list[str]) -> tuple[str, Dateline | None]:
    """The lead paragraph and its dateline; a standfirst left in the body may push the dateline one down."""
    for n, lead in enumerate(paragraphs[:2]):
        if dateline := read_dateline(lead, strict=n > 0):
            return lead, dateline
    return (paragraphs[0] if paragraphs else ""), None


def _lead_in(paragraphs: list[str]) -> str | None:
    """The site's own name opening one of the first paragraphs (`The Iran Project : ...`)."""
    return next((name for p in paragraphs[:3] if (name := lead_in_outlet(p))), None)


def _masthead(above_title: list[Unit], marks: list[str], rest: str) -> str | None:
    """The page's own masthead above the headline (one below it brands a reprinted source instead).

    Of several name lines (a station and its network, a site and its slogan), the one that the page's
    other marks repeat (headline suffix, copyright line, app or newsletter box, printed web address) wins.
    """
    if confirmed := _confirmed_name(above_title, marks):
        return confirmed
    top = above_title[0].text if above_title else ""
    if CALL_SIGN.fullmatch(top) and furniture.name_line(top) and furniture.kind(top) is None:
        return top  # `KQTV 3` over its network's `Southern Plains News Now`; not a `NEWS` menu item
    for u in above_title:
        if name := furniture.masthead(u.text):
            return name
        if furniture.masthead_like(u.text):
            return u.text
    return _top_name(above_title, rest)


def _printed_name(name: str | None, text: str) -> str | None:
    """The masthead without a description after a comma; a lower-case logo (`france 24.`) as printed elsewhere."""
    if not name:
        return name
    name = furniture.name_before_comma(name)
    if not name.islower():
        return name
    stem = name.rstrip(".")
    printed = (m.group(0) for m in re.finditer(rf"(?<!\w){re.escape(stem)}(?!\w)", text, re.IGNORECASE))
    if capitalized := next((p for p in printed if p[0].isupper()), None):
        return capitalized
    profile = outlets.lookup(stem)
    return profile.name if profile is not None else stem


def _confirmed_name(above_title: list[Unit], marks: list[str]) -> str | None:
    """A name-like part of a line above the headline that another mark on the page names again."""
    for u in above_title:
        for part in NAME_PARTS.split(HOME_LINK.sub("", u.text)):
            if (furniture.name_line(part) or outlets.lookup(part)) and _named_by(part, marks):
                return part
    return None


def _site_suffix(title: str | None, suffixes: list[tuple[str, bool]], marks: list[str]
                 ) -> tuple[str | None, list[tuple[str, bool]]]:
    """Strip ` - Harbour Times` closing the headline when the copyright line or web address names that site.

    Unconfirmed, a dash suffix is a source attribution and stays (`… – West African observers`).
    """
    m = furniture.DASH_SUFFIX.search(title or "")
    if title and m and m.start() > 0 and _named_by(m["name"].strip(), marks):
        return title[: m.start()].rstrip(), [*suffixes, (m["name"].strip(), True)]
    return title, suffixes


def _named_by(name: str, marks: list[str]) -> bool:
    """True when a mark gives the same name, or a printed web address holds it (`KWTN 7`, `www.kwtn7.com`)."""
    own = key(name)
    return len(own) >= MIN_MARK_KEY and any(own == key(m) or ("." in m and own in key(m)) for m in marks)


def _top_name(above_title: list[Unit], rest: str) -> str | None:
    """A short name line at the very top, above the headline (`KWTN 7`, `MarketPulse`): the site's own name.

    A consent banner or prompt printed above the masthead (`We and our partners use cookies …`) is passed over.
    """
    top = next((u for u in above_title if furniture.kind(u.text) is None and not _chrome(u.text)), None)
    if above_title and furniture.kind(above_title[0].text) == furniture.LABEL:
        first = NAME_PARTS.split(above_title[0].text)[0]  # `KXYZ 9 | Valley News Now`: the name, then a tagline
        if furniture.name_line(first) and not is_meta_line(first):
            return first
    if top is None or is_date_line(top.text):
        return None
    name = HOME_LINK.sub("", top.text)
    if outlets.lookup(name) is not None:  # an agency's own masthead (`Reuters`): its page, not a credit
        return name
    if furniture.name_line(top.text) and not is_meta_line(top.text):
        return name
    return name if _named_again(name, rest) else None


def _named_again(name: str, rest: str) -> bool:
    """A longer capitalized name on the top line (`Harbour Policy Institute`) that the page below names again.

    Such a line may open with a section word (`Asia`, `World`), so only its repeats show it is the site's name.
    """
    tokens = name.split()
    if not NAMED_MIN_WORDS <= len(tokens) <= furniture.MASTHEAD_MAX_WORDS or furniture.kind(name) is not None:
        return False
    if not all(w[0].isupper() or w in furniture.NAME_JOINERS for w in tokens) or name[-1:] in ".!?:,;":
        return False
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", rest)) >= NAMED_REPEATS


def _chrome(text: str) -> bool:
    """A banner or prompt above the masthead: longer than any masthead, or a call to act (`Sign in | Subscribe`)."""
    return len(words(text)) > furniture.MASTHEAD_MAX_WORDS or furniture.is_prompt(text)


def _source(text: str, header: list[Unit], dropped: list[str], clues: Clues) -> Source:
    """Collect source fields from metadata lines in the head and after the article, then resolve outlet/credit."""
    fields: dict[str, str | None] = {"url": None, "reporter": None, "external_id": None}
    for line in [u.text for u in header] + dropped:
        meta = read_meta(line)
        for name in fields:
            fields[name] = fields[name] or getattr(meta, name)
        if meta.source:
            clues.source_lines.append(meta.source)
        if meta.own_report:
            clues.own_reports.append(meta.source)
        if meta.credit:
            clues.byline_credits.append(meta.credit)
        if meta.outlet:
            clues.byline_outlet = clues.byline_outlet or meta.outlet
        if meta.source or (meta.credit and find_dates(line)):
            clues.home_marks.append(meta.source or meta.credit)
        if meta.credit and not meta.source and find_dates(line):
            clues.dated_credits.append(meta.credit)
    outlet, credited = resolve(text, clues)
    return Source(outlet=outlet, credited_source=credited, **fields)


def _dates(text: str, header: list[Unit], body: Body, dateline: str) -> list[DateHit]:
    """Dates stated in header lines, the lead's dateline, labeled lines and a closing date note after the article."""
    order = numeric_order(text, dateline)
    hits: list[DateHit] = []
    for u in header:
        if is_date_line(u.text) and not furniture.is_caption(u.text):
            hits.extend(find_dates(u.text, order))
    hits.extend(find_dates(dateline, order))
    inner = body.dropped[: len(body.dropped) - len(body.footer)]
    for line in inner + _before_links(body.footer):  # labeled lines, but not in related links after the article
        if not is_prose(line):
            hits.extend(h for h in find_dates(line, order) if h.label)
    if not hits:  # a date line under a headline the head stage did not recognise
        hits.extend(h for line in body.early_dates for h in find_dates(line, order))
    if not hits:  # `Published 3 May 2024`, `Victoria, 4 March 2026` closing the article dates it when the head does not
        hits.extend(_trailing_dates(body.paragraphs[-1] if body.paragraphs else "", body.footer, order))
    return hits


def _before_links(footer: list[str]) -> list[str]:
    """The footer lines before a related-links list, whose dates date other stories.

    A heading that carries its own short items (`More on: Courts | Fraud`) is a tag line, not a list's heading.
    """
    for n, line in enumerate(footer):
        if LINK_LIST.match(line) and not find_dates(line) and not furniture.is_label(line):
            return footer[:n]
    return footer


def _trailing_dates(last: str, footer: list[str], order: str | None) -> list[DateHit]:
    """Dates of a publication note or date stamp closing the article, before any related-links list.

    The last paragraph counts only as a short labeled note (`This article was first published on …`);
    dates in related links after the article date other stories.
    """
    is_note = len(words(last)) <= NOTE_MAX_WORDS and PUBLICATION_NOTE.match(last) is not None
    note = [h for h in find_dates(last, order) if h.label] if is_note else []
    if note:
        return note
    for line in footer:
        if is_stamp(line):
            return find_dates(line, order)
        if labeled := [h for h in find_dates(line, order) if h.label]:
            return labeled
        link_list = furniture.kind(line) in (furniture.TAIL, furniture.WITH_NEXT)
        if link_list or (is_headline(line) and not is_meta_line(line)):
            return []
    return []


def _bare_dateline(header: list[Unit]) -> str | None:
    """A place alone in capitals on the last head line (`ISTANBUL`)."""
    if not header:
        return None
    text = header[-1].text
    if furniture.kind(text) is not None or len(words(text)) > BARE_DATELINE_WORDS:
        return None
    return text.title() if text.isupper() and text.replace(" ", "").isalpha() else None


def _warnings(page: Page, dateline: Dateline | None) -> list[str]:
    """Say which fields the text did not give."""
    out = []
    if page.title is None:
        out.append("no headline in text")
    if page.published is None:
        undated = dateline is not None and dateline.date is not None and not YEAR.search(dateline.date)
        out.append("no publication date in text (dateline has no year)" if undated else "no publication date in text")
    if page.source.outlet is None:
        out.append("no outlet named in text")
    return out

