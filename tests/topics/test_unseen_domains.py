"""Stories written for these tests, not taken from any tuning set: the domains they must and must not get.

Each one sets a trap seen in real news: a keyword used in another sense (a tennis "court", contract "talks", a
rocket "launch"), a keyword inside a proper name (Harbour Securities, Port Vale), or one word of a side subject.
"""

from __future__ import annotations

import pytest

from parsers.topic_slots import slots
from parsers.topics import _raw_scores, classify

POLITICS, CONFLICT, CRIME = "medtop:11000000", "medtop:16000000", "medtop:02000000"
DISASTER, ECONOMY, HEALTH = "medtop:03000000", "medtop:04000000", "medtop:07000000"
LABOUR, SCIENCE, SPORT, WEATHER = "medtop:09000000", "medtop:13000000", "medtop:15000000", "medtop:17000000"

# (required domains, forbidden domains, title, body)
STORIES = [
    ({SPORT}, {POLITICS, CRIME, ECONOMY, LABOUR},
     "Port Vale striker seals comeback win with late penalty",
     "Port Vale came from behind to beat Rovers 2-1 on Saturday, their striker scoring a penalty in stoppage time.\n\n"
     "The visitors had led through a fine strike from 25 yards before half-time, and their goalkeeper made three "
     "saves in the second half.\n\n"
     "The manager said contract talks with the striker would resume next week. \"He wants to stay and we want him,\" "
     "he said after the match.\n\n"
     "The win lifts Vale to third in the league with eight games of the season left."),
    ({SPORT}, {CRIME, POLITICS},
     "Top seed survives five-set thriller on centre court",
     "The top seed saved two match points before winning a five-set quarter-final on centre court on Wednesday.\n\n"
     "Her opponent, ranked 40th, served for the match in the fourth set but double-faulted twice. The umpire "
     "issued a code violation after she argued over a line call.\n\n"
     "The champion will face the defending title holder in the semi-final of the tournament on Friday."),
    ({ECONOMY}, {DISASTER, POLITICS, CRIME},
     "Shares slide as oil prices jump and investors fear a rate rise",
     "Stock markets fell on Tuesday as crude oil prices rose above $90 a barrel and investors bet that the central "
     "bank would raise interest rates again to tame inflation.\n\n"
     "Shares in Harbour Securities, a broker, lost 6% after it reported lower quarterly profit, and the main index "
     "closed 1.8% lower.\n\n"
     "\"Markets are pricing in one more hike,\" said an economist at a bank in London. Bond yields rose to their "
     "highest level in a year."),
    ({CRIME}, {POLITICS, SPORT},
     "Supreme Court upholds fraud conviction of former bank boss",
     "The Supreme Court on Thursday upheld the fraud conviction of a former bank chief executive, rejecting his "
     "appeal against a seven-year prison sentence.\n\n"
     "Judges said the trial court had been right to find that he misled investors. His defence lawyer said the "
     "ruling was a disappointment and that he would consider taking the case to the European court.\n\n"
     "Prosecutors said the verdict sent a clear message about corporate fraud."),
    ({SCIENCE}, {POLITICS, CONFLICT},
     "Space telescope sends first images after successful launch",
     "A new space telescope has sent back its first images of distant galaxies, a month after its rocket launch "
     "from French Guiana, the space agency said.\n\n"
     "Astronomers said the images were sharper than expected. The telescope's equipment was cooled to minus 230 "
     "degrees, and the mission commander at the control centre said every instrument was working.\n\n"
     "Researchers will publish their first findings in a peer-reviewed journal later this year."),
    ({HEALTH}, {CRIME, SCIENCE, POLITICS},
     "Hospital closes two wards as norovirus outbreak spreads",
     "A hospital has closed two wards to new patients after an outbreak of norovirus infected 34 patients and 12 "
     "staff.\n\n"
     "The hospital's director of infection control said visiting had been restricted and asked people with "
     "symptoms of the stomach virus to stay away. Doctors said most patients recovered within three days.\n\n"
     "The regional health authority said cases of the virus were higher than usual for the time of year."),
    ({POLITICS}, {CONFLICT, CRIME},
     "City elects its first woman mayor as turnout rises",
     "Voters elected the city's first woman mayor on Sunday, the election commission said, after a campaign "
     "dominated by housing and transport.\n\n"
     "The winning candidate took 52 percent of the vote. Turnout at polling stations rose to 48 percent, and the "
     "incumbent conceded defeat late in the evening.\n\n"
     "Thousands of supporters attended her final campaign rally on Friday."),
    ({DISASTER, WEATHER}, {CRIME, CONFLICT},
     "Dozens of cars in motorway pile-up as fog and black ice hit the north",
     "More than 40 vehicles were involved in a pile-up on the northbound motorway early on Monday, injuring 19 "
     "people, after thick fog and black ice formed overnight.\n\n"
     "Rescuers worked for six hours to free drivers trapped in their cars, and two people were taken to hospital "
     "by air ambulance.\n\n"
     "The weather service had issued a weather warning for freezing fog, and forecasters said temperatures would "
     "stay below zero until Wednesday."),
    ({LABOUR}, {POLITICS, CONFLICT},
     "Dock workers to strike after pay talks collapse",
     "Dock workers at the country's largest container port will strike for five days from Monday after pay talks "
     "between their union and the port operator collapsed.\n\n"
     "The union said its members had been offered a pay rise below inflation. The operator said the walkout would "
     "disrupt shipping and that its offer was fair.\n\n"
     "Both sides said they were willing to return to talks."),
    ({CRIME}, {DISASTER, WEATHER},
     "Police free 9 hostages taken in village raid",
     "Police freed nine villagers on Sunday, four days after armed men stormed their village at night and "
     "kidnapped them for ransom.\n\n"
     "The rescue operation ended without injuries, a police spokesman said, and two suspects were arrested.\n\n"
     "Kidnapping gangs have targeted remote villages in the district since last year."),
    ({ECONOMY, CRIME}, {SPORT},
     "Clothing retailer cuts ties with supplier over forced labour",
     "A clothing retailer said on Monday it had stopped buying from a textile supplier after an audit found "
     "evidence of forced labour at two of its factories.\n\n"
     "The company said the supplier made about 4% of its garments and that sales would not be affected. Its shares "
     "rose 2% on the stock exchange.\n\n"
     "Rights groups said other brands bought from the same factories."),
]


def _tops(nlp, title: str, body: str) -> set[str]:
    """Top-level codes that classify() gives the story, parsed as the pipeline parses it."""
    return {t.code for t in classify(title, body, nlp(body)) if t.code.endswith("000000")}


@pytest.mark.parametrize(("required", "forbidden", "title", "body"), STORIES, ids=[s[2][:32] for s in STORIES])
def test_story_gets_its_domains_and_none_from_a_trap(nlp, required, forbidden, title, body):
    tops = _tops(nlp, title, body)
    assert required <= tops, classify(title, body, nlp(body))
    assert not tops & forbidden, classify(title, body, nlp(body))


def _evidence(index, body: str, nlp) -> set[str]:
    """Every term matched for any topic, before the selection."""
    return {e for s in _raw_scores(index, slots(None, body, nlp(body), index.name_words)).values() for e in s.evidence}


def test_a_word_inside_a_proper_name_is_no_evidence(index, nlp):
    body = ("Dealers said Harbour Securities sold its stake in Port Vale Holdings on Monday. The port handled record "
            "cargo, and the company's shares rose on the stock exchange as investors welcomed the earnings.")
    assert {"earnings", "port"} <= _evidence(index, body, nlp)  # the common noun "port" counts
    named = body.replace("The port handled record cargo, and", "Meanwhile")
    found = _evidence(index, named, nlp)
    assert "earnings" in found and "port" not in found  # "Port" only inside a name does not
    assert "ministry" in _evidence(index, "Officials at the Interior Ministry met on Monday.", nlp)  # a named body


def test_a_guarded_word_counts_beside_its_context(nlp):
    talks = "The foreign ministers held talks in Geneva and agreed to restore diplomatic ties."
    assert POLITICS in _tops(nlp, "Ministers hold talks", talks)
    labour = "The union and the employer held talks on pay, but the walkout went ahead."
    codes = {t.code for t in classify("Talks fail", labour, nlp(labour))}
    assert "medtop:20000639" not in codes  # diplomacy
