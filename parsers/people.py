"""People in the body: mentions found, grouped, filtered, with role and country."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from parsers.cluster import Person, cluster
from parsers.evidence import COMPANY_END, listed_with_things, mostly_organization, named_as_thing, short_company_name
from parsers.lexicon import display
from parsers.mentions import Mention, Scan, find_mentions, rescan
from parsers.roles import RoleHit, office_only, role_of
from schemas import Participant

HYPHEN_LOWER = re.compile(r"-[a-z]")


def _supported(p: Person) -> bool:
    """A one-word name stands only with support: a longer form, a title, or a speech verb."""
    return any(len(m.name) > 1 or m.titled or m.agent for m in p.mentions)


def _overlaps(m: Mention, taken: set[tuple[int, int]]) -> bool:
    """The rescan found part of a name already taken (`Ji-hoon` of `Park Ji-hoon`)."""
    return any(a < m.end and m.start < b for a, b in taken)


def _personal(p: Person) -> bool:
    """Named as a person (by the NER, a title or a role apposition), not only as the subject of `said`,
    which companies and places also are (`Brevik said`)."""
    return any(m.how == "ner" or m.titled or m.appos for m in p.mentions)


def _company_like(doc: Doc, text: str, m: Mention) -> bool:
    """`Norwegian-listed Brevik Minerals`, `Verdant Hydrogen Corp`: a plural noun, a company ending or a
    hyphenated modifier in the run, so not the full name of a person the text names by one word."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    plural = span is not None and any(t.tag_ in ("NNS", "NNPS") for t in span)
    modifier = any(HYPHEN_LOWER.search(w.text) for w in m.name)
    return plural or modifier or COMPANY_END.match(text, m.name[0].end) is not None


def _known_forms(people: list[Person]) -> set[str]:
    forms: set[str] = set()
    for p in people:
        forms.update(p.forms)
        for toks in p.tokens:
            forms.update(t for t in toks if len(t) > 2)
    return forms


def _hits(doc: Doc, p: Person) -> list[tuple[Mention, RoleHit]]:
    return [(m, h) for m in sorted(p.mentions, key=lambda m: m.start) if (h := role_of(doc, m)) is not None]


def _pick(hits: list[RoleHit]) -> tuple[str | None, str | None, bool]:
    """First stated office (a bare rank only as a last resort), first stated country, rank-only flag."""
    roles = [h for h in hits if h.role]
    best = next((h for h in roles if not h.rank_only), roles[0] if roles else None)
    country = next((h.country for h in hits if h.country), None)
    return (best.role if best else None), country, bool(best and best.rank_only)


def _roles(doc: Doc, people: list[Person]) -> list[tuple[str | None, str | None]]:
    """Role and country per person; `his Russian counterpart X` takes the office of the person before."""
    hits = [_hits(doc, p) for p in people]
    picked = [_pick([h for _, h in hs]) for hs in hits]
    out = []
    for i, hs in enumerate(hits):
        role, country, weak = picked[i]
        for m, h in hs:
            if (role is None or weak) and h.counterpart:
                other = _previous_with_role(people, picked, i, m.start)
                if other:
                    office = office_only(*other)
                    role, weak = (f"{office} of {display(h.country)}" if h.country else office), False
        out.append((role, country))
    return out


def _previous_with_role(people: list[Person], picked: list, me: int, pos: int) -> tuple[str, str | None] | None:
    """The role of the person named last before `pos` (the `his` of `his counterpart`)."""
    best = None
    for j, p in enumerate(people):
        if j == me or picked[j][0] is None or picked[j][2]:
            continue
        before = [m.start for m in p.mentions if m.start < pos]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), picked[j][:2])
    return best[1] if best else None


def extract_people(
    doc: Doc, sc: Scan, reporter: str | None, heads: list[str]
) -> tuple[list[Participant], list[tuple[int, int]], list[str]]:
    """Return people (kind=person), the spans that name them, and warnings for ambiguous short forms."""
    found = find_mentions(doc, sc, reporter)
    people, _ = cluster(found)
    weak = {f for p in people if not _supported(p) for f in p.forms}
    taken = {(m.start, m.end) for m in found}
    found += [m for m in rescan(sc, weak, reporter, longer_only=True) if (m.start, m.end) not in taken]
    people, _ = cluster(found)
    people = [p for p in people if _supported(p)]
    taken = {(m.start, m.end) for p in people for m in p.mentions}
    lone = frozenset(p.forms[0] for p in people if not p.tokens and len(p.forms) == 1 and _personal(p))
    known = _known_forms(people)
    extra = [m for m in rescan(sc, known, reporter, lone=lone) if not _overlaps(m, taken)
             and (m.name[-1].text in known or not _company_like(doc, sc.text, m))]
    kept: list[Mention] = [m for p in people for m in p.mentions] + extra
    people, warnings = cluster(kept)
    spans = [(m.start, m.end) for p in people for m in p.mentions]
    people = [p for p in people if not listed_with_things(doc, p, spans) and not mostly_organization(doc, p, heads)
              and not named_as_thing(p) and not short_company_name(doc, p)]
    out = []
    people.sort(key=lambda p: min(m.start for m in p.mentions))
    for p, (role, country) in zip(people, _roles(doc, people), strict=True):
        name = p.name
        out.append(Participant.model_construct(name=name, kind="person", aliases=[f for f in p.forms if f != name],
                                               role=role, country=country, mentions=len(p.mentions)))
    spans = [(m.start, m.end) for p in people for m in p.mentions]
    return out, spans, warnings
