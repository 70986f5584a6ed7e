"""Layouts from outlets no sample shows: footer dates, agencies on their own sites, mastheads, photo credits."""

from __future__ import annotations

import pytest
from parse_helpers import read

HEAD = "Council approves new flood barrier for the old harbour\n\n"
LEAD = ("The town council on Tuesday approved a new flood barrier for the old harbour after two winters of "
        "storm damage to homes and shops along the quay.\n\n"
        "Work is expected to start in the spring and to take about eighteen months, officials said.\n\n")


@pytest.mark.parametrize(("footer", "iso"), [
    ("Published 3 May 2024", "2024-05-03"),
    ("First published on 12 June 2025 at 09:10 BST", "2025-06-12"),
    ("This article was first published on June 12, 2025.", "2025-06-12"),
    ("This report by The Prairie Wire was first published June 12, 2025.", "2025-06-12"),
    ("© 2024 Harbour Gazette. Last updated 5 May 2024", "2024-05-05"),
    ("Posted: Aug 2, 2025 | 4:15 pm", "2025-08-02"),
    ("Published in The Lakeside Mercury, March 3rd, 2025", "2025-03-03"),
    ("Issued by the Office of the Mayor\n\nPort Louis, Mauritius, 4th June 2025", "2025-06-04"),
    ("Last modified on Wed 4 Jun 2025 11.02 BST", "2025-06-04"),
    ("Posted by webdesk on June 4, 2025 in Local News", "2025-06-04"),
])
def test_footer_date_dates_a_page_whose_head_has_none(footer, iso):
    page = read(HEAD + LEAD + footer + "\n\nMore from the region\nFerry timetable changes for summer\n")
    assert page.published == iso


def test_header_and_footer_dates_together_published_beats_updated():
    page = read(HEAD + "Updated: 14 April 2025\n\n" + LEAD + "First published on 12 April 2025\n")
    assert (page.published, page.page_date) == ("2025-04-12", "2025-04-14")  # the labeled first publication
    assert read(HEAD + "14 April 2025\n\n" + LEAD + "© 2025 Harbour Gazette. Last updated 20 April 2025\n"
                ).published == "2025-04-14"


@pytest.mark.parametrize("tail", [
    "The barrier was first proposed on 3 May 2019, when the quay flooded twice in a week.",
    "Related stories\nQuay flooded on 3 May 2019 as storm hit",
    "Councillors last discussed the plan on March 2, 2024.",
    "The engineers' report was published on 3 May 2019.",
])
def test_dates_in_the_body_or_related_links_do_not_date_the_page(tail):
    assert read(HEAD + LEAD + tail + "\n").published is None


BODY = ("The central bank held its benchmark rate at 5.5 percent on Thursday, citing stubborn food prices.\n\n"
        '"Inflation is easing, but not fast enough," the governor told reporters.\n\n'
        "Economists had expected the decision.\n")


@pytest.mark.parametrize(("page_text", "outlet"), [
    # the agency's full brand on a dated line under the headline, a dateline without credit
    ("Central bank holds rate steady\n\nYonhap News Agency - Jun 3, 2025 - 10:12 | Economy\n\nSEOUL - " + BODY,
     "Yonhap News Agency"),
    ("Central bank holds rate steady\n\nANTARA NEWS | 3 June 2025 14:05\n\nJAKARTA - " + BODY, "ANTARA NEWS"),
    # the agency's dateline credit and its wire end marker, no other outlet on the page
    ("Central bank holds rate steady\n\nKUALA LUMPUR, June 3 (Bernama) -- " + BODY + "\n(END)\n", "Bernama"),
    # a broadcaster's own `Source:` field, its name also in a caption and the body
    ("Central bank holds rate steady\n\n" + BODY
     + "The governor later told TRT World the bank could cut rates in the autumn.\n\nSource: TRT World\n",
     "TRT World"),
    ("Central bank holds rate steady\n\n" + BODY + "\nSource: TRT World and news agencies\n", "TRT World"),
    # the agency's own source field, piped with the date, repeating the dateline's credit
    ("Central bank holds rate steady\n\nSource: Antara| 2025-06-03 10:12:40|Editor: Budi\n\n"
     "JAKARTA, June 3 (Antara) -- " + BODY, "Antara"),
])
def test_agency_or_broadcaster_on_its_own_site_is_the_outlet(page_text, outlet):
    page = read(page_text)
    assert (page.source.outlet, page.source.credited_source) == (outlet, None)


@pytest.mark.parametrize(("page_text", "credited"), [
    ("Central bank holds rate steady\n\nAFP Published 03 Jun, 2025 06:05am\n\nSEOUL: " + BODY, "AFP"),
    ("Central bank holds rate steady\n\nKUALA LUMPUR, June 3 (Bernama) -- " + BODY, "Bernama"),
    ("Central bank holds rate steady\n\n" + BODY + "\nSource: TRT World\n", "TRT World"),
    ("Central bank holds rate steady\n\n" + BODY + "The governor later told Reuters more.\n\nSource: Reuters\n",
     "Reuters"),
])
def test_a_single_credit_on_a_page_naming_no_outlet_stays_a_credit(page_text, credited):
    page = read(page_text)
    assert (page.source.outlet, page.source.credited_source) == (None, credited)


def test_full_agency_name_in_a_masthead_is_printed_as_the_story_credits_it():
    page = read("TNA English\nThai News Agency\nPolitics\n\nCentral bank holds rate steady\n\n"
                "Bangkok, TNA -- " + BODY + "\nThe governor spoke to TNA after the meeting.\n")
    assert (page.source.outlet, page.source.credited_source) == ("TNA", None)


@pytest.mark.parametrize(("top", "footer", "outlet"), [
    ("WHRB 12 | Lakeshore News Now\nHome > News > Local", "Download the WHRB 12 app for alerts.", "WHRB 12"),
    ("Lakeshore News Now | WHRB 12\nWeather | Traffic | Contests", "© 2026 WHRB 12. All rights reserved.", "WHRB 12"),
    ("Coastline Today\nBayside Public Radio", "© 2026 Bayside Public Radio", "Bayside Public Radio"),
])
def test_masthead_confirmed_by_the_pages_other_marks(top, footer, outlet):
    page = read(top + "\n\nFerry service suspended after pier collapse | WHRB 12\n\n"
                "By Dana Holt\n\n" + LEAD + footer + "\n")
    assert page.title == "Ferry service suspended after pier collapse"
    assert page.source.outlet == outlet


def test_station_masthead_with_tagline_confirmed_by_headline_suffix():
    page = read("KQRS 4 | Prairie News Now\n\nGrain silo fire forces evacuation of two farms | KQRS 4\n\n"
                "Published: Mar. 5, 2026, 7:10 PM\n\n" + LEAD)
    assert (page.title, page.source.outlet) == ("Grain silo fire forces evacuation of two farms", "KQRS 4")


def test_station_masthead_and_tagline_on_one_line_without_other_marks():
    page = read("KXYZ 9 | Valley News Now\nHome > News\n\nFerry service suspended after pier collapse\n\n"
                "By Dana Holt\n\n" + LEAD)
    assert (page.title, page.source.outlet) == ("Ferry service suspended after pier collapse", "KXYZ 9")


@pytest.mark.parametrize("prefix", ["(LEAD) ", "(2nd LD) ", "(URGENT) "])
def test_wire_version_mark_before_the_headline_is_dropped(prefix):
    page = read(prefix + "Central bank holds rate steady\n\n10:12 June 03, 2025\n\nSEOUL, June 3 (Antara) -- " + BODY)
    assert (page.title, page.published) == ("Central bank holds rate steady", "2025-06-03")


@pytest.mark.parametrize(("footer", "title", "outlet"), [
    ("© 2026 Harbour Times. All rights reserved.", "Ferry service suspended after pier collapse", "Harbour Times"),
    ("Contact the newsroom at www.harbourtimes.co.nz", "Ferry service suspended after pier collapse",
     "Harbour Times"),
    ("Contact the newsroom for corrections.", "Ferry service suspended after pier collapse - Harbour Times", None),
])
def test_dash_suffix_is_the_site_only_when_another_mark_names_it(footer, title, outlet):
    page = read("Ferry service suspended after pier collapse - Harbour Times\n\n" + LEAD + footer + "\n")
    assert (page.title, page.source.outlet) == (title, outlet)


def test_section_menu_line_is_not_a_masthead():
    page = read("TradeDesk\nMarkets | Stocks | Press Releases | Crypto\nPress Releases\n\n"
                "Solar firm raises $90 million for new panel plant\n\n" + LEAD)
    assert page.source.outlet == "TradeDesk"


@pytest.mark.parametrize("caption", [
    "Photo: Marta Lindqvist/Reuters",
    "Image: Tomasz Wrona",
    "Fishing boats in the old harbour (Photo: Ana Costa/AFP)",
    "Picture: SIPHO MAKHANYA",
    "Credit: Lena Park/Getty Images",
    "Photo: AP",
    "Photograph: Marta Lindqvist/Reuters",
    "Illustration: Tomasz Wrona",
    "Photo: Farmers inspect frost-damaged wheat near the old harbour after the coldest night in a decade. "
    "(Coast Rural: Kelsey Marr)",
])
def test_photo_credit_names_are_not_bylines_sources_or_body(caption):
    page = read(HEAD + caption + "\n\n" + LEAD)
    names = ("Marta", "Tomasz", "Ana Costa", "SIPHO", "Lena Park", "Reuters", "AFP", "AP", "Kelsey")
    assert not any(n in (page.source.reporter or "") for n in names)
    assert page.source.outlet is None and page.source.credited_source is None
    assert caption not in page.body


def test_question_headline_under_a_masthead_is_the_title_not_the_masthead():
    page = read("The Lagos Observer\n\nWill the central bank ever cut rates?\n\nBy Ada Obi | March 3, 2026\n\n" + LEAD)
    assert (page.title, page.source.outlet) == ("Will the central bank ever cut rates?", "The Lagos Observer")


@pytest.mark.parametrize(("lead", "tail", "credited", "iso"), [
    ("ABUJA - ", "(Reuters)", "Reuters", None),
    ("ABUJA - ", "dpa ab/xy", "dpa", None),
    ("ABUJA (Reuters/AFP) - ", "", "Reuters", None),
    ("ABUJA - ", "Copyright 2026 The Associated Press. All rights reserved.", "The Associated Press", None),
    ("ABU DHABI, 3rd March, 2026 (WAM) -- ", "", "WAM", "2026-03-03"),
    ("Riyadh, March 03, 2026, SPA -- ", "", "SPA", "2026-03-03"),
])
def test_credit_forms_on_a_reprinting_site(lead, tail, credited, iso):
    page = read("The Lagos Observer\n\nCentral bank holds rate as food prices bite\n\n" + lead + BODY + f"\n{tail}\n")
    assert (page.source.outlet, page.source.credited_source, page.published) == ("The Lagos Observer", credited, iso)


def test_weekday_date_line_after_the_byline_is_a_date_not_a_dateline():
    page = read("The Nairobi Ledger\n\nCounty approves emergency water plan after failed rains\n\nBy Otieno Ouma\n"
                "Wednesday, March 4, 2026 — 10:12 EAT\n\nKITUI, Kenya — " + LEAD)
    assert (page.published, page.dateline) == ("2026-03-04", "Kitui")


WATER = "County approves emergency water plan after failed rains"


@pytest.mark.parametrize("top", [
    "The Coastal Courier — News for the North Shore",
    "The Coastal Courier\nSponsored by Acme Water",
    "The Coastal Courier\nBREAKING: Flood warnings issued for coastal towns",
])
def test_masthead_slogan_sponsor_and_ticker_lines_are_not_the_headline(top):
    page = read(top + "\n\n" + WATER + "\n\nBy Otieno Ouma\nMarch 4, 2026\n\n" + LEAD)
    assert (page.title, page.source.outlet, page.published) == (WATER, "The Coastal Courier", "2026-03-04")


def test_standfirst_above_a_photo_and_byline_is_the_subtitle_not_the_lead():
    standfirst = "The plan will truck water to 40,000 homes while boreholes are drilled."
    page = read("The Coastal Courier\n\n" + WATER + "\n\n" + standfirst + "\n\n"
                "Residents queue for water in Kitui. Photo: Mary Wanjiku\n\nBy Otieno Ouma\nMarch 4, 2026\n\n" + LEAD)
    assert (page.subtitle, page.published) == (standfirst, "2026-03-04")
    assert not page.body.startswith(standfirst)


@pytest.mark.parametrize("top", ["NEWS", "WORLD", "UK", "LIVE"])
def test_a_section_word_on_the_top_line_is_not_a_call_sign(top):
    page = read(top + "\nThe Coastal Courier\n\n" + WATER + "\n\nMarch 4, 2026\n\n" + LEAD)
    assert page.source.outlet == "The Coastal Courier"


def test_station_call_sign_on_the_top_line_beats_its_networks_name_line():
    page = read("KQTV 3\nSouthern Plains News Now\nNews | Weather | Sports\n\n" + WATER + "\n\n"
                "Published: Mar. 4, 2026 at 6:42 PM CST\n\n" + LEAD)
    assert (page.title, page.source.outlet, page.published) == (WATER, "KQTV 3", "2026-03-04")


def test_labeled_dates_in_related_links_after_the_article_date_other_stories():
    page = read(HEAD + "4 March 2026\n\n" + LEAD + "You may also like\nPublished 2 March 2026\n"
                "Ferry timetable changes for summer\n")
    assert page.published == "2026-03-04"


def test_masthead_is_never_the_title_and_a_date_under_an_unread_headline_still_dates_the_page():
    page = read("The Coastal Courier\n\nThe county has a water plan. It is not enough.\n\nBy Otieno Ouma\n"
                "March 4, 2026\n\n" + LEAD)
    assert (page.title, page.source.outlet, page.published) == (None, "The Coastal Courier", "2026-03-04")


@pytest.mark.parametrize(("line", "reporter"), [
    ("Jane Doe, AFP", "Jane Doe"),
    ("Jane Doe | AFP | March 4, 2026", "Jane Doe"),
    ("By Jane Doe (AFP)", "Jane Doe"),
    ("From AFP", None),
])
def test_reporter_then_wire_bylines_credit_the_wire(line, reporter):
    page = read("The Coastal Courier\n\n" + WATER + "\n\n" + line + "\n\n" + LEAD)
    assert (page.source.credited_source, page.source.reporter) == ("AFP", reporter)
    assert line not in page.body


def test_caption_ending_in_a_wire_name_is_not_a_byline():
    page = read("The Coastal Courier\n\n" + WATER + "\n\nSmoke rises over the harbour, AFP\n\n" + LEAD)
    assert page.source.credited_source is None


@pytest.mark.parametrize(("tail", "credited"), [("(Lusa)", "Lusa"), ("Jane Doe, AAP", "AAP")])
def test_wires_beyond_the_samples_regions_are_known(tail, credited):
    page = read("The Coastal Courier\n\n" + WATER + "\n\n" + (tail + "\n\n" + LEAD if "," in tail else LEAD + tail))
    assert page.source.credited_source == credited


@pytest.mark.parametrize("masthead", [
    "Embassy of the Republic of Norland in the Kingdom of Sudria",
    "Ministry of Foreign Affairs of the Republic of Norland",
])
def test_long_government_masthead_is_the_outlet_not_the_headline(masthead):
    page = read(masthead + "\n\nAmbassador meets Sudrian trade minister\n\n04.03.2026\n\n" + LEAD)
    assert (page.title, page.source.outlet) == ("Ambassador meets Sudrian trade minister", masthead)


def test_title_case_headline_opening_with_a_ministry_stays_the_title():
    title = "Ministry of Health Confirms Two New Cases in Capital"
    assert read(title + "\n\n4 March 2026\n\n" + LEAD).title == title


def test_yearless_dateline_settles_the_order_of_a_numeric_header_date():
    page = read("Flood warning system to cover 50 more districts\n\n04/03/2026 10:12 AM\n\n"
                "KUALA LUMPUR, March 4 (Bernama) -- " + LEAD)
    assert page.published == "2026-03-04"


def test_caps_section_line_above_the_headline_is_not_the_outlet():
    page = read("ECONOMY\n" + WATER + "\n\nHanoi (VNA) – " + LEAD + "VNA\n")
    assert (page.title, page.source.outlet, page.source.credited_source) == (WATER, None, "VNA")


def test_outlet_sign_off_with_a_date_closing_the_article_dates_it():
    assert read(HEAD + LEAD + "Voice of the Pacific, 5 March 2026\n").published == "2026-03-05"


def test_site_name_written_without_its_space_is_still_the_site_not_a_credit():
    page = read("Harbour Times\n\n" + WATER + "\n\n" + LEAD + "Source: HarbourTimes and agencies\n")
    assert (page.source.outlet, page.source.credited_source) == ("Harbour Times", None)


def test_another_outlets_dateline_under_a_masthead_is_the_credit():
    page = read("KQTV 3\nNews | Weather\n\n" + WATER + "\n\nPublished: Mar. 4, 2026\n\nATLANTA (CNN) — " + LEAD)
    assert (page.source.outlet, page.source.credited_source) == ("KQTV 3", "CNN")


@pytest.mark.parametrize(("note", "credited"), [
    ("This article was originally published on The Harbour Review.", "The Harbour Review"),
    ("Republished with permission from Coastwatch.", "Coastwatch"),
    ("This article was first published on June 12, 2025.", None),
])
def test_republished_story_credits_its_origin(note, credited):
    page = read("The Coastal Courier\n\n" + WATER + "\n\n" + LEAD + note + "\n")
    assert (page.source.outlet, page.source.credited_source) == ("The Coastal Courier", credited)


@pytest.mark.parametrize("tail", ["— With AFP", "(with AFP)"])
def test_with_wire_line_closing_the_article_is_the_credit(tail):
    page = read("The Coastal Courier\n\n" + WATER + "\n\n" + LEAD + tail + "\n")
    assert page.source.credited_source == "AFP"


@pytest.mark.parametrize("top", ["The Coastal Courier\nLocal news, local voices",
                                 "KQTV 3\nCoverage You Can Count On"])
def test_slogan_in_the_mastheads_block_is_not_the_headline(top):
    page = read(top + "\n\n" + WATER + "\n\nBy Otieno Ouma\nMarch 4, 2026\n\n" + LEAD)
    assert page.title == WATER


def test_headline_in_its_own_block_under_a_masthead_line_stays_the_title():
    page = read("The Coastal Courier\n\nRates held steady again\n\nBy Otieno Ouma\nMarch 4, 2026\n\n" + LEAD)
    assert page.title == "Rates held steady again"


def test_one_block_page_keeps_the_headline_under_its_masthead():
    page = read("The Coastal Courier\nCounty approves water plan\nThe plan will truck water to 40,000 homes\n"
                "March 4, 2026\n" + LEAD)
    assert (page.title, page.subtitle) == ("County approves water plan", "The plan will truck water to 40,000 homes")
