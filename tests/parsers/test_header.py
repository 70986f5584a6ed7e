"""Headline, kicker, standfirst and section labels, in the styles of several outlets."""

from __future__ import annotations

import pytest
from parse_helpers import read

from parsers.furniture import clean_title

LEAD = "\n\nTOKYO (Kyodo) - Japan and South Korea agreed on Friday to resume defence talks, officials said.\n"


@pytest.mark.parametrize(("line", "title"), [
    ("UPDATE 1-Oil prices rise as OPEC+ weighs deeper cuts", "Oil prices rise as OPEC+ weighs deeper cuts"),
    ("EXCLUSIVE-Tokyo weighs new curbs on chip exports", "Tokyo weighs new curbs on chip exports"),
    ("WRAPUP 2-Ceasefire talks resume in Cairo", "Ceasefire talks resume in Cairo"),
    ("Iran and Russia strengthen cooperation | News", "Iran and Russia strengthen cooperation"),
    ("Leaders meet in Baku | World | Daily Herald", "Leaders meet in Baku"),
    ("Baghaei: Talks with Europe will continue", "Baghaei: Talks with Europe will continue"),
    ("Pakistan, China sign CPEC deals – officials", "Pakistan, China sign CPEC deals – officials"),
    ("Explained | Why rates rose this year", "Explained | Why rates rose this year"),
    ("Talks end without a deal | the-harbour-times.com", "Talks end without a deal"),
])
def test_clean_title(line, title):
    assert clean_title(line) == title


def test_kicker_line_above_headline_is_not_the_title():
    page = read("Lavrov:\n\nWest is running out of options in Ukraine" + LEAD)
    assert page.title == "West is running out of options in Ukraine"


def test_lead_phrase_on_the_headline_line_stays():
    page = read("Erdogan: Turkey will not join sanctions against Russia" + LEAD)
    assert page.title == "Erdogan: Turkey will not join sanctions against Russia"


def test_section_label_above_headline_is_skipped():
    page = read("World\n\nJapan, South Korea to resume defence talks" + LEAD)
    assert page.title == "Japan, South Korea to resume defence talks"


def test_headline_ending_in_a_quoted_word_is_a_headline():
    page = read('Tokyo calls Seoul remarks "regrettable"' + LEAD)
    assert page.title == 'Tokyo calls Seoul remarks "regrettable"'


@pytest.mark.parametrize("text", [
    "KABUL, Nov. 17 (Xinhua) -- Afghanistan's caretaker government on Sunday opened a new border crossing.\n",
    "Foreign Minister Hakan Fidan held talks with his Iranian counterpart in Ankara on Friday.\n\nMore text here.\n",
])
def test_no_headline_gives_null_title_and_a_warning(text):
    page = read(text)
    assert page.title is None and "no headline in text" in page.warnings
    assert page.body.startswith(text.split("\n")[0])


def test_standfirst_before_byline_goes_to_subtitle_not_body():
    page = read("Japan, South Korea to resume defence talks\n\n"
                "The neighbours will meet in Seoul next month for the first time in five years.\n\n"
                "By Aiko Tanaka | 03.05.2024\n" + LEAD)
    assert page.subtitle == "The neighbours will meet in Seoul next month for the first time in five years."
    assert "neighbours" not in page.body and page.source.reporter == "Aiko Tanaka"
    assert page.published == "2024-05-03"


def test_standfirst_before_a_dateline_lead_goes_to_subtitle():
    page = read("Japan, South Korea to resume defence talks\n"
                "The neighbours will meet in Seoul next month, the first such talks in five years." + LEAD)
    assert page.subtitle.startswith("The neighbours") and page.body.startswith("TOKYO (Kyodo)")


def test_repeated_headline_and_standfirst_are_not_body():
    head = "Japan, South Korea to resume defence talks"
    stand = "The neighbours will meet in Seoul next month for the first time in five years."
    page = read(f"{head}\n\n{stand}\n\n{head}\n\n{stand}\n\nOfficials in both capitals welcomed the plan on Friday.\n")
    assert page.title == head and page.subtitle == stand
    assert page.body == "Officials in both capitals welcomed the plan on Friday."


def test_first_paragraph_without_furniture_is_body_not_standfirst():
    page = read("Japan, South Korea to resume defence talks\n\n"
                "Japan and South Korea will meet in Seoul next month, officials said on Friday.\n\n"
                "The talks were suspended in 2019 after a dispute over radar.\n")
    assert page.subtitle is None and page.body.startswith("Japan and South Korea will meet")


def test_question_headline_is_a_headline():
    assert read("Is Tokyo ready for a new defence pact?" + LEAD).title == "Is Tokyo ready for a new defence pact?"


@pytest.mark.parametrize(("line", "outlet", "credited"), [
    ("Japan, South Korea resume talks | Al Jazeera", "Al Jazeera", "Kyodo"),
    ("Japan, South Korea resume talks - Reuters", None, "Kyodo"),
    ("Japan, South Korea resume talks | World", None, "Kyodo"),
])
def test_title_suffix_naming_a_listed_outlet(line, outlet, credited):
    page = read(line + LEAD)
    assert page.title == "Japan, South Korea resume talks"
    assert (page.source.outlet, page.source.credited_source) == (outlet, credited)


def test_dash_suffix_wire_is_the_credit_when_nothing_else_credits():
    page = read("Oil prices rise on supply fears - Reuters\n\nOil prices rose on Monday as supply fears grew.\n")
    assert (page.title, page.source.credited_source) == ("Oil prices rise on supply fears", "Reuters")


def test_agency_page_with_masthead_section_and_comma_date():
    page = read("Tasnim News Agency\nPolitics\nIran, Iraq Discuss Border Security\nNovember, 17, 2025 - 14:23\n"
                "Politics news\nTEHRAN (Tasnim) – Iranian and Iraqi officials discussed border controls on Monday.\n"
                "His Iraqi counterpart called for closer intelligence sharing.\nTags\nIran\nIraq\n")
    assert (page.title, page.subtitle, page.published) == ("Iran, Iraq Discuss Border Security", None, "2025-11-17")
    assert (page.source.outlet, page.source.credited_source) == ("Tasnim News Agency", None)
    assert page.body.endswith("intelligence sharing.")


def test_editor_line_and_source_line_above_headline_are_metadata():
    page = read("Source: Xinhua\nEditor: Huaxia\n2025-11-17 21:05:30\nChina, Kazakhstan vow to deepen cooperation\n"
                "BEIJING, Nov. 17 (Xinhua) -- Chinese and Kazakh officials pledged on Monday to deepen cooperation.\n")
    assert (page.title, page.published) == ("China, Kazakhstan vow to deepen cooperation", "2025-11-17")
    # the page's own source field and its dateline both name the agency: its own site, not a credit
    assert (page.source.outlet, page.source.credited_source) == ("Xinhua", None)


def test_font_widgets_and_agency_name_lines_are_not_credits_or_subtitles():
    page = read("India, Russia to boost defence ties: Rajnath\nTNN / Updated: Nov 17, 2025, 14:23 IST\nShare\nAA\n"
                "Text Size\nSmall\nMedium\nLarge\nNEW DELHI: Defence minister Rajnath Singh on Monday said ties will "
                "deepen.\nOfficials said the two sides reviewed several joint projects.\nStart a Conversation\n")
    assert (page.source.credited_source, page.subtitle, page.published) == (None, None, "2025-11-17")
    assert page.body.endswith("joint projects.")
    wtop = read("Lawmakers approve budget deal\nThe Associated Press\nNovember 17, 2025, 2:23 PM\n"
                "WASHINGTON (AP) — Lawmakers approved a budget deal late Monday.\n")
    assert (wtop.subtitle, wtop.source.credited_source, wtop.published) == (None, "AP", "2025-11-17")


def test_menu_lines_above_the_headline_are_skipped():
    page = read("Home\nWorld\nPolitics\nAsia\nJapan, South Korea agree to resume defence talks" + LEAD)
    assert page.title == "Japan, South Korea agree to resume defence talks"


def test_kicker_becomes_the_subtitle_when_there_is_no_standfirst():
    page = read("Lavrov:\n\nWest is running out of options in Ukraine" + LEAD)
    assert page.subtitle == "Lavrov" and "Lavrov" not in page.body


def test_two_word_section_name_is_not_a_headline():
    page = read("All Stories\n\nMarch 3, 2026\n\nSEOUL, March 3 (Yonhap) -- South Korea's exports rose 5 percent in "
                "February, data showed Tuesday.\n")
    assert page.title is None and page.published == "2026-03-03"


def test_breadcrumb_ending_in_the_headline_is_not_the_title():
    head = "Ministry warns of heavy snow in the north"
    page = read(f"Home › Weather › {head}\n\n{head}" + LEAD)
    assert page.title == head


@pytest.mark.parametrize(("meta_line", "iso"), [
    ("Published On 14 Oct 2025", "2025-10-14"),
    ("By Dr. Ama Owusu | Published on May 5, 2026, at 4:12 pm (Paris)", "2026-05-05"),
    ("Tue 4 Mar 2025 06.00 GMT", "2025-03-04"),
])
def test_three_word_headline_above_a_long_byline_or_date_line(meta_line, iso):
    page = read(f"Relief appeal launched\n\n{meta_line}\n\nThe agency launched an appeal on Tuesday for relief.\n")
    assert (page.title, page.published) == ("Relief appeal launched", iso)


def test_labeled_date_after_the_body_is_the_publication_date():
    page = read("Farmers protest new tax\n\nNEW DELHI, March 2 (IANS) Farmers protested a new tax on Monday.\n\n"
                "The protest ended peacefully.\n\nPublished - March 12, 2026 09:40 pm IST\n")
    assert (page.published, page.source.reporter, page.body.endswith("peacefully.")) == ("2026-03-12", None, True)


def test_institution_masthead_above_a_press_statement():
    page = read("Ministry of Foreign Affairs of Norway\n\nPress release\n\n"
                "Norway pledges new aid for Sudan refugees\n\nApril 2, 2026\n\n"
                "Norway will provide new humanitarian aid for refugees from Sudan, the ministry said.\n")
    assert (page.title, page.source.outlet, page.published) == (
        "Norway pledges new aid for Sudan refugees", "Ministry of Foreign Affairs of Norway", "2026-04-02")


def test_title_case_headline_naming_a_ministry_stays_the_title():
    page = read("Foreign Ministry Summons French Envoy\n\nBy Jane Doe\n\n"
                "The foreign ministry summoned the French ambassador on Monday over remarks by a minister.\n")
    assert (page.title, page.source.outlet) == ("Foreign Ministry Summons French Envoy", None)
