"""Participants: one rule per test on synthetic sentences, the extra articles, and people_f1 floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers.mentions import context_cue
from parsers.page import Page
from parsers.participants import extract_participants
from parsers.pipeline import RawInput, parse_batch
from schemas import Source

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
EXTRA = ROOT / "fixtures" / "extra"


@pytest.fixture(scope="module")
def parts(nlp):
    """Participants of a body text (no page stage), and the page whose warnings they filled."""

    def run(body: str, outlet: str | None = None, title: str | None = None,
            subtitle: str | None = None) -> tuple[dict[str, dict], Page]:
        page = Page(body=body, source=Source(outlet=outlet), title=title, subtitle=subtitle)
        found = extract_participants(nlp(body), page)
        return {p.name: p.model_dump() for p in found}, page

    return run


def people(parts, body: str) -> dict[str, dict]:
    found, _ = parts(body)
    return {n: p for n, p in found.items() if p["kind"] == "person"}


def of_kind(parts, body: str, kind: str) -> dict[str, dict]:
    found, _ = parts(body)
    return {n: p for n, p in found.items() if p["kind"] == kind}


def test_honorifics_and_titles_are_not_part_of_the_name(parts):
    got = people(parts, "Saudi defence minister Prince Faisal bin Turki met Dr. Amal Haddad and "
                        "Brigadier General Reza Karimi. Sheikh Nasser Al-Mubarak and HE Omar Said attended. "
                        "Mr. Karimi said the talks went well.")
    assert set(got) == {"Faisal bin Turki", "Amal Haddad", "Reza Karimi", "Nasser Al-Mubarak", "Omar Said"}
    assert got["Reza Karimi"]["aliases"] == ["Karimi"]


def test_a_regnal_name_keeps_no_title_and_a_fathers_name_is_no_alias(parts):
    got = people(parts, "King Hassan received Crown Prince Ali bin Hassan in the capital on Monday.")
    assert set(got) == {"Hassan", "Ali bin Hassan"}
    assert got["Hassan"]["role"].startswith("King")


def test_premodifier_gives_role_and_country(parts):
    got = people(parts, "Kenyan President Daniel Omondi opened the summit. Omondi said trade would grow.")
    assert got["Daniel Omondi"]["role"] == "President of Kenya"
    assert got["Daniel Omondi"]["country"] == "Kenya"
    assert got["Daniel Omondi"]["mentions"] == 2


def test_a_former_office_keeps_its_time_word(parts):
    got = people(parts, "Former British prime minister Boris Johnson attended the launch.")
    assert got["Boris Johnson"]["role"] == "former prime minister of the United Kingdom"


def test_possessive_gives_role_and_country(parts):
    got = people(parts, "Brazil's Finance Minister Carla Mendes presented the budget on Tuesday.")
    assert got["Carla Mendes"]["country"] == "Brazil"
    assert "Finance Minister" in got["Carla Mendes"]["role"]


def test_apposition_gives_role_and_country(parts):
    got = people(parts, "Aziz Rahimi, chief of staff of the Afghan Armed Forces, said the border was calm.")
    assert got["Aziz Rahimi"]["role"] == "chief of staff of the Afghan Armed Forces"
    assert got["Aziz Rahimi"]["country"] == "Afghanistan"


def test_counterpart_takes_the_office_of_the_person_before(parts):
    got = people(parts, "Italian Foreign Minister Paolo Greco met his Spanish counterpart, Lucia Ortega, in Rome.")
    assert got["Lucia Ortega"]["country"] == "Spain"
    assert got["Lucia Ortega"]["role"] == "Foreign Minister of Spain"


def test_officials_of_blocs_have_no_country(parts):
    got = people(parts, "EU foreign policy chief Marta Lindqvist spoke in Brussels. Lindqvist said talks would go on.")
    assert got["Marta Lindqvist"]["country"] is None


def test_transliteration_variants_are_aliases(parts):
    got = people(parts, "Defence Minister Sergei Lavrentiev arrived on Monday. Lavrentyev told reporters he "
                        "expected progress. Sergey Lavrentiev later left.")
    assert list(got) == ["Sergei Lavrentiev"]
    assert set(got["Sergei Lavrentiev"]["aliases"]) == {"Lavrentyev", "Sergey Lavrentiev"}


def test_spellings_with_and_without_diacritics_are_one_person(parts):
    got = people(parts, "Turkish Foreign Minister Mevlut Cavusoglu spoke in Ankara. Çavuşoğlu said talks went well.")
    assert got["Mevlut Cavusoglu"]["aliases"] == ["Çavuşoğlu"]


def test_joined_offices_form_one_role(parts):
    got = people(parts, "Chinese State Councilor and Foreign Minister Wang Yi met Shri Rajiv Menon. Wang said so.")
    assert got["Wang Yi"]["role"] == "State Councilor and Foreign Minister of China"
    assert got["Wang Yi"]["aliases"] == ["Wang"]
    assert "Rajiv Menon" in got


def test_people_sharing_a_surname_stay_apart(parts):
    got = people(parts, "Major General Mohammad Bagheri met Deputy Foreign Minister Ali Bagheri Kani in Tehran. "
                        "Bagheri said the armed forces were ready.")
    assert set(got) == {"Mohammad Bagheri", "Ali Bagheri Kani"}
    assert got["Mohammad Bagheri"]["aliases"] == ["Bagheri"]
    assert got["Ali Bagheri Kani"]["aliases"] == []


EXACT_PEOPLE = {
    "credits and bylines": ("By Anna Kowalska\n\nPrime Minister Jonas Berg spoke on Monday.\n\n"
                            "A view of the port. REUTERS/Piotr Nowak/File Photo\n\n"
                            "(Reporting by Tomas Lind; Editing by Karen Holm)", {"Jonas Berg"}),
    "titles without names, modifiers, places": ("The Iranian president said the Obama administration had failed. "
                                                 "Talks were held in Khyber Pakhtunkhwa near the Marburg clinic.",
                                                 set()),
    "function word before a name": ("When Imran Khan's party announced its list, Sher Afzal Khan was missing.",
                                    {"Imran Khan", "Sher Afzal Khan"}),
    "ships, storms, acronym-led names": ("The carrier USS Gerald R. Ford arrived on Monday. Hurricane Milton is "
                                         "expected to hit Florida, Defense Secretary Lloyd Austin said.",
                                         {"Lloyd Austin"}),
    "plural title before a list": ("Presidents Xi Jinping and Recep Tayyip Erdogan met in Astana. Xi said ties were "
                                   "strong.", {"Xi Jinping", "Recep Tayyip Erdogan"}),
    "name after an organization noun": ("Campaigners from the group Save Lake Orta said the fine was too low, said "
                                        "Ada Ricci.", {"Ada Ricci"}),
    "dateline city and a report credit": ("KABUL, Afghanistan (AP) — Acting Foreign Minister Amir Khan Muttaqi "
                                          "met Russian envoy Zamir Kabulov. Kabulov said talks went well.\n\n"
                                          "Associated Press writer Rahim Faiez in Islamabad contributed to this "
                                          "report.", {"Amir Khan Muttaqi", "Zamir Kabulov"}),
    "degrees and plural occupations": ("About 90,000 candidates took the M.Sc Chemistry exam, said Ravi Kumar, "
                                       "president of the All India Chemistry Teachers' Association.", {"Ravi Kumar"}),
}


@pytest.mark.parametrize("case", sorted(EXACT_PEOPLE))
def test_exactly_these_people(parts, case: str):
    text, expected = EXACT_PEOPLE[case]
    got = people(parts, text)
    assert set(got) == expected
    assert all(a.upper() != a for p in got.values() for a in p["aliases"])  # no `KABUL` for Kabulov


def test_an_ambiguous_short_form_is_warned(parts):
    _, page = parts("Ahmed Karimi met Hossein Karimi on Sunday. Karimi said the meeting was useful.")
    assert any("ambiguous alias 'Karimi'" in w for w in page.warnings)


def test_the_object_of_a_title_is_not_its_holder(parts):
    got = people(parts, "Elon Musk, the chief executive of Tesla, spoke on Monday. Musk said sales rose.")
    assert set(got) == {"Elon Musk"}
    assert got["Elon Musk"]["role"] == "chief executive of Tesla"


def test_publication_titles_are_not_people(parts):
    got = people(parts, "Ms. Maria Gonzalez, a nurse from Madrid, told El País that she had waited six hours.")
    assert set(got) == {"Maria Gonzalez"}
    assert got["Maria Gonzalez"]["role"].startswith("nurse")


def test_a_role_apposition_supports_a_name_the_ner_missed(parts):
    got = people(parts, "Tinubu named Olayemi Cardoso as governor. Cardoso, a former Citibank executive, replaces "
                        "Godwin Emefiele.")
    assert got["Olayemi Cardoso"]["aliases"] == ["Cardoso"]


def test_a_spelling_variant_alone_still_counts(parts):
    got = people(parts, "Ukrainian President Volodymyr Zelensky met the envoy. Zelenskyy thanked him.")
    assert got["Volodymyr Zelensky"]["aliases"] == ["Zelenskyy"]
    assert got["Volodymyr Zelensky"]["mentions"] == 2


def test_abbreviated_titles_are_written_out_in_roles(parts):
    got = people(parts, "Sen. Chuck Schumer and Gov. Gavin Newsom spoke on Tuesday.")
    assert (got["Chuck Schumer"]["role"], got["Gavin Newsom"]["role"]) == ("Senator", "Governor")


def test_a_full_name_the_ner_missed_rescues_its_short_form(parts):
    got = people(parts, "Manager Erik ten Hag said on Friday that Cristiano Ronaldo would miss the game. "
                        "Ronaldo, 37, has a knee injury.")
    assert set(got) == {"Erik ten Hag", "Cristiano Ronaldo"}
    assert got["Cristiano Ronaldo"]["aliases"] == ["Ronaldo"]


def test_a_lowercase_occupation_before_a_name_is_a_role(parts):
    got = people(parts, "Hamas official Osama Hamdan said the group rejected the proposal.")
    assert got["Osama Hamdan"]["role"] == "Hamas official"


def test_headline_and_standfirst_count_and_complete_names(parts):
    found, _ = parts("Lavrov said the talks would continue. Lavrov added that Moscow was ready.",
                     title="Lavrov: talks will continue",
                     subtitle="The Russian Foreign Minister, Sergei Lavrov, met Kenyan President Daniel Omondi.")
    people_ = {n: p for n, p in found.items() if p["kind"] == "person"}
    assert set(people_) == {"Sergei Lavrov", "Daniel Omondi"}
    assert people_["Sergei Lavrov"]["aliases"] == ["Lavrov"]
    assert people_["Sergei Lavrov"]["mentions"] == 4
    assert people_["Sergei Lavrov"]["country"] == "Russia"
    assert people_["Daniel Omondi"]["role"] == "President of Kenya"


def test_a_title_after_a_first_name_is_a_surname(parts):
    got = people(parts, "Author Stephen King and Sen. Lindsey Graham attended the ceremony.")
    assert set(got) == {"Stephen King", "Lindsey Graham"}
    assert got["Lindsey Graham"]["role"] == "Senator"


def test_a_lone_name_after_a_place_preposition_is_a_place():
    assert context_cue("The plant in Velikiye Ustyug", 13, []) == "place"
    assert context_cue("shares of the company Andes Litio", 22, []) == "org"
    assert context_cue("talks with Andes Litio", 11, []) == ""


def test_an_office_before_a_comma_supports_the_name_after_it(parts):
    got = people(parts, "Peru's Minister of Energy, Rosa Quispe Mamani, told reporters the government would appeal.")
    assert got["Rosa Quispe Mamani"]["role"] == "Minister of Energy of Peru"


def test_outlet_named_as_source_is_no_participant(parts):
    found, _ = parts("According to Daily Clarion, the Supreme Court ruled on Monday.", outlet="Daily Clarion")
    assert "Daily Clarion" not in found
    assert found["Supreme Court"]["kind"] == "organization"


def test_organizations_get_acronyms_and_context_full_names(parts):
    got = of_kind(parts, "Peru asked the Organization of American States (OAS) for observers. The OAS agreed. "
                         "Both are members of BRICS, Shanghai, and the Eurasian Economic Union.", "organization")
    assert got["Organization of American States"]["aliases"] == ["OAS"]
    assert got["Organization of American States"]["mentions"] == 2
    assert "Shanghai Cooperation Organization" in got


def test_countries_under_one_short_name(parts):
    got = of_kind(parts, "Officials of the Islamic Republic of Iran welcomed the Chinese-brokered deal. "
                         "Türkiye and Turkey's allies agreed. Ships sailed in the Persian Gulf to South America. "
                         "The envoy stayed in Tehran.", "country")
    assert set(got) == {"Iran", "China", "Turkey"}
    assert got["Iran"]["aliases"] == ["Islamic Republic of Iran"]
    assert got["Turkey"]["aliases"] == ["Türkiye"]


def test_a_state_or_river_named_after_a_country_is_no_country_mention(parts):
    got = of_kind(parts, "Gunmen attacked a village in Niger State, Nigerian police said. Boats sank on the "
                         "Congo River.", "country")
    assert set(got) == {"Nigeria"}


def test_a_capital_as_subject_stands_for_its_country(parts):
    got = of_kind(parts, "Warsaw said on Monday it would send more troops.", "country")
    assert set(got) == {"Poland"}


def _extra_cases() -> list[Path]:
    return sorted(EXTRA.glob("*.expected.json"))


def _keys(p: dict) -> set[str]:
    return {p["name"].casefold(), *(a.casefold() for a in p["aliases"])}


@pytest.fixture(scope="module")
def extra_records() -> dict[str, dict]:
    texts = sorted(EXTRA.glob("*.txt"))
    records = parse_batch([RawInput(p.name, p.read_bytes()) for p in texts])
    return {p.stem: r.model_dump() for p, r in zip(texts, records, strict=True)}


@pytest.mark.parametrize("case", _extra_cases(), ids=lambda p: p.name.split(".")[0])
def test_extra_article_participants(extra_records, case: Path):
    expected = json.loads(case.read_text(encoding="utf-8"))
    record = extra_records[case.name.split(".")[0]]
    got = [p for p in record["participants"] if p["kind"] == "person"]
    problems = []
    for want in expected["people"]:
        hit = [p for p in got if _keys(p) & _keys(want)]
        if len(hit) != 1:
            problems.append(f"{want['name']}: {len(hit)} matches")
            continue
        if not _keys(want) <= _keys(hit[0]):
            problems.append(f"{want['name']}: aliases {hit[0]['aliases']}")
        if "country" in want and hit[0]["country"] != want["country"]:
            problems.append(f"{want['name']}: country {hit[0]['country']}")
        if want.get("role") and want["role"].casefold() not in (hit[0]["role"] or "").casefold():
            problems.append(f"{want['name']}: role {hit[0]['role']}")
    wanted = set().union(*(_keys(w) for w in expected["people"]))
    problems += [f"extra person {p['name']}" for p in got if not _keys(p) & wanted]
    names = set().union(*(_keys(p) for p in record["participants"]))
    problems += [f"not a person: {n}" for n in expected["not_people"] if n.casefold() in
                 set().union(*(_keys(p) for p in got))]
    problems += [f"missing organization {o}" for o in expected["organizations"] if o.casefold() not in names]
    countries = {p["name"] for p in record["participants"] if p["kind"] == "country"}
    if countries != set(expected["countries"]):
        problems.append(f"countries {sorted(countries)}")
    assert problems == []


SETS = {
    "seeds": (SHARED / "seeds", SHARED / "gold", 0.95),
    "dev": (SHARED / "dev" / "articles", SHARED / "dev" / "gold", 0.95),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_people_f1_stays_above_its_floor(score_fn, tmp_path: Path, name: str):
    articles, gold, floor = SETS[name]
    if not gold.is_dir():
        pytest.skip(f"{gold} is not available")
    items = [RawInput(p.name, p.read_bytes()) for p in sorted(articles.glob("*.txt"))]
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(r.model_dump_json() + "\n" for r in parse_batch(items)), encoding="utf-8")
    assert round(score_fn(gold, pred)["metrics"]["people_f1"], 3) >= floor


def test_a_companys_short_name_is_no_person(parts):
    got = people(parts, "Oslo-listed Tandberg Metals closed its smelter on Friday, chief executive Lena Ruud said. "
                        "Tandberg said the shutdown would last a month.")
    assert set(got) == {"Lena Ruud"}


def test_a_short_name_before_a_legal_suffix_is_no_person(parts):
    got = people(parts, "Shares in Korvane Holdings rose. Korvane said orders doubled, according to Maya Lind.")
    assert "Korvane" not in got


def test_project_names_and_title_case_posts_are_no_people(parts):
    got = people(parts, "The Health Minister's Focal Person on Dengue, Dr Sana Mirza, visited Project Redcliff "
                        "on Tuesday.")
    assert set(got) == {"Sana Mirza"}


def test_a_full_name_as_modifier_is_a_person_but_a_lone_surname_is_not(parts):
    got = people(parts, "Rovers went ahead from a Daniel Okafor corner in the 30th minute, and Okafor later hit "
                        "the post. The Obama administration had opened the ground.")
    assert set(got) == {"Daniel Okafor"}
