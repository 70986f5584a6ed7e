"""Role and country of a person from the words around a mention: premodifiers, possessives, appositions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from parsers.doccache import doc_text
from parsers.lexicon import countries, display, organizations, titles
from parsers.mentions import Mention
from parsers.names import is_lexical

LEADING = re.compile(r"^(?:(?:the|a|an|his|her|their|its)\s+)+", re.IGNORECASE)
POSS_SPLIT = re.compile(r"^(?P<owner>.+?)\s?[’']s\s+(?P<role>.+)$")
STOP_POS = frozenset({"VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON", "NUM", "SYM", "SPACE"})
COUNTERPART = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+counterparts?\s*,?\s*(?:[A-Z]\S*\s+){0,3}$"
)
OFFICE_OF = re.compile(r"^(?:the\s+)?((?:\S+\s+){0,2}?\S+)\s+((?:of|to|for)\s.*)$")
TIME_WORD = re.compile(r"^(former|acting|then|outgoing|incoming|interim|caretaker)\s+", re.IGNORECASE)
OF_COUNTRY = re.compile(r"\bof\s+(?:the\s+)?$")


@dataclass(frozen=True)
class RoleHit:
    """What the words around one mention say: role, country, and how sure."""

    role: str | None
    country: str | None
    rank_only: bool = False  # only a military rank (`Major General`)
    counterpart: bool = False  # `his Iranian counterpart`: the office is the other person's


def _offices_in(phrase: str) -> list[str]:
    """Office words or word groups in `phrase` (`minister`, `Crown Prince`, `CEO`, `Major General`)."""
    t = titles()
    ws = re.findall(r"[\w.-]+", phrase)
    found = []
    for n in (3, 2, 1):
        for i in range(len(ws) - n + 1):
            p = " ".join(ws[i:i + n])
            low = p.lower()
            if (low in t.offices_lower and p not in t.honorifics) or p in t.offices or p in t.ranks or (
                    low in t.occupations):
                found.append(p)
    return found


def _is_rank_only(phrase: str) -> bool:
    t = titles()
    found = _offices_in(phrase)
    return bool(found) and all(f in t.ranks or any(f in r.split() for r in t.ranks) for f in found)


def _clean(phrase: str) -> str:
    """Drop determiners, pronouns and honorifics around a role phrase (not `Crown` of `Crown Prince`)."""
    t = titles()
    ws = LEADING.sub("", " ".join(phrase.split())).split()
    while len(ws) > 1 and " ".join(ws[-2:]) in t.honorifics:  # `Foreign Minister Datuk Seri`
        del ws[-2:]
    while ws and ws[-1] in t.honorifics and not (len(ws) > 1 and t.is_title(f"{ws[-2]} {ws[-1]}")
                                                  and f"{ws[-2]} {ws[-1]}" not in t.honorifics):
        ws.pop()
    while ws and ws[0] in t.honorifics:
        ws.pop(0)
    out = " ".join(t.abbreviations.get(w, w) for w in ws).strip(" ,")
    return re.sub(r"\s+([’']s)\b", r"\1", out).replace("’s", "'s")


def _country(phrase: str, apposition: bool) -> str | None:
    """The country a role phrase names: leading demonym, `of X`, `X's`; bloc officials get None."""
    c = countries()
    for m in c.pattern.finditer(phrase):
        name = c.lookup(m.group())
        before, after = phrase[:m.start()], phrase[m.end():]
        lead = m.start() == 0 and not apposition
        nxt = after.split()[0] if re.match(r"\s+[A-Z]", after) else ""
        if nxt and m.group() not in c.by_demonym and not _role_word(nxt):
            continue  # part of an organization's name (`China Institute`)
        if lead or OF_COUNTRY.search(before) or after.startswith(("'s", "’s")) or m.group() in c.by_demonym:
            return name
    m = None if apposition else c.capital_possessive.match(phrase)
    return c.by_capital[m.group(1)] if m else None


def _role_word(word: str) -> bool:
    t = titles()
    return word.lower() in t.title_words_lower or word in t.role_words or countries().lookup(word) is not None


def _normalize(role: str, country: str | None) -> str:
    """`Iranian President` -> `President of Iran`; `Russia's X` -> `X of Russia`; `of` phrases stay."""
    c = countries()
    m = POSS_SPLIT.match(role)
    if m and " of " not in m.group("owner"):
        owner = m.group("owner")
        owner = country if c.lookup(owner) == country and country else (
            f"the {owner}" if owner[:1].islower() else owner)
        return f"{m.group('role')} of {display(owner)}"
    time = TIME_WORD.match(role)  # `Former British prime minister` -> `former prime minister of the United Kingdom`
    if time:
        rest = _normalize(role[time.end():], country)
        return f"{time.group(1).lower()} {rest}" if rest != role[time.end():] else role
    first, _, rest = role.partition(" ")
    for lead in (" ".join(role.split()[:2]), first):
        if country and rest and c.lookup(lead) == country and " of " not in role:
            return f"{role[len(lead):].strip()} of {display(country)}"
    return role


def _left_phrase(doc: Doc, start: int) -> str:
    """Title words right before a mention on the same line (`Saudi defence minister`, `Russia's`)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return ""
    t = titles()
    taken: list[Token] = []
    i = span.start - 1
    while i >= 0 and len(taken) < 12:
        tok = doc[i]
        if "\n" in tok.whitespace_ or tok.pos_ == "SPACE":
            break
        if tok.text in ("'s", "’s"):
            taken.insert(0, tok)
            if i > 0 and doc[i - 1].pos_ in ("NOUN", "PROPN"):
                taken.insert(0, doc[i - 1])
            break
        joined = tok.lower_ == "and" and i > 0 and _office_end(doc, i - 1)
        ok = joined or (tok.text[:1].isupper() and tok.pos_ not in STOP_POS) or tok.lower_ in t.title_words_lower \
            or tok.lower_ in t.occupations \
            or tok.text.capitalize() in t.role_words or tok.lower_ in ("of", "for") or _glued_hyphen(doc, i)
        if not ok:
            break
        taken.insert(0, tok)
        i -= 1
    while taken and taken[0].lower_ in ("of", "for", "-"):
        taken = taken[1:]
    return "".join(tok.text_with_ws for tok in taken).strip()


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """`Vice-President`, not the dash after a dateline (`OTTAWA - Finance Minister X`)."""
    return doc[i].text == "-" and not doc[i].whitespace_ and i > 0 and not doc[i - 1].whitespace_


def _office_end(doc: Doc, i: int) -> bool:
    """Token i ends an office (`State Councilor and ...`), not a name (`Stephen King and ...`)."""
    surname = doc[i].text in titles().surname_titles and i > 0 and doc[i - 1].text[:1].isupper() \
        and not is_lexical(doc[i - 1].text)
    return bool(_offices_in(doc[i].text)) and not surname


def _apposition(doc: Doc, end: int) -> str:
    """`Name, chief of staff of the Iranian Armed Forces,` -> the phrase after the comma."""
    m = re.match(r",\s+", doc_text(doc)[end:end + 3])
    span = doc.char_span(end + m.end(), end + m.end() + 1, alignment_mode="expand") if m else None
    if span is None:
        return ""
    taken: list[Token] = []
    for tok in doc[span.start:span.start + 16]:
        joined = tok.lower_ in ("and", "&") and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()
        if ((tok.pos_ in STOP_POS and tok.text != "-") and not joined) or tok.lower_ in ("who", "which", "that"):
            break
        taken.append(tok)
    phrase = "".join(tok.text_with_ws for tok in taken).strip()
    return phrase if _offices_in(" ".join(phrase.split()[:6])) else ""


def _before_comma(doc: Doc, start: int) -> str:
    """`the commission's spokesman, Maria Lopez` -> the phrase before the comma."""
    m = re.search(r",\s*$", doc_text(doc)[max(0, start - 3):start])
    comma = max(0, start - 3) + m.start() if m else -1
    span = doc.char_span(comma, comma + 1, alignment_mode="expand") if m else None
    if span is None:
        return ""
    taken: list[Token] = []
    i = span.start - 1
    while i >= 0 and len(taken) < 10:
        tok = doc[i]
        stop = (tok.pos_ in STOP_POS and tok.text not in ("'s", "’s")) or tok.tag_ in ("WP", "WP$", "WDT")
        if stop or (tok.pos_ == "ADP" and tok.lower_ not in ("of", "for", "to")) or "\n" in tok.whitespace_:
            break
        taken.insert(0, tok)
        i -= 1
    while taken and taken[0].pos_ == "ADP":
        taken = taken[1:]
    phrase = "".join(tok.text_with_ws for tok in taken).strip()
    words = phrase.split()
    if words and _offices_in(" ".join(words[-2:])):
        return phrase
    head = OFFICE_OF.match(phrase)  # `the Ambassador of Kenya to Ghana`: only places after the office
    if head and _offices_in(head.group(1)) and all(_role_word(w) for w in re.findall(r"\b[A-Z][\w-]*", head.group(2))):
        return phrase
    return ""


def role_of(doc: Doc, mention: Mention) -> RoleHit | None:
    """Role and country stated around one mention; None when the text states nothing."""
    prefix = " ".join(w.text for w in mention.prefix)
    left = _left_phrase(doc, mention.prefix[0].start if mention.prefix else mention.start)
    candidates = [(f"{left} {prefix}", False), (_apposition(doc, mention.end), True),
                  (_before_comma(doc, mention.prefix[0].start if mention.prefix else mention.start), False)]
    hits = []
    for raw, appos in candidates:
        phrase = _clean(raw)
        if phrase and _offices_in(phrase):
            country = _represented(phrase, appos)
            hits.append(RoleHit(_normalize(phrase, country), country, _is_rank_only(phrase)))
    best = min(hits, key=lambda h: h.rank_only) if hits else None
    if best and not best.rank_only:
        return best
    counterpart = COUNTERPART.search(doc_text(doc)[max(0, mention.start - 80):mention.start])
    if counterpart:
        country = countries().lookup(counterpart.group(1))
        return RoleHit(best.role if best else None, country, rank_only=best is not None, counterpart=True)
    if best:
        return best
    country = _represented(_clean(left), False) if left else None
    return RoleHit(None, country) if country else None


def role_from_prefix(words: list[str]) -> tuple[str | None, str | None]:
    """Role and country from the title words before a name alone (`Iranian President`), no parse needed."""
    phrase = _clean(" ".join(words))
    if not phrase:
        return None, None
    country = _represented(phrase, False)
    return (_normalize(phrase, country) if _offices_in(phrase) else None), country


def _represented(phrase: str, apposition: bool) -> str | None:
    """The country a role phrase names, unless the office belongs to an international body."""
    orgs = organizations()
    if orgs.pattern.search(phrase):
        return _country(orgs.pattern.sub("", phrase).strip(), apposition)
    return _country(phrase, apposition)


def office_only(role: str, country: str | None) -> str:
    """`President of Iran` -> `President`: the office to give a counterpart."""
    if country:
        role = re.sub(rf"\s+of\s+(?:the\s+)?{re.escape(country)}$", "", role)
        role = " ".join(w for w in role.split() if countries().lookup(w) != country)
    return role
