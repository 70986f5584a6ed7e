"""Page furniture: tell comment forms, widgets, captions, tickers and labels from article text."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from parsers import outlets
from parsers.layout import words

TAIL, LINE, WITH_NEXT, CAPTION, LABEL = "tail", "line", "with_next", "caption", "label"
DASH_SUFFIX = re.compile(r"\s+[-–—]\s+(?P<name>[^-–—]{2,40})$")
CAPTION_MAX_WORDS = 70  # longer units are paragraphs that merely mention a photo agency
CAPTION_SHORT_WORDS, CAPTION_TRAILER_CHARS = 12, 60  # where a photo credit may sit in a unit
MASTHEAD_MAX_WORDS = 7
NAME_LINE_MAX_WORDS = 3  # `KWTN 7`; longer capitalized lines are names only with a newspaper word
TAGLINE_MAX_WORDS = 10
NAME_JOINERS = frozenset({"of", "the", "and", "&", "de", "la", "le", "el", "al"})
INSTITUTION_JOINERS = NAME_JOINERS | {"in", "for", "to", "on"}
INSTITUTION_MAX_WORDS = 12
CRUMB_SEPARATORS = re.compile(r"\s*[»›>]\s*|\s+/\s+")  # `Home » World » <headline>`: the trail is furniture
LABEL_SEPARATORS = re.compile(r"\s*[|»›>]\s*")  # section labels and breadcrumbs: `News » World » Asia`
EDITION = re.compile(r"\s+(?:English|Online|Edition|English Edition|International)$")
DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")  # `| the-daily-herald.com` after a headline
NAME_TAIL = re.compile(r"\s+[-–—|:]\s+")
LABEL_PART_WORDS = 3  # `Home | World | Politics`; a headline before a pipe is longer
TRAIL_ARROWS = re.compile(r"\s*[»›>]\s*")  # `You are here: Site > Department > News`
TRAIL_MIN_PARTS = 3
MENU_MIN_PARTS = 4  # `Germany | World | Business | Science | …`: a menu bar, however many words in all


@cache
def table() -> dict:
    """Load parsers/data/furniture.json once, with every pattern compiled."""
    raw = json.loads(resources.files("parsers").joinpath("data/furniture.json").read_text("utf-8"))

    def whole(patterns: list[str]) -> re.Pattern[str]:
        """One case-insensitive alternation, to be matched against a whole unit."""
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)

    return {
        "masthead": whole(raw["masthead"]),
        "masthead_words": frozenset(raw["masthead_words"]),
        "menu_words": frozenset(raw["menu_words"]),
        "section_words": frozenset(raw["section_words"]),
        "institution_words": frozenset(raw["institution_words"]),
        TAIL: whole(raw["tail"]),
        LINE: whole(raw["line"] + raw["masthead"]),
        WITH_NEXT: whole(raw["with_next"]),
        CAPTION: re.compile("|".join(raw["caption"])),
        "caption_lead": re.compile("|".join(raw["caption_lead"])),
        "tagline": re.compile("|".join(raw["tagline"]), re.IGNORECASE),
        "ticker": re.compile("|".join(raw["ticker"])),
        "prompt": re.compile(rf"(?:^|[|•·]\s*)(?:{'|'.join(raw['prompt'])})\b", re.IGNORECASE),
        "label_max_words": raw["label_max_words"],
        "title_prefixes": re.compile(raw["title_prefixes"]),
        "title_suffix": re.compile(raw["title_suffix"]),
    }


def kind(text: str) -> str | None:
    """Classify one unit as a kind of furniture, or None when it may be article text."""
    t = table()
    if t[WITH_NEXT].fullmatch(text):
        return WITH_NEXT
    if t[TAIL].fullmatch(text):
        return TAIL
    if t[LINE].fullmatch(text) or t["ticker"].search(text) or masthead(text):
        return LINE
    if is_caption(text):
        return CAPTION
    if is_label(text):
        return LABEL
    return None


def is_prompt(text: str) -> bool:
    """A page's call to act (`Subscribe to …`, `Accept all | Manage preferences`, `Skip …`), not a headline."""
    return table()["prompt"].search(text) is not None


def masthead_like(text: str) -> bool:
    """A short title-case name holding a newspaper word (`The Daily Sentinel`, `HealthWire`), not a section."""
    t = table()
    tokens = text.split()
    if institution_line(text):
        return True
    if not 1 <= len(tokens) <= MASTHEAD_MAX_WORDS or text[-1:] in ".!?:" or tokens[0].title() in t["section_words"]:
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w in NAME_JOINERS for w in tokens):
        return False
    if len(tokens) == 1 and tokens[0].capitalize() in t["masthead_words"]:
        return False  # `News` alone is a menu item, not a masthead
    if all(w.title() in t["menu_words"] for w in tokens):
        return False  # `Press Releases`, `Top News`: a section of the menu
    return any(_newspaper_word(w, t["masthead_words"]) for w in tokens)


def _newspaper_word(word: str, known: frozenset[str]) -> bool:
    """`Herald`, or a compound ending in one (`HealthWire`)."""
    word = word if not word.isupper() or len(word) < 3 else word.capitalize()  # `EXPRESS` in a caps masthead
    return word in known or any(word.endswith(m) and word != m for m in known if len(m) > 3)


def masthead_with_tagline(text: str) -> str | None:
    """Return the masthead of a `The Coastal Courier — News for the North Shore` line: a name, then a slogan."""
    parts = NAME_TAIL.split(text, maxsplit=1)
    return parts[0] if len(parts) == 2 and masthead_like(parts[0]) and is_tagline(parts[1]) else None


def is_tagline(text: str) -> bool:
    """A site slogan under a masthead (`News from Russia in English`), which is never the headline."""
    return len(words(text)) <= TAGLINE_MAX_WORDS and table()["tagline"].search(text.rstrip(" .!")) is not None


def institution_line(text: str) -> bool:
    """A government body's long name as its site's masthead (`Embassy of the Republic of X in the Kingdom of Y`).

    Its joiners are lower case; a title-case headline (`Department Of Health Confirms …`) capitalizes them.
    """
    tokens = text.removeprefix("The ").split()
    if not tokens or len(tokens) > INSTITUTION_MAX_WORDS or tokens[0] not in table()["institution_words"]:
        return False
    joiners = [w for w in tokens if w in INSTITUTION_JOINERS]
    return bool(joiners) and all(w[0].isupper() or w in INSTITUTION_JOINERS for w in tokens)


def name_line(text: str) -> bool:
    """A masthead or station name: a short line of capitalized words or capitals (`KWTN 7`, `MarketPulse`)."""
    tokens = text.split()
    if institution_line(text):
        return True
    if not 1 <= len(tokens) <= MASTHEAD_MAX_WORDS or text[-1:] in ".!?:,;":
        return False
    if tokens[0].title() in table()["section_words"]:  # `ECONOMY` above the headline is a section
        return False
    if len(tokens) == 1 and tokens[0].capitalize() in table()["masthead_words"]:
        return False  # `News`, `Today`: a menu item
    if masthead_like(text):
        return True
    if len(tokens) > NAME_LINE_MAX_WORDS or not all(w[0].isupper() or w[0].isdigit() for w in tokens):
        return False
    if all(w.title() in table()["menu_words"] for w in tokens):
        return False  # `Just In`, `Top Stories`: navigation
    return len(tokens) > 1 or _coined(tokens[0])


def _coined(word: str) -> bool:
    """A one-word name no dictionary word looks like: capitals (`BBC`), a capital inside or a digit."""
    return word.isupper() or any(c.isupper() or c.isdigit() for c in word[1:])


def masthead(text: str) -> str | None:
    """Return the outlet a masthead line names (`Tasnim News Agency`, `Tehran Times - World`, `IRNA English`)."""
    first = NAME_TAIL.split(text, maxsplit=1)[0].strip()
    if table()["masthead"].fullmatch(text) or masthead_with_tagline(text):
        return name_before_comma(first)
    profile = outlets.lookup(first)
    if profile is not None and not profile.wire:
        return first
    stem = EDITION.sub("", first)  # an agency's edition line names the agency itself
    return stem if stem != first and outlets.lookup(stem) is not None else None


def name_before_comma(name: str) -> str:
    """`NorthWire, Baltic News Agency` -> `NorthWire`: a name line, then a description of what it is."""
    head, comma, tail = name.partition(", ")
    return head if comma and name_line(head) and len(words(tail)) <= TAGLINE_MAX_WORDS else name


def is_caption(text: str) -> bool:
    """True for a photo caption or credit (`REUTERS/Name`, `FILE -`, `Photo from ...`).

    In a longer unit the credit must close it: `Photos from the scene showed ...` opens a paragraph.
    """
    count = len(words(text))
    if count > CAPTION_MAX_WORDS:
        return False
    if table()["caption_lead"].search(text):
        return True
    m = table()[CAPTION].search(text)
    return m is not None and (count <= CAPTION_SHORT_WORDS or m.start() >= len(text) - CAPTION_TRAILER_CHARS)


def is_label(text: str) -> bool:
    """True for a section label such as `Analysis | Asia-Pacific`: a few short names around pipes."""
    crumbs = CRUMB_SEPARATORS.split(text)
    if len(crumbs) >= 2 and len(words(crumbs[0])) <= LABEL_PART_WORDS and len(words(crumbs[1])) <= LABEL_PART_WORDS:
        return True
    trail = TRAIL_ARROWS.split(text)
    if len(trail) >= TRAIL_MIN_PARTS and all(len(words(part)) <= LABEL_PART_WORDS for part in trail[1:]):
        return True  # a breadcrumb trail behind a longer lead-in (`You are here: …`)
    parts = LABEL_SEPARATORS.split(text)
    short = all(len(words(part)) <= LABEL_PART_WORDS for part in parts)
    if len(parts) >= MENU_MIN_PARTS and short:
        return True
    return len(parts) >= 2 and len(words(text)) <= table()["label_max_words"] and short


def clean_title(text: str) -> str:
    """Strip wire prefixes (`UPDATE 1-`) and site suffixes (` | News`, ` - Reuters`) from a headline."""
    return split_title(text)[0]


def split_title(text: str) -> tuple[str, list[tuple[str, bool]]]:
    """Return the headline without prefixes and suffixes, and the suffixes as (name, after a pipe)."""
    t = table()
    text = t["title_prefixes"].sub("", text, count=1).strip()
    suffixes = []
    while (m := _piped_suffix(text) or _outlet_suffix(text)) and m.start() > 0:
        suffixes.append((m.group("name").strip(), "|" in m.group(0)))
        text = text[: m.start()].rstrip()
    return text, suffixes


def _piped_suffix(text: str) -> re.Match[str] | None:
    """Match a trailing ` | News` or ` | Harbour Times`: a name or label, not a sentence-case clause of the headline.

    `Explained | Why rates rose` keeps its second half, which is the headline itself.
    """
    m = table()["title_suffix"].search(text)
    if m is None:
        return None
    name = m["name"].strip()
    capitalized = all(w[0].isupper() or w[0].isdigit() or w in NAME_JOINERS for w in name.split())
    return m if capitalized or DOMAIN.fullmatch(name) or outlets.lookup(name) is not None else None


def _outlet_suffix(text: str) -> re.Match[str] | None:
    """Match a trailing ` - Reuters` when the name after the dash is a listed outlet."""
    m = DASH_SUFFIX.search(text)
    return m if m and outlets.lookup(m["name"]) else None
