"""The article body: the units after the head, without furniture, repeats, captions and related links."""

from __future__ import annotations

from dataclasses import dataclass, field

from parsers import furniture
from parsers.credits import end_credit
from parsers.dates import find_dates
from parsers.layout import Unit, ends_sentence, is_headline, is_prose, is_title_case, key, words
from parsers.meta import is_date_line, is_meta_line

SHORT_LINE_WORDS = 3  # ads and widget names (`BookMyMBBS`, `MS Education Academy`) between paragraphs
LINK_MAX_WORDS = 16  # a sentence-case line this short between paragraphs is a related-article link
DATE_LINE_WORDS = 10
LABELED_DATE_WORDS = 20  # `Published on May 5, 2026, at 4:12 pm (Paris), updated at 6:03 pm`
CAPTION_REPEAT_WORDS = 35  # a unit printed twice in a row up to this long is a caption
EARLY_PARAGRAPHS = 2  # a date line this near the top, under an unrecognised headline, still dates the page
BULLETS = ("-", "•", "*", "–", "·", "▪")  # list items are content even without a full stop


@dataclass
class Body:
    """Paragraphs kept, the furniture after the article's end, and an end credit (`-- PTI`)."""

    paragraphs: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    credit: str | None = None
    footer: list[str] = field(default_factory=list)  # the dropped units after the last paragraph
    early_dates: list[str] = field(default_factory=list)  # date lines before the second paragraph: head stamps


def read_body(us: list[Unit], skip_keys: set[str]) -> Body:
    """Keep article paragraphs from `us`; `skip_keys` are headline and standfirst repeats to drop."""
    body, seen, after_link, last = Body(), {}, False, 0
    repeats = _consecutive_repeats(us)
    prose_after = _prose_after(us)
    for n, u in enumerate(us):
        text, k = u.text, key(u.text)
        link, after_link = after_link, False
        kind = furniture.kind(text)
        if kind == furniture.TAIL and body.paragraphs:
            body.dropped.extend(v.text for v in us[n:])
            break
        if kind == furniture.WITH_NEXT:
            after_link = True
        repeated = k in skip_keys or k in repeats or k in seen
        if kind or repeated or is_meta_line(text) or _date_only(text) or (link and is_headline(text)):
            body.dropped.append(text)
            if len(body.paragraphs) < EARLY_PARAGRAPHS and kind is None and _date_only(text):
                body.early_dates.append(text)
            continue
        if credited := end_credit(text):
            rest, body.credit = credited
            if rest:
                body.paragraphs.append(rest)
                last = len(body.dropped)
            body.dropped.extend(v.text for v in us[n + 1:])
            break
        if _stray(us, n, prose_after[n]):
            body.dropped.append(text)
            continue
        seen[k] = n
        body.paragraphs.append(text)
        last = len(body.dropped)
    body.footer = body.dropped[last:]
    return body


def _consecutive_repeats(us: list[Unit]) -> set[str]:
    """Keys of short units printed twice in a row: duplicated photo captions, dropped in every copy.

    A long paragraph printed twice is kept once (later copies fall to the seen-before check).
    """
    return {key(a.text) for a, b in zip(us, us[1:], strict=False)
            if key(a.text) == key(b.text) and key(a.text) and len(words(a.text)) <= CAPTION_REPEAT_WORDS}


def _date_only(text: str) -> bool:
    """A short line that only states a date and time, or a `Published on …` line: page metadata, even in the body."""
    count = len(words(text))
    if count > LABELED_DATE_WORDS or not is_date_line(text):
        return False
    return count <= DATE_LINE_WORDS or any(h.label for h in find_dates(text))


def _prose_after(us: list[Unit]) -> list[bool]:
    """For each unit, whether running text follows it (computed once, right to left)."""
    out, seen = [False] * len(us), False
    for n in range(len(us) - 1, -1, -1):
        out[n] = seen
        seen = seen or is_prose(us[n].text)
    return out


def _stray(us: list[Unit], n: int, prose_follows: bool) -> bool:
    """True for a short non-sentence line between paragraphs: an ad, widget name or related-article link."""
    text = us[n].text
    if text.startswith(BULLETS) or not prose_follows or ends_sentence(text) or is_prose(text):
        return False
    count = len(words(text))
    if count <= SHORT_LINE_WORDS:
        return True
    return is_headline(text) and count <= LINK_MAX_WORDS and not is_title_case(text) and not text[0].islower()
