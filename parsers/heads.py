"""Headline and standfirst: more mentions of the body's people, and titled people named only there."""

from __future__ import annotations

import re

from parsers.cluster import same_full
from parsers.mentions import excluded_form, scan, title_before
from parsers.names import Word, bare, plausible_name, similar, text_of
from parsers.roles import role_from_prefix
from schemas import Participant

ROLE_BEFORE_COMMA = re.compile(r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,6}),\s+$")


def _matches(form: str, p: Participant) -> bool:
    """`form` names `p`: one of its forms, a variant, or one word of its full name (not a father's name)."""
    forms = [p.name, *p.aliases]
    if form in forms:
        return True
    words = form.split()
    if len(words) > 1:
        longer = " " not in p.name and (bare(words[-1]) == bare(p.name) or similar(words[-1], p.name))
        return longer or any(same_full(words, f.split()) for f in forms if len(f.split()) > 1)
    return any(bare(w) == bare(form) or (len(form) >= 5 and similar(w, form))
               for f in forms for w in f.split()[-1:] + f.split()[:1])


def _head_names(head: str, reporter: str | None) -> list[tuple[list[str], list[Word], bool]]:
    """(title words before, name, titled) for every plausible personal name in one headline or standfirst:
    `Iranian President X` or `The Russian Defense Minister, X,`."""
    sc = scan(head)
    out = []
    for run, prefix, name in sc.parts:
        if plausible_name(name) and not excluded_form(text_of(name), reporter):
            before = [w.text for w in prefix]
            appos = ROLE_BEFORE_COMMA.search(head[:run[0].start]) if not prefix else None
            if appos:
                before = appos.group(1).split()
            out.append((before, name, title_before(sc, run, prefix)))
    return out


def add_head_people(people: list[Participant], heads: list[str], reporter: str | None) -> list[Participant]:
    """Count head mentions of known people; add people the heads name with a title and at least two words."""
    out = list(people)
    for head in heads:
        for before, name, titled in _head_names(head, reporter):
            form = text_of(name)
            known = next((p for p in out if p.kind == "person" and _matches(form, p)), None)
            if known is not None:
                known.mentions += 1
                if known.role is None:
                    known.role, country = role_from_prefix(before)
                    known.country = known.country or country
                if len(form.split()) > len(known.name.split()):  # the fullest form is the canonical name
                    known.name, form = form, known.name
                if form != known.name and form not in known.aliases:
                    known.aliases.append(form)
            elif titled and len(name) > 1:
                role, country = role_from_prefix(before)
                out.append(Participant.model_construct(name=form, kind="person", aliases=[], role=role,
                                                       country=country, mentions=1))
    return out
