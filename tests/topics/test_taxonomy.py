"""The taxonomy and keyword table load as expected: active codes only, correct ancestry, no dangling keywords."""

from __future__ import annotations

import json

from parsers.topic_model import KEYWORDS_FILE, TAXONOMY_FILE, key, load_taxonomy, phrase_keys


def test_taxonomy_has_only_active_codes_with_known_parents(index):
    raw = json.loads(TAXONOMY_FILE.read_text(encoding="utf-8"))
    assert len(index.nodes) == len(raw) > 1000
    assert not any(t.get("retired") for t in raw)
    for node in index.nodes.values():
        assert node.parent is None or node.parent in index.nodes
        assert (node.parent is None) == (node.level == 1)


def test_top_level_ancestors(index):
    assert index.top("medtop:20000640") == "medtop:11000000"  # summit meeting < diplomacy < ... < politics
    assert index.top("medtop:20001287") == "medtop:02000000"  # supreme and high court < court < judiciary < crime
    assert index.top("medtop:20000449") == "medtop:07000000"  # epidemic and pandemic < ... < health
    assert index.top("medtop:15000000") == "medtop:15000000"
    assert len({index.top(c) for c in index.nodes}) == 17


def test_index_is_loaded_once(index):
    from parsers.topic_model import load_index

    assert load_index() is index


def test_keyword_table_points_at_existing_non_top_codes():
    nodes = load_taxonomy()
    table = json.loads(KEYWORDS_FILE.read_text(encoding="utf-8"))
    for code, words in table["keywords"].items():
        assert code in nodes and nodes[code].level > 1, code
        assert words and len(words) == len(set(words)), code


def test_key_normalizes_plurals_case_accents_and_possessives():
    assert key("Sanctions") == key("sanction")
    assert key("parties") == key("party")
    assert key("Détente") == "detente"
    assert key("Russia's") == "russia"
    assert key("crisis") == "crisis" and key("bus") == "bus"
    assert phrase_keys("oil-output cuts") == ("oil", "output", "cut")


def test_every_ambiguous_term_is_a_label_or_label_part():
    from parsers.topic_model import LABEL_SPLIT, PARENTHESIS

    terms = set()
    for node in load_taxonomy().values():
        label = PARENTHESIS.sub("", node.label).strip().casefold()
        terms |= {label, *(p.strip() for p in LABEL_SPLIT.split(label))}
    table = json.loads(KEYWORDS_FILE.read_text(encoding="utf-8"))
    assert set(table["ambiguous_label_terms"]) <= terms
