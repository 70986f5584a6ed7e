"""Headline choice among several header lines, masthead outlets and closing date stamps, on synthetic pages."""

from __future__ import annotations

import pytest
from parse_helpers import read

from parsers import outlets

LEAD = "The city council on Tuesday approved a $14 million budget for road repairs, the mayor said.\n"
HEADLINE = "City council approves new budget for road repairs"


@pytest.mark.parametrize("above", [
    "Vienna Today\nEnglish news from Austria since 2009",
    "Moscow Wire\nNews from Russia in English",
    "Terrace Talk\nScottish football, every week",
    "KWTN 7\n\nMarkets",
    "EASTERN CAPE EXPRESS\nJust In",
    "Cardiff & South East Wales",
])
def test_masthead_tagline_and_label_lines_above_the_headline_are_not_the_title(above):
    page = read(f"{above}\n\n{HEADLINE}\n\nBy Dana Reyes\n\n{LEAD}")
    assert page.title == HEADLINE


@pytest.mark.parametrize("above", [
    "Moscow Wire\nNews from Russia in English",
    "Kyiv Daily\nIndependent news from Ukraine since 1998",
    "EASTERN CAPE EXPRESS",
])
def test_page_with_only_masthead_and_tagline_above_a_dateline_has_no_title(above):
    page = read(f"{above}\n\nMOSCOW, Jan 12 (RIA Novosti) - Russia's central bank kept its key rate unchanged "
                "on Friday, citing slowing inflation, the bank said.\n\nAnalysts had expected the decision.\n")
    assert page.title is None
    assert page.source.credited_source == "RIA Novosti"


def test_office_line_between_headline_and_date_does_not_take_the_title():
    page = read("Home > Press Releases > Sanctions on an Illegal Logging Network\n"
                "Sanctions on an Illegal Logging Network\n\nPress Statement\nOffice of the Spokesperson\n"
                "April 2, 2026\n\n" + LEAD)
    assert page.title == "Sanctions on an Illegal Logging Network"


def test_standfirst_without_full_stop_does_not_beat_its_headline():
    page = read("Rail strike called off\n\nUnion and operator agree a new roster after two days of talks\n\n"
                "By Ann Lee\n\n" + LEAD)
    assert page.title == "Rail strike called off"


@pytest.mark.parametrize(("top", "outlet"), [
    ("KWTN 7", "KWTN 7"),
    ("MarketPulse", "MarketPulse"),
    ("EASTERN CAPE EXPRESS", "EASTERN CAPE EXPRESS"),
    ("Terrace Talk\nScottish football, every week", "Terrace Talk"),
    ("Northgate Homepage", "Northgate"),
])
def test_name_line_at_the_top_is_the_outlet(top, outlet):
    page = read(f"{top}\n\n{HEADLINE}\n\n{LEAD}")
    assert page.source.outlet == outlet


@pytest.mark.parametrize("top", ["News", "Middle East", "Latest News", "Skip to content"])
def test_menu_lines_at_the_top_are_not_the_outlet(top):
    assert read(f"{top}\n\n{HEADLINE}\n\n{LEAD}").source.outlet is None


def test_masthead_outlet_keeps_the_agency_as_credit_despite_an_own_site_byline():
    page = read("MarketPulse\n\nOil prices slip as inventories rise\n\nReuters Staff\n\n"
                "NEW YORK (Reuters) - Oil prices fell on Wednesday after data showed a larger rise in crude stocks.\n")
    assert (page.source.outlet, page.source.credited_source) == ("MarketPulse", "Reuters")


def test_unlisted_site_name_after_a_pipe_is_the_outlet():
    page = read(f"{HEADLINE} | Harbour Times\n\n{LEAD}")
    assert (page.title, page.source.outlet) == (HEADLINE, "Harbour Times")


@pytest.mark.parametrize(("footer", "iso"), [
    ("Published: 21 January 2026", "2026-01-21"),
    ("Victoria, 4 March 2026", "2026-03-04"),
    ("Issued on 4 March 2026", "2026-03-04"),
    ("4 March 2026", "2026-03-04"),
    ("Date of issue: 4 March 2026", "2026-03-04"),
])
def test_date_stamp_after_the_body_is_the_publication_date(footer, iso):
    page = read(f"{HEADLINE}\n\n{LEAD}\n\"This is a good day for drivers,\" the mayor said.\n\n{footer}\n")
    assert page.published == iso


def test_event_dates_in_the_body_and_after_a_dated_head_do_not_date_the_page():
    page = read(f"{HEADLINE}\n\nBy Ann Lee | 10 March 2026\n\n{LEAD}\nThe last repairs ended on 3 March 2025.\n\n"
                "Victoria, 4 March 2026\n")
    assert page.published == "2026-03-10"
    assert read(f"{HEADLINE}\n\n{LEAD}\nThe last repairs ended on 3 March 2025.\n").published is None


def test_labeled_date_line_inside_the_article_dates_it_and_leaves_the_body():
    page = read(f"{HEADLINE}\n\n{LEAD}\nPublished on May 5, 2026, at 4:12 pm (Paris), updated at 6:03 pm\n\n"
                "Work will start in June, officials said on Tuesday.\n")
    assert page.published == "2026-05-05"
    assert "Published on" not in page.body


def test_title_case_headline_keeps_the_title_over_an_unpunctuated_standfirst():
    page = read("Iran Rejects Saudi Claims\n\nTehran says the accusations have no basis in fact\n\n"
                "By Ann Lee\n\n" + LEAD)
    assert page.title == "Iran Rejects Saudi Claims"


@pytest.mark.parametrize("top", ["Markets", "Just In", "Top Stories", "Environment", "Analysis"])
def test_navigation_or_plain_word_line_at_the_top_is_not_the_outlet(top):
    assert read(f"{top}\n\n{HEADLINE}\n\n{LEAD}").source.outlet is None


def test_agency_masthead_at_the_top_makes_its_own_page():
    page = read("Reuters\n\nOil prices slip as inventories rise\n\n"
                "NEW YORK (Reuters) - Oil prices fell on Wednesday after data showed a larger rise in crude stocks.\n")
    assert (page.source.outlet, page.source.credited_source) == ("Reuters", None)


@pytest.mark.parametrize(("text", "form"), [
    ("TEHRAN (IRNA) - The talks went well.", "IRNA"),
    ("Copyright Irna 2026. The talks went well.", "Irna"),
    ("The talks went well.", "IRNA"),
])
def test_outlet_keeps_the_form_the_text_prints(text, form):
    assert outlets.printed_form(outlets.lookup("Islamic Republic News Agency"), text) == form


def test_dates_of_related_links_after_the_body_do_not_date_the_page():
    footer = "Related stories\n\nBridge repairs begin in the north\n\n4 March 2026"
    assert read(f"{HEADLINE}\n\n{LEAD}\n{footer}\n").published is None


def test_press_release_stamp_after_a_contact_line_dates_the_page():
    page = read(f"{HEADLINE}\n\n{LEAD}\nMedia contact: Press Office\n\nVictoria, 4 March 2026\n")
    assert page.published == "2026-03-04"
