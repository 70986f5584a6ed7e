"""People named in less common ways: a given name or first surname used alone, a capitalised office in
apposition, a shared surname, honorifics of South-East Asia and the Pacific, and 'Story X. Photo Y.' credits."""

from __future__ import annotations

import pytest

from parsers.page import Page
from parsers.participants import extract_participants
from schemas import Source


@pytest.fixture(scope="module")
def people(nlp):
    """People of a body text (no page stage), by name."""

    def run(body: str) -> dict[str, dict]:
        found = extract_participants(nlp(body), Page(body=body, source=Source()))
        return {p.name: p.model_dump() for p in found if p.kind == "person"}

    return run


def test_a_given_name_used_alone_finds_the_full_name(people):
    got = people("The minister held talks with his Thai counterpart, Pornthip Wongsakul, in Hanoi.\n\n"
                 "Pornthip, who arrived on Monday, said the border crossing would reopen in May.")
    assert list(got) == ["Pornthip Wongsakul"]
    assert got["Pornthip Wongsakul"]["aliases"] == ["Pornthip"]


def test_a_first_surname_used_alone_finds_the_full_name(people):
    got = people("The seat went to Carlos Huaman Ccori by 300 votes.\n\n"
                 "The count gave 51% to Huaman, a farmer and union organiser from Cusco.")
    assert list(got) == ["Carlos Huaman Ccori"]
    assert got["Carlos Huaman Ccori"]["aliases"] == ["Huaman"]


def test_a_company_is_no_full_name_of_a_speaker(people):
    got = people("Oslo-listed Kestrel Mining Corp has closed its copper mine, the company said.\n\n"
                 '"We have stopped all work at the site," Kestrel told Dagbladet Nord, adding that '
                 "Kestrel, a nickel producer, would pay for the clean-up.")
    assert not [n for n in got if "Corp" in n or "Mining" in n]


def test_a_capitalised_office_in_apposition_makes_a_person(people):
    got = people("The list includes Lidia Sorokina, Belarus's Deputy Minister of Education, as well as "
                 "the heads of several camps and the managers of two companies.")
    assert list(got) == ["Lidia Sorokina"]


def test_a_shared_surname_alone_is_the_one_not_introduced_as_no_relation(people):
    got = people("Forward Samuel Osei scored twice on Sunday.\n\nDefender Michael Osei, who is no relation, "
                 'was sent off.\n\n"It was a special night," said Osei after the match.')
    assert got["Samuel Osei"]["aliases"] == ["Osei"]
    assert got["Michael Osei"]["aliases"] == []


def test_a_shared_surname_alone_is_the_one_named_more_often(people):
    got = people("Senator Laura Brandt won the primary. Brandt thanked voters. Brandt then flew to Denver.\n\n"
                 "Judge Felix Brandt certified the count on Monday.\n\nBrandt said she would campaign in every county.")
    assert got["Laura Brandt"]["aliases"] == ["Brandt"]
    assert got["Felix Brandt"]["aliases"] == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Myanmar's envoy U Kyaw Tint Swe arrived in Jakarta.", "Kyaw Tint Swe"),
        ("The opposition leader Daw Khin Ma Ma spoke at the rally.", "Khin Ma Ma"),
        ("Fiji's Speaker Ratu Josefa Tuisawau opened the session.", "Josefa Tuisawau"),
        ("The award went to Puan Sri Zarina Osman of Penang.", "Zarina Osman"),
    ],
)
def test_honorifics_are_not_part_of_the_name(people, body, name):
    assert list(people(body)) == [name]


def test_a_two_word_honorific_is_not_part_of_the_role(people):
    got = people("Trade Minister Datuk Seri Ahmad Faisal said exports rose in March.")
    assert got["Ahmad Faisal"]["role"] == "Trade Minister"


def test_a_story_and_photo_credit_line_names_no_people(people):
    got = people("Story Amy Kotze. Photo Lwazi Mbeki.\n\nThe telescope team led by Professor Ruth Adams "
                 "found the signal in March.")
    assert list(got) == ["Ruth Adams"]


def test_a_body_named_after_a_plural_occupation_is_no_person(people):
    assert people("A spokesperson for the Nordic Farmers Association said prices were falling.") == {}


def test_a_dateline_dash_is_not_part_of_the_role(people):
    got = people("NAIROBI - Trade Minister Rose Achieng met Vice-President Li Wen on Tuesday.")
    assert got["Rose Achieng"]["role"] == "Trade Minister"
    assert got["Li Wen"]["role"] == "Vice-President"


def test_a_title_with_an_apostrophe_and_a_function_word_given_name(people):
    got = people("Education Minister Dato' Sri Dr Rahman Idris met Dr Nor Hayati Salleh in Ipoh.")
    assert got["Rahman Idris"]["role"] == "Education Minister"
    assert "Nor Hayati Salleh" in got


def test_a_family_name_that_is_also_a_place_word_starts_a_name(people):
    got = people('"Exports will recover by autumn," said Park Seo-yeon, an economist at Daehan Securities.')
    assert list(got) == ["Park Seo-yeon"]


def test_an_office_followed_by_a_name_is_a_title_not_a_surname(people):
    got = people("Bank of Ceylon Governor Somkiat Charoen declined to comment. Novels by Stephen King sold well.")
    assert set(got) == {"Somkiat Charoen", "Stephen King"}


def test_a_company_in_apposition_to_a_role_noun_is_no_person(people):
    got = people("Its main rival, Blue Horizon Holdings, gained 4%. Her lawyer, Jane Okafor, declined to comment.")
    assert list(got) == ["Jane Okafor"]
