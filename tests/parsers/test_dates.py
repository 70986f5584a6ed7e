"""Dates as pages print them: only full dates count, numbers read in the page's order."""

from __future__ import annotations

import pytest
from parse_helpers import read

from parsers.dates import DateHit, choose, find_dates, numeric_order


@pytest.mark.parametrize(("line", "iso"), [
    ("Wednesday 18 September 2024 - 03:00", "2024-09-18"),
    ("21 Nov 2024", "2024-11-21"),
    ("17-11-2025 16:06 IST", "2025-11-17"),
    ("01/20/2023", "2023-01-20"),
    ("30 April 2019 - 19:19", "2019-04-30"),
    ("06th October, 2021", "2021-10-06"),
    ("10.12.2022", "2022-12-10"),
    ("11-28-2011", "2011-11-28"),
    ("Updated: 18th July 2023 6:55 pm IST", "2023-07-18"),
    ("November 2, 2017 / 11:20 AM / a day ago", "2017-11-02"),
    ("AFP Published 07 Jun, 2023 06:05am", "2023-06-07"),
    ("2025/12/01", "2025-12-01"),
    ("Wed, 03 December 2025", "2025-12-03"),
    ("Posted on Sept. 4, 2019 at 10:02 a.m.", "2019-09-04"),
    ("1st of March 2022", "2022-03-01"),
    ("Updated: 04-Mar-2026 10:12 IST", "2026-03-04"),
])
def test_common_news_formats(line, iso):
    assert [h.iso for h in find_dates(line, numeric_order(line))] == [iso]


@pytest.mark.parametrize("line", ["1390/09/07", "MOSCOW, November 17. /TASS/.", "on Tuesday", "News Code :9009-04197",
                                  "November 2017", "a day ago", "18:04"])
def test_partial_dates_and_other_calendars_are_not_dates(line):
    assert find_dates(line) == []


def test_page_order_settles_ambiguous_numbers():
    text = "03-04-2020\nsome text\n28-11-2011"
    assert numeric_order(text) == "DMY"
    assert find_dates("03-04-2020", numeric_order(text))[0].iso == "2020-04-03"
    assert find_dates("03/04/2020", numeric_order("12/31/2019"))[0].iso == "2020-03-04"


def test_labels_pick_publication_and_update():
    hits = find_dates("Published: 12 March 2024, Updated 14 March 2024")
    assert [(h.iso, h.label) for h in hits] == [("2024-03-12", "published"), ("2024-03-14", "updated")]
    assert choose(hits) == ("2024-03-12", "2024-03-14")


def test_without_labels_the_earliest_is_publication_and_a_later_one_page_date():
    assert choose([DateHit("2024-11-21", None), DateHit("2024-09-18", None)]) == ("2024-09-18", "2024-11-21")
    assert choose([DateHit("2022-12-10", None), DateHit("2022-12-10", "updated")]) == ("2022-12-10", None)
    assert choose([DateHit("2023-07-18", "updated")]) == ("2023-07-18", None)


def test_dateline_without_year_gives_null_and_a_warning():
    page = read("Kremlin hosts talks\n\nMOSCOW, November 17. /TASS/. Talks began on Tuesday, officials said.\n")
    assert page.published is None
    assert any("no publication date" in w for w in page.warnings)


def test_weekday_alone_is_not_a_date():
    page = read("Leaders meet\n\nBRUSSELS (Reuters) - Leaders met on Tuesday and agreed on a budget for the bloc.\n")
    assert page.published is None and "no publication date in text" in page.warnings


def test_event_dates_in_captions_and_body_are_not_publication_dates():
    page = read("Floods hit the north\n\n"
                "FILE - In this June 5, 2023, file photo, rescuers wade through water in Lahore.\n\n"
                "LAHORE (AP) — Floods hit the north of the country on March 3, 2024, officials said on Monday.\n\n"
                "A rescuer carries a child, Lahore, March 4, 2024. REUTERS/Jane Doe\n\n"
                "More rain is expected later in the week, the weather office said.\n")
    assert page.published is None


def test_header_date_and_byline_date_in_other_styles():
    page = read("Rupee gains against dollar\n\nBy Staff Reporter | 17-11-2025 16:06 IST\n\n"
                "MUMBAI: The rupee gained 12 paise against the US dollar in early trade on Monday, dealers said.\n")
    assert page.published == "2025-11-17"


def test_two_header_dates_give_published_and_page_date():
    page = read("21 Nov 2024\nWednesday 18 September 2024 - 03:00\n\nSummit ends in Kazan\n\n"
                "KAZAN: The summit ended on Wednesday with a joint statement on trade and security.\n")
    assert (page.published, page.page_date) == ("2024-09-18", "2024-11-21")


def test_dateline_with_a_full_date_is_a_publication_date():
    page = read("Pakistan, China sign accords\n\n"
                "ISLAMABAD (UrduPoint News / Sputnik - 17th November, 2025) Pakistan and China signed five accords "
                "on Monday, the foreign office said.\n")
    assert page.published == "2025-11-17"
