"""Quoted names, titles, headings and scare terms are not quotes; short attributed fragments are."""

from __future__ import annotations

import pytest
from quote_helpers import person


def direct_texts(quotes, body: str, participants=()) -> list[str]:
    return [q.text for q in quotes(body, list(participants)) if q.kind == "direct"]


@pytest.mark.parametrize(
    "body",
    [
        'The navy will join the so-called "Ocean Shield" patrols next month.',
        'The alliance, otherwise known as "the Four", meets in March.',
        "The ministers met at a drill dubbed \u201cNorthern Dawn\u201d on Friday.",
        "The joint drills, called \u201cBaltic Guard \u2013 2025\u201d, will involve ten ships.",
        "The volume, \u201cRivers and Empires: Trade Routes of the Old World,\u201d was published in May.",
        "Sanctions target Moscow's \"grey fleet\" of ageing tankers.",
        "Officials discussed the \u201cAtlantic\u201d region and its ports.",
        'A report titled "Cities at Risk" was published last spring.',
        'The minister, whose book "Fields Do Not Forget" sold well, spoke on Monday.',
        'The study appeared under the title "Booster doses in children aged 2 to 5 years".',
        'Doctors warned against what they call "screen fatigue" among pupils.',
    ],
)
def test_names_titles_and_scare_terms_are_not_quotes(quotes, body):
    assert direct_texts(quotes, body) == []


def test_quoted_all_caps_heading_is_not_a_quote(quotes):
    body = 'The talks went well, Mira Tal said.\n\n"TRADE AND ENERGY"\n\nThe ministers then turned to energy.'
    assert direct_texts(quotes, body, [person("Mira Tal")]) == []


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ('Mira Tal described the talks as "a good first step" toward peace.', "a good first step"),
        ("The minister said there was \u201cstill a gap.\u201d", "still a gap."),
        ('Mira Tal called the proposal "reckless."', "reckless."),
        ("What Mira Tal termed the \u201cquiet pivot\u201d of the region has begun.", "quiet pivot"),
        ('Mira Tal said she wanted to finish the project "as soon as possible".', "as soon as possible"),
    ],
)
def test_attributed_fragments_are_quotes(quotes, body, fragment):
    assert direct_texts(quotes, body, [person("Mira Tal", "Tal")]) == [fragment]


def test_full_sentence_in_title_case_with_a_verb_is_still_a_quote(quotes):
    body = '"We Will Not Give Up," Mira Tal told supporters.'
    assert direct_texts(quotes, body, [person("Mira Tal")]) == ["We Will Not Give Up,"]


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ('Terms such as "forecast," "intend," "may" and similar phrases mark projections, the firm said.', []),
        ('Orchard Lane Foods Inc. ("Orchard") said on Tuesday it would close two plants.', []),
        ('Halvard Shipping ASA (the "Group") reported a loss, the firm said in a filing.', []),
        ('Forecasters said the fire risk was rated "extreme" across the plateau.', []),
        ('"Never," said Lena Marsh when asked about a merger.', ["Never,"]),
        ('Lena Marsh said the plan was "reckless" and must be dropped.', ["reckless"]),
    ],
)
def test_listed_defined_and_graded_single_words_are_not_quotes(quotes, body, kept):
    assert direct_texts(quotes, body, [person("Lena Marsh", "Marsh")]) == kept


@pytest.mark.parametrize(
    "body",
    [
        'Growers have been calling this winter a "brown frost" because the leaves died from the inside.',
        'The union will stage what its leadership calls a "day of silence" at every depot.',
        'The ministry launched what the government calls a "clean streets drive" in March.',
    ],
)
def test_a_name_given_by_a_group_or_a_body_is_no_quote(quotes, body):
    assert direct_texts(quotes, body) == []


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ('Mira Tal called the new levy "a tax on hope" in a speech.', "a tax on hope"),
        ('The minister called it "a disgrace" on Tuesday.', "a disgrace"),
    ],
)
def test_a_name_given_by_a_person_is_a_quote(quotes, body, fragment):
    assert direct_texts(quotes, body, [person("Mira Tal", "Tal")]) == [fragment]


def test_a_headline_calling_something_an_adjective_is_a_quote(quotes):
    found = quotes("Talks ended on Monday.", [person("Mira Tal", "Tal")], title='Tal calls the levy "unfair"')
    assert [q.text for q in found if q.kind == "direct" and q.part == "title"] == ["unfair"]
