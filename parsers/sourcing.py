"""Decide outlet and credited source from the clues a page gives, in order of how much each clue says."""

from __future__ import annotations

from dataclasses import dataclass, field

from parsers import furniture, outlets


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
    end_credit: str | None = None
    furniture: list[str] = field(default_factory=list)


def resolve(text: str, clues: Clues) -> tuple[str | None, str | None]:
    """Return (outlet, credited_source): the outlet only where the text names it, no credit to the outlet itself."""
    outlet = (clues.dateline_outlet or clues.lead_in or clues.masthead or outlets.own_site(text) or clues.title_outlet
              or clues.byline_outlet or outlets.site_name(clues.furniture))
    credits = [*clues.source_lines, clues.dateline_credit, *clues.byline_credits, clues.end_credit, clues.title_credit]
    outlet = outlet or _agency_at_home(clues.dateline_credit, clues.home_marks)
    credited = next((c for c in credits if c and not outlets.same(c, outlet)), None)
    return outlet, credited


def _agency_at_home(dateline: str | None, home_marks: list[str]) -> str | None:
    """The agency of the dateline when the page's own fields name it too (`Source: Xinhua` over `(Xinhua)`).

    A reprint credits its agency in the dateline, a bare byline or a copyright line; the agency's own page
    also fills its source field or dates its own byline (`KYODO NEWS - Mar 11, 2026`). Only on a page that
    names no other outlet.
    """
    if dateline and any(outlets.same(dateline, mark) for mark in home_marks):
        return dateline
    return None


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
