"""Outlet and credited source: datelines, credit lines and end credits; body citations and photo credits are not."""

from __future__ import annotations

import pytest
from parse_helpers import read

HEAD = "Iraqi and Iranian officials hold talks\n\n"
BODY = "\n\nOfficials said talks would continue next week in the capital.\n"


@pytest.mark.parametrize(("text", "outlet", "credited"), [
    ("Border crossing opens\n\nKABUL, Nov. 17 (Xinhua) -- A new border crossing opened on Sunday.", None, "Xinhua"),
    ("Border crossing opens\n\n(MENAFN- Pajhwok Afghan News) KABUL: A new border crossing opened on Sunday.",
     "MENAFN", "Pajhwok Afghan News"),
    ("Accords signed\n\nISLAMABAD (UrduPoint News / Sputnik - 17th November, 2025) Five accords were signed.",
     "UrduPoint News", "Sputnik"),
    (HEAD + "TEHRAN (Tasnim) – Iranian and Iraqi officials held talks on Sunday.", None, "Tasnim"),
    (HEAD + "MEHR: Iranian and Iraqi officials held talks on Sunday in Baghdad.", None, "MEHR"),
    (HEAD + "NEW DELHI: Indian and Russian officials held talks on Sunday.", None, None),
    (HEAD + "Source: Tasnim News Agency\n\nIranian and Iraqi officials held talks on Sunday.", None,
     "Tasnim News Agency"),
    (HEAD + "AFP Published 07 Jun, 2023 06:05am\n\nRIYADH: Officials held talks on Sunday.", None, "AFP"),
    (HEAD + "Officials held talks on Sunday in the capital, the ministry said. -- PTI", None, "PTI"),
    (HEAD + "Officials held talks on Sunday in the capital, the ministry said. – XINHUA", None, "XINHUA"),
    (HEAD + "Officials held talks on Sunday in the capital.\n\n(With inputs from ANI)", None, "ANI"),
    (HEAD + "Daily Example : Officials held talks on Sunday in the capital.", "Daily Example", None),
    (HEAD + "Ankara - ANKA - Officials held talks on Sunday in the capital.", None, "ANKA"),
])
def test_credit_forms(text, outlet, credited):
    page = read(text + BODY)
    assert (page.source.outlet, page.source.credited_source) == (outlet, credited)


def test_agency_on_its_own_site_is_the_outlet_not_a_credit():
    page = read("MOSCOW, May 3. /TASS/. Russia and China held security consultations, a TASS correspondent reported."
                + BODY)
    assert (page.source.outlet, page.source.credited_source) == ("TASS", None)
    reuters = read("Oil rises\n\nReuters Staff\n\nLONDON (Reuters) - Oil prices rose on Monday.\n\n"
                   "Reporting by Jane Doe; Editing by John Roe\n\n"
                   "Our Standards:The Thomson Reuters Trust Principles.\n")
    assert (reuters.source.outlet, reuters.source.credited_source) == ("Reuters", None)


def test_body_citations_and_photo_credits_are_not_credits():
    page = read("Oil deal could be extended: TASS\n\n"
                "Energy minister Alexander Novak said on Thursday the deal could be extended, "
                "TASS news agency reported.\n\n"
                "Novak speaks in St. Petersburg, Russia, July 24, 2017. REUTERS/Anton Vaganov/Files\n\n"
                "A decision is due at a meeting in late November, the agency added.\n")
    assert page.source.credited_source is None and page.source.outlet is None
    assert "REUTERS/" not in page.body


def test_outlet_named_only_in_furniture():
    page = read(HEAD + "Officials held talks on Sunday in the capital, the ministry said.\n\n"
                "NEWSLETTER\nJoin the Example-Watch.org mailing list\n")
    assert page.source.outlet == "Example-Watch.org"
    copyright_page = read(HEAD + "Officials held talks on Sunday.\n\n"
                          "\u00a9 2024 Kabul Monitor. All rights reserved.\n")
    assert copyright_page.source.outlet == "Kabul Monitor"


def test_non_wire_outlet_in_its_own_dateline_is_the_outlet():
    page = read(HEAD + "Tehran - BORNA - Officials held talks on Sunday in the capital." + BODY)
    assert (page.source.outlet, page.source.credited_source, page.dateline) == ("BORNA", None, "Tehran")


def test_metadata_lines_fill_source_fields():
    page = read("Story Code : 428344\nSource : Press TV\n\nTalks held\n\n"
                "Officials held talks on Sunday in the capital, the ministry said.\n\n"
                "Reporter : Editorial desk\nhttps://example.org/story/428344\n")
    src = page.source
    assert (src.credited_source, src.external_id, src.url) == ("Press TV", "428344", "https://example.org/story/428344")
    assert "Story Code" not in page.body and "https://" not in page.body


def test_no_outlet_named_gives_a_warning():
    assert "no outlet named in text" in read(HEAD.strip() + BODY).warnings


def test_byline_with_a_wire_after_the_name_credits_the_wire():
    page = read(HEAD + "By JANE DOE, Associated Press\n\nWASHINGTON — The Senate voted on Monday to pass it." + BODY)
    assert (page.source.reporter, page.source.credited_source, page.dateline) == ("JANE DOE", "Associated Press",
                                                                                   "Washington")


def test_comma_dateline_and_trailing_bracketed_wire():
    page = read(HEAD + "Tehran, IRNA - Iranian and Iraqi officials held talks on Sunday in the capital." + BODY)
    assert (page.source.credited_source, page.dateline) == ("IRNA", "Tehran")
    page = read(HEAD + "Officials held talks on Sunday in the capital, the ministry said. (AFP)")
    assert page.source.credited_source == "AFP" and page.body.endswith("the ministry said.")
    page = read(HEAD + "Officials held talks on Sunday with the alliance (NATO)\n\nMore talks are due next week.")
    assert page.source.credited_source is None


def test_footer_and_byline_forms_of_other_sites():
    page = read("Pakistan, Iran agree to boost border trade\nReuters Published November 17, 2025 Updated 2 hours ago\n"
                "Follow Dawn on WhatsApp\nISLAMABAD: Pakistan and Iran agreed on Monday to boost trade.\n"
                "The two sides also discussed security along their shared border.\n"
                "Published in Dawn, November 18th, 2025\n")
    assert (page.source.outlet, page.source.credited_source, page.published) == ("Dawn", "Reuters", "2025-11-17")
    assert page.body.endswith("shared border.")
    sabah = read("Turkish FM Fidan meets Iranian counterpart in Ankara\nby Daily Sabah with AA\n"
                 "ISTANBUL Nov 17, 2025 - 2:23 pm GMT+3\nTurkish Foreign Minister Hakan Fidan met his Iranian "
                 "counterpart in Ankara on Monday.\n")
    assert (sabah.subtitle, sabah.source.reporter, sabah.source.credited_source) == (None, "Daily Sabah", "AA")


@pytest.mark.parametrize(("lead", "credited"), [
    ("Putin (right) – the Russian leader met Xi in Moscow on Monday, the Kremlin said.", None),
    ("BERLIN (dpa) - Germany and Poland agreed on Monday to expand rail links, officials said.", "dpa"),
])
def test_photo_positions_are_not_credits_but_lower_case_listed_wires_are(lead, credited):
    assert read(HEAD + lead + BODY).source.credited_source == credited


def test_agency_on_its_own_page_versus_a_reprint():
    own = read("KYODO NEWS - Mar 3, 2026 - 09:15\n\nJapan to release more rice from reserves\n\n"
               "TOKYO (Kyodo) - The farm ministry said Tuesday it will release more rice from state reserves.\n")
    assert (own.source.outlet, own.source.credited_source) == ("Kyodo", None)
    reprint = read("Budget deal passes Senate\n\nThe Associated Press\n\n"
                   "WASHINGTON (AP) — The Senate passed the budget deal late Monday, ending weeks of talks.\n\n"
                   "Copyright 2026 The Associated Press. All rights reserved.\n")
    assert (reprint.source.outlet, reprint.source.credited_source) == (None, "AP")


def test_masthead_of_an_unlisted_paper_names_the_outlet():
    page = read("The Riverside Courier\n\nNews » Region\n\nCouncil approves new bridge over the river\n\n"
                "Le Riverside with AFP\n\nRIVERSIDE - The council approved a new bridge on Monday, officials said.\n")
    assert (page.title, page.source.outlet, page.source.credited_source) == (
        "Council approves new bridge over the river", "The Riverside Courier", "AFP")


def test_copyright_with_c_in_brackets_names_the_site():
    page = read(HEAD + "Officials held talks on Sunday in the capital." + BODY
                + "\n(C) 2026 Northern Ledger Media. All rights reserved. Terms apply.\n")
    assert page.source.outlet == "Northern Ledger Media"


def test_spanish_wire_dateline_and_outlet_with_wire_byline():
    page = read(HEAD + "SANTIAGO (EFE).- Chile's senate approved a water bill on Monday, lawmakers said." + BODY)
    assert (page.source.credited_source, page.dateline) == ("EFE", "Santiago")
    page = read(HEAD + "Le Monde with AFP\n\nFarmers blocked motorways around the capital on Monday, police said."
                + BODY)
    assert (page.source.outlet, page.source.credited_source) == ("Le Monde", "AFP")
