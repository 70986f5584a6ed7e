"""The page head: kicker, headline, standfirst, and where the article itself begins."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from parsers import furniture
from parsers.credits import end_credit, lead_in_outlet, read_dateline
from parsers.layout import Unit, ends_sentence, is_headline, is_prose, key, words
from parsers.meta import is_date_line, is_meta_line

KICKER_MAX_WORDS = 6
QUESTION_MAX_WORDS = 16  # a question this short under a masthead is a headline, not the lead
SLOGAN_MAX_WORDS = 6
TICKER_LABEL = re.compile(r"^(?:BREAKING(?: NEWS)?|JUST IN|LATEST|ALERT|NEWS ALERT)\s*[:|-]\s", re.IGNORECASE)
TITLE_MIN_WORDS = 3
SHORT_TITLE_WORDS, LONG_TITLE_WORDS, NAME_MAX_WORDS = 4, 6, 5
TAGLINE_COST, NAME_COST, NAME_SHAPED_COST, RANK_COST = 5.0, 3.0, 1.5, 0.5
MIN_REPEAT_KEY = 20  # a headline repeated from a breadcrumb above counts only if this long
MIN_TITLE_SCORE = -3.0  # a tagline, or a caps masthead over a dateline lead, alone is not a headline
SECTION_MAX_WORDS = 3
SECTION_LOOKAHEAD = 12  # menu lines above a headline; bounded so long line lists stay linear
STANDFIRST_MIN_WORDS, STANDFIRST_MAX_WORDS = 5, 80  # shorter lines under a headline are section names
MIN_DUP_KEY = 30  # a standfirst repeated later counts only if it is this long (letters and digits)
CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")  # names, places and key nouns; `'s` and digits fall away
STEM_CHARS = 5  # `imposes` / `imposing`: a word's first letters stand for the word
LEAD_UNITS = 2  # the article's first paragraphs, which repeat its headline's names and nouns
LEAD_MIN_WORDS = 2  # a line with fewer content words is too short to judge by the lead
LEAD_SHARE = 1 / 3  # a headline shares at least this share of its content words with the lead
LEAD_BONUS, UNRELATED_COST, PROMPT_COST = 1.0, 1.5, 1.0
STANDFIRST_RATIO = 1.5  # a standfirst runs this much longer than the headline above it


@dataclass
class Head:
    """Indices into the unit list: the headline, the standfirst, and the first unit of the article."""

    title: int | None = None
    subtitle: int | None = None
    kicker: int | None = None
    body_start: int = 0


def is_furniture(u: Unit) -> bool:
    """True for any head line that is not a candidate for headline, standfirst or article text."""
    return furniture.kind(u.text) is not None or is_meta_line(u.text) or is_date_line(u.text)


def is_meta_like(text: str) -> bool:
    """True for byline, date, code or label lines, which sit between a standfirst and the article."""
    return is_meta_line(text) or is_date_line(text) or furniture.is_label(text)


def read_head(us: list[Unit]) -> Head:
    """Find kicker, headline, standfirst and the start of the article in the leading units."""
    head, i = Head(), 0
    while i < len(us):
        text = us[i].text
        if is_furniture(us[i]):
            i += 1
        elif _is_kicker(text) and i + 1 < len(us) and is_headline(us[i + 1].text):
            head.kicker, i = i, i + 1
        elif _is_section(us, i):
            i += 1
        else:
            break
    if (title := _pick_title(us, i)) is not None:
        head.title, i = title, title + 1
        i = _standfirst(us, i, head)
    head.body_start = _first_prose(us, i, head)
    return head


def _pick_title(us: list[Unit], i: int) -> int | None:
    """Score the headline-shaped lines from `i` to the article's first running text; the best is the headline.

    The first clean candidate wins ties, so a standfirst never beats its headline; taglines, mastheads and
    short labels above the headline score too low, and a page whose head holds only those has no headline.
    A line that shares the lead's names and nouns gains; a consent banner, breadcrumb, subscribe prompt or
    skip link, which shares none, loses.
    """
    candidates, end = _candidates(us, i)
    lead = _lead_stems(us, end)
    evidence = {j: _lead_evidence(us[j].text, lead) for j in candidates}
    for j, k in zip(candidates, candidates[1:], strict=False):
        if _standfirst_below(us, j, k):  # a headline and its standfirst are read against the lead together
            evidence[j] = evidence[k] = max(evidence[j], evidence[k])
    best, best_score = None, MIN_TITLE_SCORE
    for rank, j in enumerate(candidates):
        prompt = PROMPT_COST if furniture.is_prompt(us[j].text) else 0.0
        score = _title_score(us, j) + evidence[j] - prompt - RANK_COST * rank
        if score > best_score:
            best, best_score = j, score
    return best


def _candidates(us: list[Unit], i: int) -> tuple[list[int], int]:
    """The headline-shaped lines from `i`, and the index where the article's running text begins."""
    out = []
    for j in range(i, min(len(us), i + SECTION_LOOKAHEAD)):
        text = us[j].text
        question = text.endswith("?") and len(words(text)) <= QUESTION_MAX_WORDS  # `Will rates ever fall?`
        candidate = _is_title(text) and not is_furniture(us[j]) and (j == i or question or not is_prose(text))
        if candidate:
            out.append(j)
        elif is_prose(text) or read_dateline(text, strict=True) is not None or end_credit(text) is not None:
            return out, j  # a question headline is prose-shaped; below the first line that is the lead
        elif _is_kicker(text):
            return out, j
    return out, min(len(us), i + SECTION_LOOKAHEAD)


def _lead_stems(us: list[Unit], start: int) -> set[str]:
    """Content-word stems of the article's first running paragraphs, from `start` on."""
    lead = [u.text for u in us[start:start + SECTION_LOOKAHEAD] if is_prose(u.text) and not is_furniture(u)]
    return set().union(*(_stems(text) for text in lead[:LEAD_UNITS]))


def _stems(text: str) -> set[str]:
    """The stems of a line's content words (no stop words, no numbers)."""
    return {w[:STEM_CHARS] for w in CONTENT_WORD.findall(text.casefold()) if w not in STOP_WORDS}


def _lead_evidence(text: str, lead: set[str]) -> float:
    """A headline names what its lead names; page chrome (consent, subscribe or skip lines) shares nothing."""
    own = _stems(furniture.clean_title(text))
    if not lead or len(own) < LEAD_MIN_WORDS:
        return 0.0
    shared = len(own & lead)
    if not shared:
        return -UNRELATED_COST
    return LEAD_BONUS if shared >= LEAD_SHARE * len(own) else 0.0


def _standfirst_below(us: list[Unit], j: int, k: int) -> bool:
    """Line `k` is the standfirst of headline `j`: much longer, with at most bylines and dates between them.

    A feature headline (`Tides of change`) may share no word with the lead that its standfirst repeats.
    """
    between = us[j + 1:k]
    if not all(is_meta_line(u.text) or is_date_line(u.text) for u in between):
        return False
    return len(words(us[k].text)) >= STANDFIRST_RATIO * len(words(us[j].text))


def _title_score(us: list[Unit], j: int) -> float:
    """How much a header line looks like the headline rather than a slogan, masthead, office or label."""
    text = furniture.clean_title(us[j].text)  # `KWTN 7 | Big Sky News Now`: the masthead, then its tagline
    count = len(words(text))
    score = 0.0
    if furniture.is_tagline(text) or furniture.masthead_with_tagline(text):
        score -= TAGLINE_COST
    if _masthead_slogan(us, j, count):
        score -= 1  # the slogan closing the masthead's own block (`Local news, local voices`)
    if TICKER_LABEL.match(us[j].text):
        score -= 1  # `BREAKING: …` above the headline is the site's news ticker
    if furniture.name_line(text):
        score -= NAME_COST + (count <= SHORT_TITLE_WORDS and furniture.masthead_like(text))  # `The Coastal Courier`
    elif _name_shaped(text):
        score -= NAME_SHAPED_COST  # `Office of the Spokesperson`, `Cardiff & South East Wales`
    if text.isupper():
        score -= 1
    if count < SHORT_TITLE_WORDS:
        score -= RANK_COST
    elif count >= LONG_TITLE_WORDS:
        score += RANK_COST  # a sentence-like headline, longer than labels and names
    own = key(text)
    if len(own) >= MIN_REPEAT_KEY and any(own in key(u.text) for u in us[max(0, j - SECTION_LOOKAHEAD):j]):
        score += 1  # repeated from a breadcrumb or page title above
    nxt = next((u.text for u in us[j + 1:] if key(u.text) not in (own, key(us[j].text))), "")
    if nxt and (is_meta_like(nxt) or is_prose(nxt) or read_dateline(nxt) is not None or _standfirst_shaped(nxt)):
        score += 1  # a headline is followed by its byline, date, standfirst or lead
    return score


def _masthead_slogan(us: list[Unit], j: int, count: int) -> bool:
    """A short line that closes the masthead's block: name line above it, no blank line between, one after."""
    if not j or us[j].blank_before or count > SLOGAN_MAX_WORDS or j + 1 >= len(us) or not us[j + 1].blank_before:
        return False
    above = us[j - 1].text
    return furniture.name_line(above) and furniture.kind(above) is None


def _name_shaped(text: str) -> bool:
    """Capitalized words held by `of`, `the` or `&` only, like an office or region name, not a headline verb."""
    tokens = text.split()
    joiners = [w for w in tokens if w.casefold() in furniture.NAME_JOINERS]
    return bool(joiners) and len(tokens) <= NAME_MAX_WORDS and all(w[0].isupper() or w in joiners for w in tokens)


def _is_title(text: str) -> bool:
    """A headline: headline-shaped, three words or more (`All News` is a section), not a dateline lead.

    Counted without site suffixes: `KWTN 7 | Big Sky News Now` is a masthead and its tagline.
    """
    clean = furniture.clean_title(text)  # `(LEAD) …` is a version mark, not a `(Yonhap)` dateline credit
    lettered = [w for w in words(clean) if not w[0].isdigit()]
    return is_headline(text) and len(lettered) >= TITLE_MIN_WORDS and read_dateline(clean, strict=True) is None


def _is_kicker(text: str) -> bool:
    """A short line ending in a colon above the headline (`Putin to Raisi:`)."""
    return text.endswith(":") and len(words(text)) <= KICKER_MAX_WORDS


def _is_section(us: list[Unit], i: int) -> bool:
    """A section or menu name (`Middle East`) above a longer headline-shaped line, before any running text."""
    text = us[i].text
    count = len(words(text))
    if (count > SECTION_MAX_WORDS and not furniture.masthead_like(text)) or ends_sentence(text):
        return False
    for u in us[i + 1:i + 1 + SECTION_LOOKAHEAD]:
        if is_furniture(u):
            continue  # bylines and date lines are not the headline the section would stand above
        if is_prose(u.text) or end_credit(u.text) is not None:
            return False
        if is_headline(u.text) and len(words(u.text)) > max(count, SECTION_MAX_WORDS):
            return True
    return False


def _standfirst(us: list[Unit], i: int, head: Head) -> int:
    """Mark the standfirst after the headline (skipping repeats of it) and return the next index."""
    title_key = key(us[head.title].text)
    while i < len(us) and (key(us[i].text) == title_key or is_furniture(us[i])):
        i += 1
    if i >= len(us) or not _standfirst_shaped(us[i].text):
        return i
    later = us[i + 1:]
    nxt = next((u.text for u in later if furniture.kind(u.text) not in (furniture.CAPTION, furniture.LINE)), "")
    follows_meta = bool(nxt) and (is_meta_like(nxt) or key(nxt) == title_key)  # a photo between does not count
    lead = next((u.text for u in later if is_prose(u.text) and not is_furniture(u)), "")
    lead_has_dateline = bool(lead) and read_dateline(lead) is not None
    own = key(us[i].text)
    repeated = len(own) >= MIN_DUP_KEY and any(own in key(u.text) for u in later)
    if (follows_meta or lead_has_dateline or repeated) and lead:
        head.subtitle = i
        return i + 1
    return i


def _standfirst_shaped(text: str) -> bool:
    """A sentence or phrase that could stand under a headline, not a caption, dateline lead or metadata."""
    if not STANDFIRST_MIN_WORDS <= len(words(text)) <= STANDFIRST_MAX_WORDS:
        return False
    if furniture.kind(text) is not None or is_meta_like(text):
        return False
    if read_dateline(text) is not None or lead_in_outlet(text) is not None:
        return False
    return is_prose(text) or is_headline(text)


def _first_prose(us: list[Unit], i: int, head: Head) -> int:
    """Index of the first running-text unit at or after `i`: the article's lead."""
    skip = {k for k in (head.title, head.subtitle) if k is not None}
    keys = {key(us[k].text) for k in skip}
    for j in range(i, len(us)):
        text = us[j].text
        if j in skip or key(text) in keys or furniture.kind(text) is not None:
            continue
        if is_prose(text) or read_dateline(text) is not None or end_credit(text) is not None:
            return j
    return i
