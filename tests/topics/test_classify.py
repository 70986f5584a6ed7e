"""Short synthetic stories in several news domains get the expected top-level topics, with evidence and scores."""

from __future__ import annotations

import pytest

from parsers.topics import classify

POLITICS, CONFLICT, CRIME = "medtop:11000000", "medtop:16000000", "medtop:02000000"
DISASTER, ECONOMY, EDUCATION = "medtop:03000000", "medtop:04000000", "medtop:05000000"
ENVIRONMENT, HEALTH, LABOUR = "medtop:06000000", "medtop:07000000", "medtop:09000000"
RELIGION, SCIENCE, SPORT, WEATHER = "medtop:12000000", "medtop:13000000", "medtop:15000000", "medtop:17000000"

STORIES = [
    (SPORT, "Late winner sends United into cup final",
     "The striker scored twice in stoppage time as United beat City 3-2 in the semi-final on Saturday. "
     "The head coach praised his players after the match and said the team was ready for the championship "
     "decider. The goalkeeper saved a penalty in the first half, and the league leaders now face Rovers."),
    (ECONOMY, "Central bank raises interest rate as inflation climbs",
     "The central bank raised its key interest rate by half a point on Thursday after consumer prices rose "
     "faster than expected. Economists said inflation and a weaker currency threatened economic growth, and "
     "shares fell on the stock exchange as investors weighed the risk of a recession."),
    (HEALTH, "Hospitals stretched as measles outbreak spreads",
     "Health officials reported 120 confirmed cases of measles in the region this week, and two hospitals "
     "said their wards were full. The health ministry launched a vaccination campaign for children and urged "
     "parents to get a vaccine; doctors warned the infection spreads quickly among people who are not immunized."),
    (CRIME, "Man charged with murder after city centre stabbing",
     "Police arrested a 34-year-old man on Sunday after a fatal stabbing outside a nightclub. Prosecutors "
     "charged him with murder and he will appear before a judge at the district court on Monday. Detectives "
     "said the investigation was continuing and asked witnesses to come forward."),
    (ENVIRONMENT, "Coral reefs face mass bleaching as oceans warm",
     "Rising sea temperatures driven by climate change are pushing coral reefs toward collapse, a report said. "
     "Scientists warned that greenhouse gas emissions must fall sharply to protect biodiversity, and "
     "conservation groups called for new protected areas and a ban on pollution from coastal industry."),
    (SCIENCE, "Space agency's rover finds traces of ancient water on Mars",
     "The rover, launched by the space agency three years ago, drilled into rock and found minerals formed in "
     "water, scientists said. The findings, published in a peer-reviewed journal, will guide the next space "
     "mission; researchers at the laboratory said the experiment confirmed the team's models."),
    (WEATHER, "Storm warning as heavy rain and snow sweep the north",
     "Forecasters issued a weather warning on Tuesday as a storm brought heavy rain, strong winds and snowfall "
     "to northern districts. The weather service said temperatures would drop below freezing overnight and "
     "advised drivers to avoid travel while the thunderstorm passes."),
    (POLITICS, "Opposition leader wins presidential election",
     "The opposition candidate won Sunday's presidential election with 54 percent of the vote, the election "
     "commission said. Turnout was high at polling stations across the country, and the incumbent conceded "
     "defeat. Parliament will swear in the president-elect next month."),
    (CONFLICT, "Ceasefire collapses as fighting resumes along the front line",
     "Heavy shelling and airstrikes hit villages along the front line on Friday as the ceasefire collapsed. "
     "Rebel fighters launched an offensive and dozens of civilians were killed, medics said. Mediators urged "
     "both sides to return to peace talks and end the war."),
    (LABOUR, "Rail workers walk out over pay",
     "Thousands of rail workers went on strike on Monday after the union rejected a pay rise offer. The "
     "walkout halted trains across the country; union leaders said wages had not kept pace with prices and "
     "that employment conditions had worsened, while the employer said the minimum wage rise was fair."),
    (EDUCATION, "Teachers warn of exam chaos as schools reopen",
     "Teachers said students at hundreds of schools had lost weeks of classroom time, and the education "
     "ministry should delay the national exam. University admissions officers said the curriculum changes had "
     "left pupils unprepared."),
    (DISASTER, "Earthquake kills dozens, rescuers search rubble",
     "A magnitude 6.8 earthquake struck before dawn, collapsing buildings and killing at least 40 people. "
     "Rescuers pulled survivors from the rubble as aftershocks shook the region; the government declared a "
     "state of emergency and began the evacuation of coastal towns over fears of a tsunami."),
    (RELIGION, "Pope calls for unity at Easter mass",
     "The pope told thousands of worshippers gathered at the Vatican for Easter that the church must welcome "
     "all believers. Bishops and priests from across the world attended, and Christian leaders joined Muslim "
     "and Jewish clerics in a call for peace."),
]


def _tops(index, title: str | None, body: str) -> set[str]:
    """Top-level codes that classify() gives the story."""
    return {t.code for t in classify(title, body) if index.nodes[t.code].level == 1}


@pytest.mark.parametrize(("expected", "title", "body"), STORIES, ids=[s[1][:30] for s in STORIES])
def test_domain_story_gets_expected_top_level(index, expected, title, body):
    topics = classify(title, body)
    tops = [t for t in topics if index.nodes[t.code].level == 1]
    assert expected in {t.code for t in tops}, [(t.label, t.evidence) for t in topics]
    assert max(tops, key=lambda t: t.score).code == expected


@pytest.mark.parametrize(("expected", "title", "body"), STORIES[:4], ids=[s[1][:30] for s in STORIES[:4]])
def test_topics_carry_evidence_scores_and_labels(index, expected, title, body):
    topics = classify(title, body)
    specific = [t for t in topics if index.nodes[t.code].level > 1]
    assert 1 <= len(specific) <= 5
    for t in topics:
        assert 0.0 < t.score <= 1.0
        assert t.evidence and all(e in (title + " " + body).casefold() for e in t.evidence)
        assert t.label == index.nodes[t.code].label
    tops = {index.top(t.code) for t in specific}
    assert tops == {t.code for t in topics if index.nodes[t.code].level == 1}
    for top in tops:
        best = max(t.score for t in specific if index.top(t.code) == top)
        assert next(t for t in topics if t.code == top).score == best


def test_empty_or_unrelated_text_gets_no_topics():
    assert classify(None, "") == []
    assert classify("Hello", "The cat sat on the mat and looked at the garden.") == []


def test_headline_words_weigh_more_than_body_words():
    body = "Officials met on Tuesday. Trade was mentioned once."
    assert classify("New trade tariff on steel imports", body)
    assert not classify(None, body)


def test_lemmas_from_spacy_doc_are_used(nlp):
    body = "Voters voted in a tense poll. The opposition candidate was elected president after the votes were counted."
    with_doc = classify(None, body, nlp(body))
    assert "medtop:11000000" in {t.code for t in with_doc}
    ignored = classify(None, body, nlp("A different text."))  # a doc of another text is ignored
    assert [t.code for t in ignored] == [t.code for t in classify(None, body)]


def test_ambiguous_words_do_not_trigger_topics():
    body = ("According to the statement released in March, the minister stressed the services offered. "
            "The party said the series of meetings would continue.")
    codes = {t.code for t in classify(None, body)}
    assert not codes & {"medtop:10000000", "medtop:01000000", "medtop:07000000", "medtop:16000000"}


EXACT = [
    # one stray word (a headline's "defence" in a football report) does not open a domain
    ({SPORT}, "Rovers defence holds firm in goalless draw",
     "Rovers' defence held firm as the visitors pressed in attack throughout the second half. The manager said "
     "the team would attack the next match with confidence. The striker missed a penalty and the league table "
     "remains tight."),
    # a mixed story gets both domains
    ({CRIME, POLITICS}, "Court bars opposition leader from presidential election",
     "The constitutional court ruled on Friday that the opposition leader cannot stand in next month's "
     "presidential election because of a fraud conviction. His party said the verdict was political, and the "
     "election commission said ballots would be printed without his name."),
    # one word, however often repeated and however high it scores, does not open a domain either
    ({ECONOMY}, "Villages appeal for help after poor harvest",
     "Village leaders launched an urgent appeal on Monday. Farmers say their crops withered in the heat.\n\n"
     "The appeal asks neighbouring districts to send seed and fodder.\n\n"
     "Leaders said a second appeal would follow next month if no help arrived."),
]


@pytest.mark.parametrize(("expected", "title", "body"), EXACT, ids=[s[1][:30] for s in EXACT])
def test_story_gets_exactly_its_domains(index, expected, title, body):
    assert _tops(index, title, body) == expected


def test_domain_in_one_late_paragraph_is_a_side_remark(index):
    paragraphs = [
        "The striker scored twice as United beat City 3-2 in the cup semi-final on Saturday.",
        "The head coach praised his players after the match and said the team was ready for the final.",
        "The goalkeeper saved a penalty in the first half, and the league leaders now face Rovers.",
        "Fans celebrated outside the stadium long after the match had ended.",
        "The club's former owner lost a lawsuit at the high court last year when a judge ruled against him.",
    ]
    title = "Late winner sends United into cup final"
    assert _tops(index, title, "\n\n".join(paragraphs)) == {SPORT}
    paragraphs[1] += " The owner's lawsuit, heard by a judge at the high court, is still under appeal."
    assert _tops(index, title, "\n\n".join(paragraphs)) == {SPORT, CRIME}
