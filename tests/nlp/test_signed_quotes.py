"""Speakers named below a stand-alone quote (`– The Hon. X, Minister`) and pronouns after a reported clause."""

from __future__ import annotations

from quote_helpers import person

PEOPLE = [
    person("Amara Okafor", "Okafor", role="Minister of Health", country="Nigeria"),
    person("Peter Lwanga", "Lwanga", role="Minister of Finance", country="Nigeria"),
]


def direct(found):
    return [(q.text, q.speaker.name if q.speaker else None) for q in found if q.kind == "direct"]


def test_each_quote_takes_the_signature_line_below_it(quotes):
    body = ("The government today announced a new vaccination drive in rural districts.\n\n"
            '"No family should travel more than an hour to protect a child."\n\n'
            "\u2013 Dr. Amara Okafor, Minister of Health\n\n"
            '"Community nurses are the backbone of this programme, and we will fund them."\n\n'
            "\u2013 The Hon. Peter Lwanga, Minister of Finance\n\n"
            "Quick facts")
    assert direct(quotes(body, PEOPLE)) == [
        ("No family should travel more than an hour to protect a child.", "Amara Okafor"),
        ("Community nurses are the backbone of this programme, and we will fund them.", "Peter Lwanga"),
    ]


def test_a_dash_line_that_is_a_sentence_signs_nothing(quotes):
    body = ('Okafor told reporters in Kano: "We start here."\n\n'
            "- The ministry later said the programme would reach 40 districts.")
    assert direct(quotes(body, PEOPLE)) == [("We start here.", "Amara Okafor")]


def test_a_pronoun_after_a_report_is_the_reporter_not_the_subject_inside_it(quotes):
    people = [person("Nurul Hakim", "Hakim", role="Foreign Minister"),
              person("Siti Rahman", "Rahman", role="special envoy")]
    body = ("Hakim said that the envoy, Siti Rahman, would stay in the region for a week.\n\n"
            '"She has my full support," he told reporters in Putrajaya.')
    assert direct(quotes(body, people)) == [("She has my full support,", "Nurul Hakim")]


def test_the_owner_named_in_a_possessive_is_not_the_speaker(quotes):
    people = [person("Karen Whitby", "Whitby"), person("Dawn Whitby"), person("Ian Cole", "Cole"),
              person("Sarah Bell")]
    body = ("Karen Whitby, 52, admitted fraud. Prosecutor Ian Cole said Whitby had lied.\n\n"
            'Whitby\'s sister, Dawn Whitby, said outside court that the family was "devastated".\n\n'
            'In mitigation, Mr Cole\'s opposite number, Sarah Bell, said her client was "deeply ashamed".')
    assert direct(quotes(body, people)) == [("devastated", "Dawn Whitby"), ("deeply ashamed", "Sarah Bell")]


def test_a_nationality_noun_names_the_person_just_introduced(quotes):
    people = [person("Tomasz Wojcik", "Wojcik", role="Manager", country="Poland"),
              person("Erik Lund", "Lund", country="Sweden")]
    body = ('Erik Lund scored late.\n\nManager Tomasz Wojcik was more upbeat. "A point away is never bad," '
            'the Pole said.\n\n"We fought," the Swede told reporters.')
    assert [s for _, s in direct(quotes(body, people))] == ["Tomasz Wojcik", "Erik Lund"]


def test_a_surname_label_opening_a_line_speaks_and_a_furniture_label_does_not(quotes):
    people = [person("Claire Moreau", "Moreau", role="trade commissioner")]
    body = ("Trade commissioner Claire Moreau said the bloc was ready to retaliate.\n\n"
            'Moreau: "We will not blink first. Our list of countermeasures is ready."\n\n'
            'Update: "Talks will resume at noon."')
    found = quotes(body, people, title='Moreau: "We will not blink first"')
    assert [q.speaker.name if q.speaker else None for q in found if q.kind == "direct"] == [
        "Claire Moreau", "Claire Moreau", None]


def test_a_verb_whose_complement_is_the_quote_attributes_it(quotes):
    people = [person("Mark Dalton", "Dalton"), person("Ben Hollis", "Hollis")]
    body = ('Ben Hollis said: "The numbers do not add up."\n\n"That is nonsense," Dalton shot back on Monday.\n\n'
            '"Rubbish," Dalton scoffed.')
    assert [s for _, s in direct(quotes(body, people))] == ["Ben Hollis", "Mark Dalton", "Mark Dalton"]


def test_a_report_never_spans_a_paragraph_break(nlp):
    from spacy.tokens import Doc

    from parsers.speakers import _reported_inside

    # `A said B would go .` + paragraph + `C told D`, parsed as one sentence with `told` hung on `said`
    words = ["Ana", "said", "Bo", "would", "go", ".", "\n\n", "Cy", "told", "Di", "."]
    spaces = [True, True, True, True, False, False, False, True, True, False, False]
    heads = [1, 1, 4, 4, 1, 1, 5, 8, 1, 8, 1]
    deps = ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct", "dep", "nsubj", "ccomp", "dobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "AUX", "VERB", "PUNCT", "SPACE", "PROPN", "VERB", "PROPN", "PUNCT"]
    lemmas = ["Ana", "say", "Bo", "would", "go", ".", "\n\n", "Cy", "tell", "Di", "."]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert _reported_inside(doc[2]) is True
    assert _reported_inside(doc[7]) is False


def test_an_office_label_in_a_headline_names_the_person_with_that_office(quotes):
    people = [person("Ingrid Solberg", "Solberg", role="UN special envoy")]
    body = "Ingrid Solberg, the UN special envoy, spoke to us in Oslo about the famine."
    found = quotes(body, people, title='UN envoy: "Time is running out for Darfur"')
    assert [(q.text, q.speaker.name if q.speaker else None) for q in found if q.part == "title"] == [
        ("Time is running out for Darfur", "Ingrid Solberg")]


def test_a_dateline_parsed_as_a_second_subject_does_not_speak(quotes):
    people = [person("Hans Berg", "Berg")]
    body = "GENEVA - The UN special envoy for Yemen, Hans Berg, said on Monday the truce was fragile."
    found = quotes(body, people)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in found] == [
        ("the truce was fragile", "Hans Berg")]
