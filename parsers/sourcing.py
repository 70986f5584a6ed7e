"""Decide outlet and credited source from the clues a page gives, in order of how much each clue says."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers import furniture, outlets

BRAND = re.compile(r"\b(?:news|agency)\b", re.IGNORECASE)  # `KYODO NEWS`, `Yonhap News Agency`: a full brand
SELF_MENTIONS = 2  # a `Source:` name printed this often names the site itself


@dataclass
class Clues:
    """Every outlet or credit clue found on the page, in the order the page gives them."""

    dateline_outlet: str | None = None
    dateline_credit: str | None = None
    lead_in: str | None = None
    masthead: str | None = None
    title_outlet: str | None = None
    title_credit: str | None = None
    source_lines: list[str] = field(default_factory=list)
    byline_credits: list[str] = field(default_factory=list)
    byline_outlet: str | None = None
    home_marks: list[str] = field(default_factory=list)  # `Source: X` fields and dated `X - Mar 11, 2026` bylines
    dated_credits: list[str] = field(default_factory=list)  # agency bylines printed with a date
    own_reports: list[str] = field(default_factory=list)  # `Source: X and news agencies`
    end_marker: bool = False  # the copy closes with a wire's own `(END)` marker
    origin: str | None = None  # `This article was originally published on X.`: a republished story's source
    end_credit: str | None = None
    furniture: list[str] = field(default_factory=list)


def resolve(text: str, clues: Clues) -> tuple[str | None, str | None]:
    """Return (outlet, credited_source): the outlet only where the text names it, no credit to the outlet itself."""
    outlet = (clues.dateline_outlet or clues.lead_in or clues.masthead or outlets.own_site(text) or clues.title_outlet
              or clues.byline_outlet or outlets.site_name(clues.furniture))
    carried = None
    if clues.masthead and clues.dateline_outlet and not outlets.same(clues.masthead, clues.dateline_outlet):
        outlet, carried = clues.masthead, clues.dateline_outlet  # `(CNN) —` under a local station's masthead
    credits = [*clues.source_lines, clues.dateline_credit, carried, *clues.byline_credits, clues.end_credit,
               clues.origin, clues.title_credit, *outlets.site_names(clues.furniture, wires=True)]
    outlet = outlet or _agency_at_home(text, clues)
    credited = next((c for c in credits if c and not outlets.same(c, outlet)), None)
    return outlet, credited


def _agency_at_home(text: str, clues: Clues) -> str | None:
    """The agency (or broadcaster) whose own page this is, on a page that names no other outlet.

    A reprint credits its agency once: in the dateline, a bare byline (`AFP Published …`), a `Source:` line
    or an end credit. The agency's own page shows more: its source field or dated byline repeats the
    dateline's credit, its dated byline prints its full brand (`KYODO NEWS - Mar 11, 2026`), its wire copy
    keeps the closing `(END)`, or a broadcaster's `Source: X` names the site that the body or a caption names
    too, or adds `and news agencies`.
    """
    dateline = clues.dateline_credit
    if dateline and any(outlets.same(dateline, mark) for mark in clues.home_marks):
        return dateline
    if dateline and clues.end_marker and outlets.is_wire(dateline):
        return dateline
    if brand := next((c for c in clues.dated_credits if outlets.is_wire(c) and BRAND.search(c)), None):
        return brand
    source = clues.source_lines[0] if clues.source_lines else None
    return source if source and _self_sourced(text, source, source in clues.own_reports) else None


def _self_sourced(text: str, name: str, with_agencies: bool) -> bool:
    """`Source: X` for a non-wire outlet that adds `and news agencies` or that the page names again (`told X`)."""
    profile = outlets.lookup(name)
    if profile is None or profile.wire:
        return False
    return with_agencies or len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) >= SELF_MENTIONS


def title_clues(clues: Clues, suffixes: list[tuple[str, bool]]) -> None:
    """A listed outlet after the headline: a site's own name after a pipe, a wire's credit after a dash."""
    for name, piped in suffixes:
        profile = outlets.lookup(name)
        if profile is None:
            if piped and furniture.name_line(name):  # `… | Harbour Times`: an unlisted site names itself
                clues.title_outlet = clues.title_outlet or name
            continue
        if piped or not profile.wire:
            clues.title_outlet = clues.title_outlet or name
        else:
            clues.title_credit = clues.title_credit or name
