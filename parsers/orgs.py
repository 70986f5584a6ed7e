"""Organizations the body names: NER, known bodies, `Long Name (ACR)` pairs, `Russian defence ministry`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from parsers.doccache import doc_ents, doc_text
from parsers.lexicon import countries, organizations, titles
from schemas import Participant

LEAD = re.compile(r"^(?:the|The|THE)\s+")
POSS_END = re.compile(r"\s*[’']s?$")
ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z][A-Za-z&]{1,9})\)")
LIST_GLUE = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?)$")
ORG_NOUN_AFTER = re.compile(r"^\s+(?:organi[sz]ation|bloc|group|grouping|alliance)\b")
DOCUMENT_END = re.compile(
    r"\b(?:Charter|Treaty|Agreement|Convention|Accord|Accords|Resolution|Principles|Act|Plan|Deal)$"
)
INSTITUTION = re.compile(
    r"\b(?:Ministry|Council|Court|Parliament|Government|Agency|Organi[sz]ation|Forces|Army|Navy|Office|Commission|"
    r"Committee|Union|Assembly|Bank|Fund|Party|Institute|University|Service|Department|Bureau|Authority|Tribunal)$"
)
ROAD_CODE = re.compile(r"^[A-Z]{1,2}-?\d+$")  # A6, N50, M25: roads and codes, not organizations
SMALL = frozenset({"of", "the", "for", "and", "&", "on", "in", "de"})
LOWER_BODY = re.compile(
    r"(?:(?P<dem>[A-Z][a-z]+)|(?P<own>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)[’']s)\s+"
    r"(?P<body>(?:(?:defen[cs]e|foreign|interior|health|finance|energy|justice|economy|trade)\s+)?"
    r"(?:ministry|army|navy|air force|parliament|coast guard)"
    r"(?:\s+of\s+(?:defen[cs]e|health|foreign affairs|finance|the interior|energy|justice))?)\b"
)


@dataclass
class Org:
    """One organization: the forms the text uses and where."""

    forms: list[str] = field(default_factory=list)
    starts: set[int] = field(default_factory=set)
    canonical: str | None = None
    country: str | None = None

    @property
    def name(self) -> str:
        return self.canonical or max(self.forms, key=lambda f: (len(f.split()), len(f)))


def _clean(text: str) -> str:
    text = " ".join(text.split()).split(" (")[0].split(" : ")[0].split(", ")[0]
    text = POSS_END.sub("", LEAD.sub("", text)).strip(" ,.:;-–—")
    t = titles()
    ws = text.split()
    while len(ws) > 1 and (t.is_title(ws[-1]) or ws[-1] in SMALL):  # `Foreign Ministry Spokesperson` -> `... Ministry`
        ws.pop()
    return " ".join(ws)


def initials(form: str) -> str:
    """`Senate Electoral Tribunal` -> `SET`; small words skipped."""
    return "".join(w[0] for w in re.split(r"[\s-]+", form) if w and w.lower() not in SMALL and w[0].isalpha()).upper()


def _rejected(form: str, exclude: set[str], people: set[str]) -> bool:
    t = titles()
    orgs = organizations()
    c = countries()
    if not form or ROAD_CODE.match(form) or "/" in form or form in exclude or form in people or form in orgs.platforms:
        return True
    if t.is_title(form.split()[0]) and not INSTITUTION.search(form):
        return True  # `Minister of Foreign Affairs`: an office, not an organization
    capital = form in c.by_capital or form.title() in c.by_capital
    if c.lookup(form) or c.lookup(form.title()) or capital or t.is_title(form) or DOCUMENT_END.search(form):
        return True
    if len(form.split()) > 1 and form.isupper() and form not in orgs.canonical:
        return True  # a dateline or shouted heading (`UNITED NATIONS (Reuters)`)
    ws = form.split()
    if len(ws) == 1 and form not in orgs.canonical and (form in t.not_name or form in t.role_words
                                                        or (form.isupper() and len(form) > 6) or form.islower()):
        return True
    return ws[0] in orgs.furniture or " - " in form or any(w in people for w in ws)


def _candidates(doc: Doc, skip: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, form) of every naming that may be an organization."""
    orgs = organizations()
    text = doc_text(doc)
    out = []
    for e in doc_ents(doc):
        if e.label == "ORG":
            lead = len(LEAD.match(e.text).group()) if LEAD.match(e.text) else 0  # so a longer table form wins
            form = e.text[lead:].split(" (")[0]
            out.append((e.start + lead, e.start + lead + len(form), form))
    out += [(m.start(), m.end(), m.group()) for m in orgs.pattern.finditer(text)]
    for short, full in orgs.context_short.items():
        for m in re.finditer(rf"\b{re.escape(short)}\b", text):
            if _org_context(text, m.start(), m.end(), out):
                out.append((m.start(), m.end(), full))
    for m in LOWER_BODY.finditer(text):
        owner = m.group("dem") or m.group("own")
        if countries().lookup(owner):
            out.append((m.start(), m.end(), f"{owner} {m.group('body')}" if m.group("dem") else m.group()))
    return [c for c in out if not any(a <= c[0] < b for a, b in skip)]


def _org_context(text: str, start: int, end: int, orgs: list[tuple[int, int, str]]) -> bool:
    """`BRICS, Shanghai, and the Eurasian Economic Union`: a short form listed next to organizations."""
    if ORG_NOUN_AFTER.match(text[end:end + 20]):
        return True
    for s, e, _ in orgs:
        if (e <= start and LIST_GLUE.match(text[e:start])) or (s >= end and LIST_GLUE.match(text[end:s])):
            return True
    return False


def extract_orgs(
    doc: Doc, skip: list[tuple[int, int]], exclude: set[str], people: set[str]
) -> tuple[list[Participant], list[tuple[int, int]]]:
    """Organizations with their acronyms and other forms as aliases (outlets and people left out), and the
    spans that name them."""
    groups: list[Org] = []
    taken: list[tuple[int, int]] = []
    for start, end, raw in sorted(_candidates(doc, skip), key=lambda x: (x[0], -x[1])):
        if any(a < end and start < b for a, b in taken):
            continue  # the same naming found twice (NER span and table form, or `(ACR)` after a long form)
        if _add(doc, groups, (raw, start, end), exclude, people):
            taken.append((start, end))
            acr = ACRONYM_AFTER.match(doc_text(doc)[end:end + 14])
            if acr:
                taken.append((end, end + acr.end()))
    return [_participant(g) for g in groups], taken


def _add(doc: Doc, groups: list[Org], found: tuple[str, int, int], exclude: set[str], people: set[str]) -> bool:
    """Put one naming into its organization's group; False when it names no organization."""
    raw, start, end = found
    form = _clean(raw)
    if "\n" in raw.strip() or _rejected(form, exclude, people):
        return False
    if _role_piece(doc_text(doc), end, form) or (" " not in form and _mislabeled(doc, form)):
        return False
    canon = organizations().canonical.get(form)
    home = next((g for g in groups if _same(g, form, canon)), None)
    if home is None:
        home = Org(canonical=canon)
        groups.append(home)
    home.canonical = home.canonical or canon
    home.country = home.country or _owner(doc_text(doc), start)
    if form not in home.forms:
        home.forms.append(form)
    home.starts.add(start)
    acr = ACRONYM_AFTER.match(doc_text(doc)[end:end + 14])
    if acr and acr.group(1) not in home.forms and initials(form)[:1] == acr.group(1)[:1]:
        home.forms.append(acr.group(1))
    return True


def _bare(form: str) -> str:
    """The form without a leading country word: `Russian Security Council` -> `Security Council`."""
    return form.split(" ", 1)[1] if lead_country(form) and " " in form else form


def _role_piece(text: str, end: int, form: str) -> bool:
    """`the Turkish National Defense` of `... Defense Minister`: part of a title, not an organization."""
    nxt = text[end:end + 30].split()
    return bool(nxt) and titles().is_title(nxt[0]) and not INSTITUTION.search(form)


def _mislabeled(doc: Doc, form: str) -> bool:
    """A one-word name the NER calls an organization less often than anything else (a disease, a place)."""
    if form in organizations().canonical or form.isupper():
        return False
    labels = [e.label for e in doc_ents(doc) if e.text.strip() == form]
    return bool(labels) and labels.count("ORG") * 2 < len(labels)


def _owner(text: str, start: int) -> str | None:
    """`Russia's Security Council`: the country in the possessive right before the name."""
    m = re.search(r"([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)[’']s\s+(?:the\s+)?$", text[max(0, start - 40):start])
    return countries().lookup(m.group(1)) if m else None


def _same(g: Org, form: str, canon: str | None) -> bool:
    if canon and g.canonical == canon:
        return True
    for f in g.forms:
        if _bare(f).lower() == _bare(form).lower() and (lead_country(f) in (None, lead_country(form))
                                                         or lead_country(form) is None):
            return True
        if f == form or (form.isupper() and initials(f) == form) or (f.isupper() and initials(form) == f):
            return True
        longer, shorter = (f, form) if len(f) > len(form) else (form, f)
        if longer.startswith(shorter + " of ") or longer.startswith(shorter + " for "):
            return True
    return False


def lead_country(form: str) -> str | None:
    """`Russian Security Council`, `Uganda's ministry of health` -> the country; None otherwise."""
    first = form.split()[0] if form.split() else ""
    return countries().lookup(POSS_END.sub("", first))


def _participant(g: Org) -> Participant:
    name = g.name
    country = g.country or next((lead_country(f) for f in g.forms if lead_country(f)), None)
    if organizations().canonical.get(name) == name:
        country = None
    aliases = [f for f in g.forms if f != name]
    return Participant.model_construct(name=name, kind="organization", aliases=aliases, role=None, country=country,
                                       mentions=len(g.starts))
