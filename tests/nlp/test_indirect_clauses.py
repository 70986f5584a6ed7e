"""Reported clauses the parser hangs oddly: a quote before the verb taken as its clause, a word split at a hyphen."""

from __future__ import annotations

from quote_helpers import org, person
from spacy.tokens import Doc

from parsers.indirect import _according, _reported, _trim

PEOPLE = [
    person("Hana Okoro", "Okoro", role="Trade Minister", country="Nigeria"),
    org("International Organization for Migration", "IOM"),
]


def indirect(found):
    return [(q.text, q.speaker.name if q.speaker else None) for q in found if q.kind == "indirect"]


def test_the_clause_after_the_verb_not_the_quote_before_it(nlp):
    # the parse of `"Trade stays open." Okoro said her ministry would act.` with the quote hung on `said` too
    words = ['"', "Trade", "stays", "open", ".", '"', "Okoro", "said", "her", "ministry", "would", "act", "."]
    heads = [2, 2, 7, 2, 2, 7, 7, 7, 9, 11, 11, 7, 7]
    deps = ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "nsubj", "ROOT", "poss", "nsubj", "aux", "ccomp",
            "punct"]
    pos = ["PUNCT", "NOUN", "VERB", "ADJ", "PUNCT", "PUNCT", "PROPN", "VERB", "PRON", "NOUN", "AUX", "VERB", "PUNCT"]
    lemmas = ['"', "trade", "stay", "open", ".", '"', "Okoro", "say", "her", "ministry", "would", "act", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    clause = _reported(doc[7])
    assert clause is not None and [t.text for t in clause][:4] == ["her", "ministry", "would", "act"]


def test_a_clause_after_a_semicolon_is_not_the_clause_of_the_next_verb(quotes):
    body = ("Remittances to the region have dropped by a fifth; the International Organization for Migration (IOM) "
            "said last week it may have to close two reception centres by March.")
    got = indirect(quotes(body, PEOPLE))
    assert ("it may have to close two reception centres by March", "International Organization for Migration") in got


def test_a_word_split_at_its_hyphen_stays_in_the_clause(quotes):
    body = "Okoro told the Lagos Herald that Nigeria would co-host the regional trade fair in Abuja next year."
    texts = [t for t, _ in indirect(quotes(body, PEOPLE))]
    assert "Nigeria would co-host the regional trade fair in Abuja next year" in texts


def test_a_participle_aside_after_the_clause_is_not_reported(quotes):
    body = ("A spokesperson for the port authority said shipping lanes were still closed, citing debris "
            "left by the storm near the breakwater.")
    texts = [t for t, _ in indirect(quotes(body, PEOPLE))]
    assert "shipping lanes were still closed" in texts


def test_of_two_clauses_before_the_verb_the_one_next_to_it_is_reported(nlp):
    # the parse of `Talks stalled, and prices rose, traders say.` with both clauses hung on `say`
    words = ["Talks", "stalled", ",", "and", "prices", "rose", ",", "traders", "say", "."]
    heads = [1, 8, 1, 1, 5, 8, 8, 8, 8, 8]
    deps = ["nsubj", "ccomp", "punct", "cc", "nsubj", "ccomp", "punct", "nsubj", "ROOT", "punct"]
    pos = ["NOUN", "VERB", "PUNCT", "CCONJ", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"]
    lemmas = ["talk", "stall", ",", "and", "price", "rise", ",", "trader", "say", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    clause = _reported(doc[8])
    assert clause is not None and [t.text for t in clause] == ["prices", "rose"]


def test_a_trailing_cue_with_a_place_still_reports_the_clause_before(nlp):
    # the parse of `Buses were running late, superintendent Ana Ruiz said in a statement.` (`said` a conj)
    words = ["Buses", "were", "running", "late", ",", "superintendent", "Ana", "Ruiz", "said", "in", "a",
             "statement", "."]
    heads = [2, 2, 2, 2, 3, 7, 7, 8, 2, 8, 11, 9, 8]
    deps = ["nsubj", "aux", "ROOT", "advmod", "punct", "compound", "compound", "nsubj", "conj", "prep", "det",
            "pobj", "punct"]
    pos = ["NOUN", "AUX", "VERB", "ADV", "PUNCT", "NOUN", "PROPN", "PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    lemmas = ["bus", "be", "run", "late", ",", "superintendent", "Ana", "Ruiz", "say", "in", "a", "statement", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    clause = _reported(doc[8])
    assert clause is not None and [t.text for t in clause] == ["Buses", "were", "running", "late"]


def test_according_to_a_body_whose_name_the_parse_runs_past_the_comma(nlp):
    # the parse of `According to Kenya Railways, freight traffic rose 9 percent.` with the clause's subject
    # taken as an apposition of the body's name
    words = ["According", "to", "Kenya", "Railways", ",", "freight", "traffic", "rose", "9", "percent", "."]
    heads = [7, 0, 3, 1, 3, 6, 3, 7, 9, 7, 7]
    deps = ["prep", "prep", "compound", "pobj", "punct", "compound", "appos", "ROOT", "nummod", "npadvmod", "punct"]
    pos = ["VERB", "ADP", "PROPN", "PROPN", "PUNCT", "NOUN", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    clause, _, mention = _according(doc[0])
    assert [t.text for t in _trim(clause)] == ["freight", "traffic", "rose", "9", "percent"]
    assert [t.text for t in mention] == ["Kenya", "Railways"]


def test_an_issuing_body_announcing_on_its_own_site_is_a_source(nlp):
    from parsers.page import Page
    from parsers.quotes import extract_quotes
    from schemas import Source

    body = "The Ministry of Water and Sanitation announces that borehole permits will be frozen for 60 days."
    ministry = org("Ministry of Water and Sanitation")
    page = Page(body=body, source=Source(outlet="Ministry of Water and Sanitation"))
    found, _ = extract_quotes(nlp(body), [ministry], page, nlp)
    assert indirect(found) == [("borehole permits will be frozen for 60 days", "Ministry of Water and Sanitation")]
