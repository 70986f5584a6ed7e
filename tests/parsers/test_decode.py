"""Bytes to text: encodings that must decode, inputs that must be refused with a one-line reason."""

from __future__ import annotations

import pytest

from parsers.decode import decode
from parsers.errors import ParseError

TEXT = "Iran\u2019s envoy said \u201cwe will meet\u201d in M\u00fcnchen, caf\u00e9 \u00e0 la carte. " * 4
LIMIT = 1_000_000


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),  # with its byte-order mark
    b"\xfe\xff" + TEXT.encode("utf-16-be"),
    TEXT.encode("cp1252"),
])
def test_known_encodings_decode_to_the_same_text(data):
    assert decode(data, max_bytes=LIMIT) == TEXT


def test_latin1_article_decodes_through_charset_detection():
    text = "Der Au\u00dfenminister \u00e4u\u00dferte sich \u00fcber die Gespr\u00e4che in K\u00f6ln. " * 6
    assert decode(text.encode("latin-1"), max_bytes=LIMIT) == text


def test_output_is_nfc_with_unix_line_ends():
    assert decode("Cafe\u0301 one\r\ntwo\rthree".encode(), max_bytes=LIMIT) == "Caf\u00e9 one\ntwo\nthree"


def test_quote_marks_are_kept_as_typed():
    text = "He said \"yes\" and \u201cno\u201d and \u2018maybe\u2019."
    assert decode(text.encode(), max_bytes=LIMIT) == text


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b" \n\t\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image)"),
    (b"%PDF-1.7\n%\xe2\xe3", "binary file (PDF document)"),
    (b"plain text\x00with NUL bytes", "binary file (NUL bytes)"),
    ("ok \u201cquoted\u201d text ".encode() + b"\xff\xfe" + b" more", "invalid UTF-8 at byte"),
    (b"\xef\xbb\xbfUTF-8 mark then \xff\xfe junk", "invalid UTF-8-SIG after its byte-order mark"),
])
def test_refused_inputs_name_the_reason(data, reason):
    with pytest.raises(ParseError) as err:
        decode(data, max_bytes=LIMIT)
    assert reason in err.value.reason and "\n" not in err.value.reason


def test_oversize_input_is_refused_before_decoding():
    with pytest.raises(ParseError, match=r"file too large: 2001 bytes \(limit 2000\)"):
        decode(b"a" * 2001, max_bytes=2000)


def test_control_character_soup_is_not_text():
    with pytest.raises(ParseError, match="control characters"):
        decode(bytes(range(1, 32)) * 20, max_bytes=LIMIT)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_that_lost_its_byte_order_mark_still_decodes(encoding):
    assert decode(TEXT.encode(encoding), max_bytes=LIMIT) == TEXT
