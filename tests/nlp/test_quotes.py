"""Speakers and cues of direct quotes, indirect quotes, parts and spans (synthetic sentences per rule)."""

from __future__ import annotations

import pytest
from quote_helpers import org, person

from parsers.quotes import extract_quotes

PEOPLE = [
    person("Lena Marsh", "Marsh", role="Finance Minister", country="Canada"),
    person("Tomas Ruiz", "Ruiz", role="President of Peru", country="Peru"),
]


def direct(found):
    return [(q.text, q.speaker.name if q.speaker else None) for q in found if q.kind == "direct"]


def indirect(found):
    return [(q.text, q.speaker.name if q.speaker else None) for q in found if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"Rates will stay low," Marsh said.', ("Rates will stay low,", "Lena Marsh")),
        ('"Rates will stay low," said Lena Marsh.', ("Rates will stay low,", "Lena Marsh")),
        ('Marsh said: "Rates will stay low."', ("Rates will stay low.", "Lena Marsh")),
        ("\u201cRates will stay low,\u201d \u2014 said Marsh.", ("Rates will stay low,", "Lena Marsh")),
        ('Marsh spoke to reporters, stating, "Rates will stay low."', ("Rates will stay low.", "Lena Marsh")),
    ],
)
def test_cue_before_or_after_the_quote(quotes, body, expected):
    assert direct(quotes(body, PEOPLE)) == [expected]


def test_colon_lead_in_on_the_line_above(quotes):
    body = 'Ruiz opened the summit. Minister Marsh stated:\n\n"Our budget is balanced for the first time."'
    assert direct(quotes(body, PEOPLE)) == [("Our budget is balanced for the first time.", "Lena Marsh")]


def test_pronoun_goes_to_the_nearest_person_subject_outside_quotes_and_furniture(quotes):
    body = ("Lena Marsh presented the budget on Monday.\n\nAlso Read\nTomas Ruiz visits Ottawa\n\n"
            '"We kept every promise," she said.')
    assert direct(quotes(body, PEOPLE)) == [("We kept every promise,", "Lena Marsh")]


def test_for_his_part_passes_the_turn_to_the_other_person(quotes):
    body = ('Lena Marsh met Tomas Ruiz in Lima. "Trade is growing," Marsh said. '
            'For his part, he stressed that "the port deal matters most."')
    assert direct(quotes(body, PEOPLE)) == [("Trade is growing,", "Lena Marsh"),
                                            ("the port deal matters most.", "Tomas Ruiz")]


def test_floating_quote_after_x_said_belongs_to_x(quotes):
    body = '"Trade is growing," Marsh told the forum. "Exports rose by a tenth."\n\n"And more will come."'
    assert [s for _, s in direct(quotes(body, PEOPLE))] == ["Lena Marsh"] * 3


def test_quote_after_two_other_sentences_is_not_floating(quotes):
    body = ('"Trade is growing," Marsh said. Ruiz left early. Markets closed higher.\n\n'
            '"The petition is replete with factual allegations that must be')
    assert direct(quotes(body, PEOPLE))[-1] == ("The petition is replete with factual allegations that must be", None)


def test_interrupted_quote_gives_two_entries_for_one_speaker(quotes):
    body = '"Our job," Marsh said, "is to keep prices stable."'
    assert direct(quotes(body, PEOPLE)) == [("Our job,", "Lena Marsh"), ("is to keep prices stable.", "Lena Marsh")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"We will sign," the Peruvian leader added.', "Tomas Ruiz"),
        ('"We will sign," the Canadian finance minister said.', "Lena Marsh"),
        ('"We will sign," the President of Peru said.', "Tomas Ruiz"),
        ('"We will sign," a diplomat said.', None),
        ('"We will sign," the diplomat said.', None),
        ('"We will sign," officials said.', None),
        ('"We will sign," Peru said.', None),
    ],
)
def test_nominal_collective_and_metonym_speakers(quotes, body, speaker):
    assert direct(quotes(body, PEOPLE)) == [("We will sign,", speaker)]


def test_title_before_the_name_resolves_forward(quotes):
    body = ('The Finance Minister, referring to the budget, stated: "We kept every promise."\n\n'
            "OTTAWA - Lena Marsh opened her press conference on Monday.")
    people = [person("Lena Marsh", "Marsh", role="Finance Minister")]
    assert direct(quotes(body, people)) == [("We kept every promise.", "Lena Marsh")]


def test_according_to_claims_a_fragment_in_its_sentence(quotes):
    body = "According to Marsh, the ministers emphasized \u201cthe rule of law and open markets\u201d"
    assert direct(quotes(body, PEOPLE)) == [("the rule of law and open markets", "Lena Marsh")]


def test_organisation_statement_is_the_speaker(quotes):
    body = ("The Peruvian foreign ministry said in a statement that talks would resume.\n\n"
            '"The dialogue will continue in Lima," the ministry said. "Both sides agreed."')
    participants = [*PEOPLE, org("Peruvian foreign ministry")]
    assert direct(quotes(body, participants)) == [
        ("The dialogue will continue in Lima,", "Peruvian foreign ministry"),
        ("Both sides agreed.", "Peruvian foreign ministry"),
    ]


def test_court_resolution_through_an_acronym(quotes):
    body = ("The Supreme Court (SC) dismissed the petition.\n\n"
            '"The remedy was an electoral protest," the SC resolution read.')
    assert direct(quotes(body, PEOPLE)) == [("The remedy was an electoral protest,", "Supreme Court")]


def test_reopened_paragraph_takes_the_speaker_named_below(quotes):
    body = '"We lost the school and the bakery.\n\n"Nobody came for two days," Ruiz said.'
    assert [s for _, s in direct(quotes(body, PEOPLE))] == ["Tomas Ruiz", "Tomas Ruiz"]


def test_indirect_quotes_after_cues(quotes):
    body = ("Marsh said that the deficit would shrink next year. "
            "Ruiz expressed hope that the border would reopen soon. "
            "Exports rose by a fifth, according to the statistics office.")
    found = indirect(quotes(body, PEOPLE))
    assert ("the deficit would shrink next year", "Lena Marsh") in found
    assert ("the border would reopen soon", "Tomas Ruiz") in found
    assert any(text == "Exports rose by a fifth" for text, _ in found)


def test_every_quote_has_a_cue_and_a_span_into_its_part(quotes):
    title = 'Ruiz calls the deal "historic"'
    subtitle = 'The Peruvian president says the accord will "change the region".'
    body = 'LIMA - "This is historic," Tomas Ruiz said on Monday, adding that it would "change the region".'
    found = quotes(body, PEOPLE, title=title, subtitle=subtitle)
    fields = {"title": title, "subtitle": subtitle, "body": body}
    assert {q.part for q in found} == {"title", "subtitle", "body"}
    for q in found:
        assert fields[q.part][q.span[0]:q.span[1]] == q.text
        assert q.cue
    assert all(q.speaker and q.speaker.name == "Tomas Ruiz" for q in found if q.kind == "direct")


def test_unattributed_quote_is_warned(nlp):
    found, warnings = extract_quotes(nlp('Markets closed higher.\n\n"Nobody saw it coming'), [], None, nlp)
    assert [q.speaker for q in found if q.kind == "direct"] == [None]
    assert len(warnings) == 1 and "no speaker" in warnings[0]


def test_the_head_noun_names_an_organisation_mentioned_before(quotes):
    body = ("Officers of the Lakeland Police Command freed six hostages, the command said.\n\n"
            '"All six are safe," the statement read.')
    found = quotes(body, [org("Lakeland Police Command")])
    assert direct(found) == [("All six are safe,", "Lakeland Police Command")]
    assert indirect(found)[0][1] == "Lakeland Police Command"


def test_organisation_named_in_an_apposition_later(quotes):
    body = ('The main dockers\' union said it would strike "until the talks resume".\n\n'
            "The UDW, the country's largest dockers' union, has 9,000 members.")
    assert direct(quotes(body, [org("UDW")])) == [("until the talks resume", "UDW")]


def test_acronym_speaker_takes_the_full_name_the_text_gives(quotes):
    body = 'Transport for Wales (TfW) said it was "deeply sorry" about the delays.'
    assert direct(quotes(body, [org("TfW")])) == [("deeply sorry", "Transport for Wales")]


def test_family_name_first_goes_to_the_person_named_last(quotes):
    people = [person("Park Min-ji", role="Health Minister"), person("Park Jae-ho")]
    body = ("Health Minister Park Min-ji welcomed the data. \"We are hopeful,\" Park said.\n\n"
            "Park Jae-ho, an economist, was more cautious. \"One year is not a trend,\" Park said.")
    assert [s for _, s in direct(quotes(body, people))] == ["Park Min-ji", "Park Jae-ho"]


def test_named_speaker_of_a_fragment_beats_according_to(quotes):
    body = ('Ruiz told the king that Lima wanted the line built "as soon as possible", '
            "according to a statement from his office.")
    assert direct(quotes(body, PEOPLE)) == [("as soon as possible", "Tomas Ruiz")]


def test_epithets_refer_back_to_the_person_named_before(quotes):
    body = ('Tomas Ruiz announced his retirement on Sunday. "I am done," the 56-year-old said.\n\n'
            'Lena Marsh, an economist, was unmoved. "It changes nothing," the economist added.')
    assert [s for _, s in direct(quotes(body, PEOPLE))] == ["Tomas Ruiz", "Lena Marsh"]


@pytest.mark.parametrize(
    "body",
    ['"', '""', "\u201c\u201d", '"a', 'a"', "\u201d", "He said: \"", '"x," he said.', "according to",
     'A "b" c "d" e "f', "\n\n\n", '"' * 9, "\u201eWir\u201c, sagte er.", 'The (SC) said "x."', "x" * 3000 + '"y'],
)
def test_odd_inputs_keep_span_integrity(quotes, body):
    for q in quotes(body, PEOPLE, title=body, subtitle=body):
        assert {"title": body, "subtitle": body, "body": body}[q.part][q.span[0]:q.span[1]] == q.text


def test_the_outlet_framing_its_own_story_is_not_a_source(nlp):
    from parsers.page import Page
    from schemas import Source

    body = "According to The Daily Ledger, Marsh said the deficit would shrink next year."
    page = Page(body=body, source=Source(outlet="The Daily Ledger"))
    found, _ = extract_quotes(nlp(body), PEOPLE, page, nlp)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in found] == [
        ("the deficit would shrink next year", "Lena Marsh")]


def test_age_and_nationality_epithets_in_running_text(quotes):
    people = [person("Serena Okafor", "Okafor"), person("Lucia Moretti", "Moretti")]
    body = ("Serena Okafor beat defending champion Lucia Moretti 6-4 3-6 7-5 on Friday.\n\n"
            '"I just kept telling myself to breathe," the 22-year-old said.\n\n'
            "Moretti, who was bidding for a third title, was gracious in defeat.\n\n"
            '"She played the better tennis today," the Italian told reporters.')
    assert [s for _, s in direct(quotes(body, people))] == ["Serena Okafor", "Lucia Moretti"]


def test_an_organisation_by_the_last_word_of_its_name(quotes):
    body = ("The Department of the Treasury sanctioned two fishing firms.\n\n"
            'Treasury said the network "treated its crews as expendable".')
    found = quotes(body, [org("Department of the Treasury")])
    assert direct(found) == [("treated its crews as expendable", "Department of the Treasury")]


def test_short_organisation_speaker_takes_the_full_name_written_in_the_text(quotes):
    body = ("The Ministry of Forestry and Rural Affairs announced new felling quotas on Monday. "
            '"The quotas protect young stands," Forestry said in a statement.')
    found = quotes(body, [org("Forestry")])
    assert direct(found) == [("The quotas protect young stands,", "Ministry of Forestry and Rural Affairs")]


def test_trailing_dash_credit_names_the_person_not_the_place(quotes):
    body = ('Queues formed at the clinic in Kingsford on Monday.\n\n'
            '"We waited since dawn and nobody told us anything." \u2013 Kingsford resident Amara Belle.')
    found = quotes(body, [person("Amara Belle", "Belle"), org("Kingsford")])
    assert direct(found) == [("We waited since dawn and nobody told us anything.", "Amara Belle")]


def test_colon_after_a_clause_without_speech_verb_gives_its_subject(quotes):
    body = ('Tomas Ruiz called the vote "a fair result".\n\n'
            'Opposition leader Lena Marsh was less pleased: "We lost on a technicality. We will appeal."')
    found = quotes(body, PEOPLE)
    assert direct(found)[-1] == ("We lost on a technicality. We will appeal.", "Lena Marsh")
