"""Person mentions: which capitalized runs of the body name a person, and which are credits or modifiers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc

from parsers.doccache import doc_ents
from parsers.lexicon import countries, organizations, titles
from parsers.names import Word, is_cap, is_lexical, name_part, plausible_name, runs, similar, text_of, words

CREDIT = re.compile(
    r"(?:\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Ww]ritten|[Cc]ompiled|[Pp]roduced|[Tt]ranslated"
    r"|[Pp]hotos?|[Pp]hotograph|[Ii]mages?|[Cc]redits?|[Vv]ideo|[Gg]raphics?)\s+(?:by|:)"
    r"|^\s*(?:Reporter|Author|Written by|Source|Byline)\s*:|^\s*(?:By|BY)\s+(?=[A-Z][^\n]{0,60}$)"
    r"|\bPhoto/|\b[Cc]ourtesy\b|^(?=[^\n]*\bcontributed (?:to this report|reporting))"
    r"|^[ \t]*(?:Story|Words|Text)[ \t]+(?:by[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}\.(?=[ \t]*(?:$|"
    r"(?:Photos?|Pictures?|Images?|Video)\b)))[^\n]*",
    re.MULTILINE,
)
GAP_ONLY = re.compile(r"[ \t\u00a0]+")
DETERMINER = re.compile(r"(?:^|\s)(?:the|a|an|The|A|An)\s+$")  # not `that`: `said that Ronaldo ...`
APPOS_ROLE = re.compile(r"^,\s+(?:a|an|the)\s+(?P<words>(?:[\w'’-]+\s+){0,4}?[a-z][\w-]*)"
                        r"(?:\s+(?:from|of|in|at|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s*[,.;]")
WORD_BEFORE = re.compile(r"(?:\b(the|a|an|its|their)\s+)?\b([A-Za-z-]+)\s+$")
# `X, Russia's Presidential Commissioner for Children's Rights,` / `X, Minister of Health,`: a capitalised office
APPOS_TITLE = re.compile(
    r"^,\s+(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s+)?(?P<words>[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|on"
    r"|[A-Z][\w'’-]*)){0,7})\s*[,.;]")
NO_RELATION = re.compile(r",[^.;:\n]{0,60}?\bno relation\b")
LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
ARTICLES = frozenset({"the", "a", "an"})
PERSON_LABELS = frozenset({"PERSON"})


@dataclass
class Mention:
    """One naming of a person: the name words (titles stripped) and the words before them in the run."""

    name: list[Word]
    prefix: list[Word]
    how: str  # ner | titled | agent | rescan
    titled: bool = False  # an office or honorific stands before the name (`King Abdullah`)
    agent: bool = False  # subject of a speech verb (`Lavrov noted`) or with a role apposition
    cue: str = ""  # `org` after `the group`, `place` after `in`: evidence against a person
    appos: bool = False  # a role noun in apposition (`X, a teacher,`): a person, not a company that `said`
    unrelated: bool = False  # `X, who is no relation,`: not the one a shared surname alone stands for

    @cached_property
    def form(self) -> str:
        return text_of(self.name)

    @property
    def start(self) -> int:
        return self.name[0].start

    @property
    def end(self) -> int:
        return self.name[-1].end


def _ends_with_title(prefix: list[Word]) -> bool:
    t = titles()
    return any(t.is_title(" ".join(w.text for w in prefix[-n:])) for n in range(1, min(len(prefix), t.max_words) + 1))


def credit_zones(text: str) -> list[tuple[int, int]]:
    """Character ranges of bylines, photo and reporting credits."""
    return [(m.start(), m.end()) for m in CREDIT.finditer(text)]


def _in_zones(start: int, zones: list[tuple[int, int]]) -> bool:
    return any(a <= start < b for a, b in zones)


def excluded_form(form: str, reporter: str | None) -> bool:
    orgs = organizations()
    c = countries()
    return (
        form in orgs.canonical or form in orgs.platforms or form in orgs.agencies
        or c.lookup(form) is not None or form in c.by_capital or form.title() in c.by_capital
        or (reporter is not None and form in reporter)
    )


def _agent(doc: Doc, start: int, end: int) -> bool:
    """The name is the subject, or one of the subjects, of a speech or action verb (`Lavrov noted`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    verbs = titles().agent_verbs
    if span is None:
        return False
    for t in span:
        subj = t.head if t.dep_ == "conj" and t.head.dep_ == "nsubj" else t  # `X and Y met`
        if t.pos_ == "PROPN" and subj.dep_ == "nsubj" and subj.head.lemma_.lower() in verbs:
            return True
    return False


@dataclass
class Scan:
    """Everything the person rules need to know about the body text."""

    text: str
    words: list[Word]
    runs: list[list[Word]]
    zones: list[tuple[int, int]]
    index: dict[int, int]  # word start offset -> position in `words`
    parts: list[tuple[list[Word], list[Word], list[Word]]]  # (run, prefix, name) per run


def scan(text: str) -> Scan:
    """Precompute words, runs and credit zones of `text`."""
    ws = words(text)
    rs = runs(text, ws)
    parts = [(r, *name_part(r)) for r in rs]
    return Scan(text, ws, rs, credit_zones(text), {w.start: i for i, w in enumerate(ws)}, parts)


def title_before(sc: Scan, run: list[Word], prefix: list[Word]) -> bool:
    """An office or honorific in the words right before the name (`Minister of Defense of Greece X`)."""
    t = titles()
    i = sc.index[run[0].start] - 1
    if not prefix and i >= 0 and sc.words[i].text in ("of", "for", "the", "at"):
        return False  # `the chief executive of Tesla`: the object of a title, not its holder
    chain: list[str] = []
    while i >= 0 and len(chain) < 12:
        w, nxt = sc.words[i], sc.words[i + 1]
        linked = GAP_ONLY.fullmatch(sc.text[w.end:nxt.start]) is not None and not w.possessive
        if not linked or not (is_cap(w.text) or w.text in ("of", "for", "the") or w.text in t.offices_lower
                              or w.text.capitalize() in t.role_words):
            break
        chain.insert(0, w.text)
        i -= 1
    return _has_title([*chain, *(w.text for w in prefix)])


def _has_title(ws: list[str]) -> bool:
    t = titles()
    return any(t.is_title(" ".join(ws[i:i + n])) for n in range(1, t.max_words + 1) for i in range(len(ws) - n + 1))


def find_mentions(doc: Doc, sc: Scan, reporter: str | None) -> list[Mention]:
    """Person mentions found by the NER, by a title before a name, or as subject of a speech verb."""
    ner = [(e.start, e.end) for e in doc_ents(doc) if e.label in PERSON_LABELS]
    out: list[Mention] = []
    for run, prefix, name in sc.parts:
        prefix, name = _ner_first_word(prefix, name, ner)
        if not plausible_name(name) or _in_zones(name[0].start, sc.zones) or _slashed(sc.text, run):
            continue
        if excluded_form(text_of(name), reporter) or all(is_lexical(w.text) for w in name):
            continue
        if name[0].text in titles().foreign_articles:
            continue  # `El País`, `Le Monde`: a title of a publication
        titled = title_before(sc, run, prefix) or _title_before_comma(sc, run, ner)
        agent = len(name) <= 3 and _agent(doc, name[0].start, name[-1].end)
        appos = _appositive_role(sc.text, name[-1].end)
        how = _how(name, ner, titled, agent or appos)
        if how is None or (_modifier(sc.text, prefix, name) and not _full_name_modifier(sc.text, name, ner)):
            continue
        cue = context_cue(sc.text, run[0].start, prefix)
        unrelated = NO_RELATION.match(sc.text, name[-1].end) is not None
        out.append(Mention(name, prefix, how, titled, agent or appos, cue, appos, unrelated))
    return out


def _ner_first_word(prefix: list[Word], name: list[Word], ner: list[tuple[int, int]]) -> tuple[list[Word], list[Word]]:
    """`Park Ji-hoon`: a first word that is also a furniture word (data: name_starts) stays in the name when the
    NER reads the whole run from that word as one person."""
    if prefix and name and prefix[-1].text in titles().name_starts and (prefix[-1].start, name[-1].end) in ner:
        return prefix[:-1], [prefix[-1], *name]
    return prefix, name


def context_cue(text: str, start: int, prefix: list[Word]) -> str:
    """`org` for `the group X`/`the company X`, `place` for `in X`; empty otherwise or after a title."""
    if prefix:
        return ""
    m = WORD_BEFORE.search(text[max(0, start - 40):start])
    if not m:
        return ""
    t = titles()
    if m.group(1) and m.group(2).lower() in t.org_nouns:
        return "org"
    return "place" if not m.group(1) and m.group(2) in t.place_prepositions else ""


def _title_before_comma(sc: Scan, run: list[Word], ner: list[tuple[int, int]]) -> bool:
    """`Chile's Minister of Mining, Javier Alcaino Reyes,`: an office phrase ends right before the comma."""
    i = sc.index[run[0].start] - 1
    if i < 0 or not re.fullmatch(r",[ \t]+", sc.text[sc.words[i].end:run[0].start]):
        return False
    t = titles()
    role = sc.words[i].text
    person_noun = role in t.occupations or role in t.offices_lower or role in t.relation_nouns
    if role.islower() and person_noun and len(name_part(run)[1]) > 1:
        return True  # `his Thai counterpart, X Y`, `the bank's chief economist, X Y`
    chain: list[Word] = []
    while i >= 0 and len(chain) < 8:
        w = sc.words[i]
        if chain and GAP_ONLY.fullmatch(sc.text[w.end:chain[0].start]) is None:
            break
        if not (is_cap(w.text) or w.text in ("of", "for")) or w.possessive:
            break
        chain.insert(0, w)
        i -= 1
    if not chain or any(a < chain[-1].end and chain[0].start < b for a, b in ner):
        return False  # `President Putin, X`: a list of people, not an office
    texts = [w.text for w in chain]
    last = max((i for i in range(len(texts)) if _has_title(texts[i:i + 1])), default=-1)
    if last < 0:
        return False
    tail = texts[last + 1:]  # only `of Mining`, `of Foreign Affairs`, places after the office; no name
    return all(w in ("of", "for", "the") or is_lexical(w) or (i > 0 and tail[i - 1] in ("of", "for"))
               for i, w in enumerate(tail))


def _appositive_role(text: str, end: int) -> bool:
    """`Cardoso, a former Citibank executive,`: a role noun in an apposition right after the name."""
    m = APPOS_ROLE.match(text[end:end + 80]) or APPOS_TITLE.match(text[end:end + 100])
    if not m:
        return False
    t = titles()
    return any(w.lower() in t.offices_lower or w.lower() in t.occupations for w in m.group("words").split())


def _modifier(text: str, prefix: list[Word], name: list[Word]) -> bool:
    """`the Biden administration`, `The Khan brand`: a determiner right before the name, no title between."""
    if prefix and prefix[-1].text.lower() in ARTICLES and not prefix[-1].possessive:
        return True
    return not prefix and DETERMINER.search(text[max(0, name[0].start - 6):name[0].start]) is not None


def _full_name_modifier(text: str, name: list[Word], ner: list[tuple[int, int]]) -> bool:
    """`a Marcus Lennie corner`: a full name that is exactly a person entity, before a common noun, is that
    person; only a lone surname (`the Biden administration`) names a thing."""
    exact = (name[0].start, name[-1].end) in ner
    return len(name) > 1 and exact and LOWER_NEXT.match(text, name[-1].end) is not None


def _slashed(text: str, run: list[Word]) -> bool:
    """Names glued to a slash are photo credits (`REUTERS/Anton Vaganov/Files`)."""
    before = text[max(0, run[0].start - 1):run[0].start]
    after = text[run[-1].end:run[-1].end + 1]
    return before == "/" or after == "/"


def _how(name: list[Word], ner: list[tuple[int, int]], titled: bool, agent: bool) -> str | None:
    start, end = name[0].start, name[-1].end
    if any(a < end and start < b for a, b in ner):
        return "ner"
    if titled:
        return "titled"
    return "agent" if agent else None


def rescan(sc: Scan, known: set[str], reporter: str | None, longer_only: bool = False,
           lone: frozenset[str] = frozenset()) -> list[Mention]:
    """Runs whose name part is one of `known` tokens or forms, a spelling variant of one, or a longer name
    ending in one (`Cristiano Ronaldo` for `Ronaldo`), whatever the NER said; only the last with `longer_only`.
    A person so far named by one word only (`lone`) may also be the first or a middle word of a longer name:
    a given name used alone (`Somchai` of `Somchai Wongsawat`) or a first surname (`Lopez` of `Ana Lopez Diaz`)."""
    out: list[Mention] = []
    for run, prefix, name in sc.parts:
        if not name or _in_zones(name[0].start, sc.zones) or _slashed(sc.text, run):
            continue
        if _modifier(sc.text, prefix, name):
            continue
        form = text_of(name)
        longer = len(name) > 1 and plausible_name(name) and (
            name[-1].text in known or (len(name) <= 4 and any(w.text in lone for w in name[:-1])))
        variant = len(name) == 1 and len(form) >= 5 and not form.isupper() and any(
            similar(form, k) for k in known if " " not in k)
        if longer_only:
            form_ok = longer
        else:
            form_ok = form in known or longer or variant
        if form_ok and not excluded_form(form, reporter):
            out.append(Mention(name, prefix, "rescan", cue=context_cue(sc.text, run[0].start, prefix)))
    return out
