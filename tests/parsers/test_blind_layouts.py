"""Page chrome above the headline (consent banners, breadcrumbs, menus, prompts), footer dates, mastheads."""

from __future__ import annotations

import pytest
from parse_helpers import read

HEADLINE = "Harbour council backs new flood barrier after winter storms"
LEAD = ("Marlow Bay's harbour council on Tuesday approved a flood barrier for the old quay after two winters "
        "of storms flooded homes and shops along the waterfront.\n\n"
        "Work on the barrier is expected to start in the spring and to take about eighteen months, "
        "council engineer Priya Lund said.\n\n")


@pytest.mark.parametrize("chrome", [
    # consent banners in other wordings
    "Our partners and we process personal data to show you relevant ads. Accept all | Manage preferences",
    "This page stores small files on your device to measure traffic and tailor adverts. OK | Settings",
    # breadcrumb trails behind a lead-in
    "You are here: portal.gov > Ministry of Fisheries > Media",
    "Start › Regions › Northern Shore › Local",
    # a menu bar of many short sections
    "Politics | Business | Culture | Weather | Travel | Opinion | Puzzles",
    # prompts to subscribe, follow or skip, with and without a listed verb
    "Join our Telegram channel for breaking weather alerts",
    "Get the morning briefing delivered to your inbox every weekday",
    "Skip past navigation bar",
])
def test_page_chrome_above_the_headline_is_not_the_title(chrome):
    page = read(f"{chrome}\n\nNEWS › LOCAL\n\n{HEADLINE}\n\nRui Santos | Local Democracy Reporter\n\n{LEAD}")
    assert page.title == HEADLINE


@pytest.mark.parametrize("top", [
    "MBR\nJump to section Menu\nPolitics | Business | Culture | Weather | Travel | Opinion | Puzzles\n"
    "Jump to section Radio",
    "MARLOW BAY RECORD\nFerries | Fishing | Schools | Council | Weather | Letters\n"
    "Get flood alerts first on our Signal channel",
])
def test_several_chrome_lines_then_a_section_name_above_the_headline(top):
    page = read(f"{top}\n\nLocal\n\n{HEADLINE}\n\nRui Santos\n27/03/2026\n\n{LEAD}")
    assert page.title == HEADLINE


def test_chrome_that_shares_the_lead_s_names_still_loses_to_a_breadcrumb_free_headline():
    page = read("Home > Marlow Bay > Harbour Council > News\n\n" + HEADLINE + "\n\n" + LEAD)
    assert page.title == HEADLINE


def test_headline_that_shares_no_word_with_the_lead_is_still_the_title_without_rival_lines():
    page = read("Tides of change\n\nBy Rui Santos\n\n" + LEAD)
    assert page.title == "Tides of change"


@pytest.mark.parametrize("between", ["", "By Rui Santos\n\n", "\n27 March 2026\n\n"])
def test_feature_headline_sharing_no_word_with_the_lead_keeps_its_standfirst_below_it(between):
    standfirst = "After two winters of floods, Marlow Bay's harbour council backs a barrier for the old quay"
    page = read(f"Why one small town stopped waiting\n\n{between}{standfirst}\n\nBy Rui Santos\n\n{LEAD}")
    assert (page.title, page.subtitle) == ("Why one small town stopped waiting", standfirst)


def test_standfirst_that_repeats_the_lead_does_not_beat_its_headline():
    standfirst = "Councillors back a barrier for the old quay after floods hit homes and shops twice"
    page = read(f"Storm-hit quay to get its wall\n\n{standfirst}\n\nBy Rui Santos\n\n{LEAD}")
    assert (page.title, page.subtitle) == ("Storm-hit quay to get its wall", standfirst)


@pytest.mark.parametrize(("footer", "iso"), [
    ("MORE ON: Harbour | Council | Floods\n\nPublished 07:45, 12 Jun 2025 | Updated 16:20, 13 Jun 2025", "2025-06-12"),
    ("Topics: Floods | Council\n\nPosted 9.05am, 12 June 2025", "2025-06-12"),
    ("Last updated 23:10 BST, June 13, 2025", "2025-06-13"),
])
def test_footer_stamp_with_a_time_before_its_date_dates_the_page(footer, iso):
    assert read(f"{HEADLINE}\n\n{LEAD}{footer}\n").published == iso


def test_related_links_after_a_tag_line_still_do_not_date_the_page():
    page = read(f"{HEADLINE}\n\n{LEAD}More on: Floods | Council\n\nRelated stories\n"
                "Quay wall cracks after storm, Published 10:00, 3 May 2019\n")
    assert page.published is None


@pytest.mark.parametrize("stamp", ["4 June 2025 | Reading time 3 min.", "June 4, 2025 | 5 min read.",
                                   "04.06.2025 | Campus news | 2 comments."])
def test_date_piped_with_widgets_under_the_headline_dates_the_page(stamp):
    page = read(f"{HEADLINE}\n\nText Ana Ruiz. Pictures Tom Ide.\n{stamp}\n\n{LEAD}")
    assert page.published == "2025-06-04"
    assert stamp not in page.body


MENU = "Ferries | Fishing | Schools | Council | Weather | Letters\n"


@pytest.mark.parametrize(("top", "outlet"), [
    # a masthead under a consent banner or a sign-in prompt
    ("Your choices about cookies on this site. Allow all | Customise\n\nMARLOW BAY RECORD\n" + MENU,
     "MARLOW BAY RECORD"),
    ("Sign in | Register\nHarbour Beacon\n" + MENU, "Harbour Beacon"),
    # a masthead with a description after a comma
    ("NorthWire, Baltic News Agency\n" + MENU, "NorthWire"),
    ("FjordLine, Nordic Business Daily\n" + MENU, "FjordLine"),
])
def test_masthead_is_read_past_banners_and_without_its_description(top, outlet):
    page = read(f"{top}\n{HEADLINE}\n\n{LEAD}")
    assert page.source.outlet == outlet


THINK_TANK_TAIL = ("Ana Ruiz is a fellow at the Europe Energy Institute.\n\n"
                   "Europe Energy Institute analyses reflect the views of their authors.\n")


def test_top_name_opening_with_a_section_word_is_the_outlet_when_the_page_names_it_again():
    page = read("Europe Energy Institute\nResearch | Events | About | Donate\n\nANALYSIS | ENERGY\n\n"
                f"{HEADLINE}\n\nBy Ana Ruiz\n\n{LEAD}{THINK_TANK_TAIL}")
    assert page.source.outlet == "Europe Energy Institute"
    unnamed = read(f"Europe Energy Policy\nResearch | Events | About | Donate\n\n{HEADLINE}\n\n{LEAD}")
    assert unnamed.source.outlet is None  # a section-like top line the page never names again


@pytest.mark.parametrize(("issuer", "outlet"), [
    ("From: Ministry of Coastal Affairs", "Ministry of Coastal Affairs"),
    ("From: Harbour Safety Board", "Harbour Safety Board"),
    ("From: Reuters", None),  # a wire's copy, not its own release
])
def test_news_release_from_line_names_the_issuing_body(issuer, outlet):
    page = read(f"{HEADLINE}\n\n{issuer}\n\nNews release\n\n{LEAD}")
    assert page.source.outlet == outlet
    assert page.dateline is None


@pytest.mark.parametrize(("logo", "footer", "outlet"), [
    ("france 24.", "Sign up for the France 24 morning briefing", "France 24"),
    ("bloomberg.", "", "Bloomberg"),
])
def test_lower_case_logo_text_of_a_listed_outlet_is_capitalized(logo, footer, outlet):
    page = read(f"{logo}\n{MENU}\n{HEADLINE}\n\n{LEAD}{footer}\n")
    assert page.source.outlet == outlet
