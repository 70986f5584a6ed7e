"""Pairing double quotation marks: every mark style, reopened paragraphs, unclosed and stray marks."""

from __future__ import annotations

import pytest

from parsers.quote_spans import find_mark_spans


def texts(field: str) -> list[str]:
    return [s.text(field) for s in find_mark_spans(field)]


@pytest.mark.parametrize(
    "field",
    [
        'He said "we will stay," and left.',
        "He said \u201cwe will stay,\u201d and left.",
        'He said "we will stay,\u201d and left.',  # straight open, curly close
        "He said \u201cwe will stay,\" and left.",  # curly open, straight close
        "He said \u201cwe will stay,\u201c and left.",  # closing typed as an opening mark
        "He said \u00abwe will stay,\u00bb and left.",
    ],
)
def test_every_mark_style_delimits_the_same_words(field):
    assert texts(field) == ["we will stay,"]


def test_single_quotes_and_apostrophes_are_not_quotes():
    assert texts("The 'Shadow Fleet' section and Russia's tankers.") == []


def test_interrupted_quote_gives_two_spans():
    field = '"Our job," she said, "is to keep prices stable."'
    assert texts(field) == ["Our job,", "is to keep prices stable."]


def test_reopened_paragraph_gives_one_span_per_paragraph():
    field = '"First paragraph of the statement.\n\n"Second paragraph ends here," he said.'
    spans = find_mark_spans(field)
    assert [s.text(field) for s in spans] == ["First paragraph of the statement.", "Second paragraph ends here,"]
    assert spans[0].close_mark is None and spans[1].close_mark is not None


def test_quote_closed_paragraphs_later_is_one_span():
    field = '"One.\n\nTwo.\n\nThree." The end.'
    assert texts(field) == ["One.\n\nTwo.\n\nThree."]


def test_unclosed_quote_runs_to_the_end_of_the_text():
    field = 'The court wrote: "The petition is replete with allegations that must be threshed out  \n'
    assert texts(field) == ["The petition is replete with allegations that must be threshed out"]


def test_closing_mark_without_opening_delimits_nothing():
    field = "the necessity of peaceful settlement\u201d within the law and \u201cthe sovereignty\u201d of states"
    assert texts(field) == ["the sovereignty"]


def test_span_indexes_the_field_exactly():
    field = 'A "  padded quote  " and \u201csecond\u201d.\n\n"third'
    for span in find_mark_spans(field):
        assert field[span.start:span.end] == span.text(field)
        assert span.text(field) == span.text(field).strip()
