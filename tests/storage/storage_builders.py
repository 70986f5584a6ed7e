"""Small builders for ArticleRecord objects, so storage tests do not depend on the parser."""

from __future__ import annotations

import hashlib

from schemas import ArticleRecord

IRAN_POLITICS = [{"code": "medtop:20000639", "label": "diplomacy", "score": 0.8}]


def person(name: str, *, role: str | None = None, country: str | None = None, aliases: list[str] | None = None) -> dict:
    return {"name": name, "kind": "person", "role": role, "country": country, "aliases": aliases or []}


def quote(text: str, speaker: str | None, *, kind: str = "direct") -> dict:
    return {"text": text, "kind": kind, "speaker": {"name": speaker, "kind": "person"} if speaker else None,
            "cue": "said", "span": (0, len(text))}


def article(key: str, body: str, **fields) -> ArticleRecord:
    """A valid record whose id and raw hash derive from `key`."""
    digest = hashlib.sha256(key.encode()).hexdigest()
    return ArticleRecord.model_validate({
        "id": digest[:32], "body": body,
        "provenance": {"file": f"{key}.txt", "sha256": digest, "parser_version": "test"}, **fields,
    })


def corpus() -> list[ArticleRecord]:
    """Six articles covering every filter: outlets, dates, topics, participants, quotes."""
    return [
        article("a1", "Iranian President Ebrahim Raisi met Vladimir Putin to discuss nuclear sanctions relief.",
                title="Raisi meets Putin", published="2024-01-10", source={"outlet": "Tehran Times"},
                participants=[person("Ebrahim Raisi", role="President", country="Iran"), person("Vladimir Putin")],
                quotes=[quote("Sanctions have failed", "Ebrahim Raisi")], topics=IRAN_POLITICS),
        article("a2", "Raeisi told reporters the nuclear programme is peaceful and sanctions are unjust.",
                title="Raeisi on the programme", published="2024-02-05", source={"outlet": "Press TV"},
                participants=[person("Ebrahim Raeisi", country="Iran")],
                quotes=[quote("the programme is peaceful", "Ebrahim Raeisi", kind="indirect")]),
        article("a3", "Major General Mohammad Bagheri inspected the army drills near the border.",
                title="Army drills", published="2024-03-01",
                source={"outlet": "Tehran Times", "credited_source": "IRNA"},
                participants=[person("Mohammad Bagheri", role="Chief of Staff", country="Iran")],
                topics=[{"code": "medtop:20000062", "label": "war", "score": 0.6}]),
        article("a4", "Ali Bagheri Kani, the nuclear negotiator, flew to Vienna for talks on the deal.",
                title="Negotiator in Vienna", published="2024-03-15", source={"outlet": "Mehr"},
                participants=[person("Ali Bagheri Kani", role="negotiator", country="Iran", aliases=["Bagheri"])],
                quotes=[quote("We want a good deal", "Ali Bagheri Kani")], topics=IRAN_POLITICS),
        article("a5", "Mohammad Baqeri said the armed forces are ready for any scenario.",
                title="Forces ready", published="2024-04-02", source={"outlet": "Press TV"},
                participants=[person("Mohammad Baqeri", role="Chief of Staff", country="Iran")],
                quotes=[quote("the armed forces are ready", "Mohammad Baqeri", kind="indirect")]),
        article("a6", "Weather: heavy rain expected across the northern provinces this weekend.",
                title="Rain ahead", source={"outlet": "Mehr"}),
    ]
