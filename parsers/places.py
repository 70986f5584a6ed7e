"""Countries the body names: short names, official forms, demonyms (`Chinese-brokered`), capital metonymy."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from parsers.doccache import doc_text
from parsers.lexicon import countries
from schemas import Participant

GEO_AFTER = re.compile(
    r"^[\s-]+(?:Gulf|Sea|Ocean|Peninsula|Strait|Straits|Basin|Subcontinent|Desert|Plateau|Highlands|Sea's"
    r"|State|Province|Region|County|River|Valley)\b"  # `Niger State` of Nigeria, `Congo River`
)
REGION_BEFORE = re.compile(r"(?:North|South|East|West|Central|Latin|Southeast|Southern|Northern|Eastern|Western)\s+$")
METONYM_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def _is_place_name(text: str, start: int, end: int) -> bool:
    """`Persian Gulf`, `Indian Ocean`, `South America`: a demonym or name inside a geographic name."""
    return bool(GEO_AFTER.match(text[end:end + 14])) or bool(REGION_BEFORE.search(text[max(0, start - 12):start]))


def _inside(start: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start < b for a, b in spans)


def country_mentions(text: str, skip: list[tuple[int, int]]) -> list[tuple[str, str, int]]:
    """(canonical, form as written, offset) for every country name or demonym outside `skip` spans."""
    c = countries()
    out = []
    for m in c.pattern.finditer(text):
        if _inside(m.start(), skip) or _is_place_name(text, m.start(), m.end()):
            continue
        form = " ".join(m.group().split())
        name = c.lookup(form)
        if name:
            out.append((name, form, m.start()))
    return out


def _metonyms(doc: Doc, skip: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """Capitals standing for their state (`Tehran said`, `Moscow's position`, `Tehran-Moscow ties`)."""
    c = countries()
    caps = c.by_capital
    out = []
    for m in c.capital_pattern.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        name = caps.get(m.group())
        if span is None or len(span) != 1 or not name or _inside(m.start(), skip):
            continue
        tok = span[0]
        if tok.ent_type_ not in ("GPE", ""):
            continue
        glued = (tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].text in caps) or (
            tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].text in caps)
        if tok.dep_ in METONYM_DEPS or glued:
            out.append((name, tok.idx))
    return out


def extract_countries(doc: Doc, skip: list[tuple[int, int]], heads: list[str]) -> list[Participant]:
    """Countries under one canonical short name, with the other forms used and how often each is named
    (in the body and in the headline and standfirst `heads`)."""
    found = [m for head in heads for m in country_mentions(head, [])] + country_mentions(doc_text(doc), skip)
    counts = Counter(name for name, _, _ in found)
    for name, _ in _metonyms(doc, skip):
        counts[name] += 1
    c = countries()
    order = {name: i for i, (name, _, _) in reversed(list(enumerate(found)))}
    out = []
    for name in sorted(counts, key=lambda n: order.get(n, len(order))):
        aliases = []
        for n, form, _ in found:
            if n == name and form != name and form not in c.by_demonym and form not in aliases:
                aliases.append(form)
        out.append(Participant.model_construct(name=name, kind="country", aliases=aliases, role=None, country=None,
                                               mentions=counts[name]))
    return out
