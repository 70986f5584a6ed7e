"""Bytes to text: detect the encoding, refuse what is not text."""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from parsers.errors import ParseError

# Byte-order marks say the encoding outright: no guessing when one is present (longest first).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Leading bytes of common binary formats, so the reason can name what the file is.
MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
)
# A real UTF-8 multi-byte sequence: if a file has these AND invalid bytes, it is corrupt UTF-8, not legacy text.
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_CHAOS = 0.2  # charset-normalizer "mess" above this is not text in any encoding
MAX_CONTROL_SHARE = 0.01
DEFAULT_LEGACY = "cp1252"
UTF16_NUL_SHARE = 0.6  # share of high bytes that are NUL in UTF-16 of mostly Latin text


def decode(data: bytes, *, max_bytes: int) -> str:
    """Return NFC text of `data` with \\n line ends, or raise ParseError naming why it is not an article."""
    if len(data) > max_bytes:
        raise ParseError(f"file too large: {len(data)} bytes (limit {max_bytes})")
    if not data.strip():
        raise ParseError("empty file")
    text = _to_text(data)
    if CONTROL.search(text) and len(CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise ParseError("binary data: too many control characters for text")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise ParseError("empty file")
    return text


def _to_text(data: bytes) -> str:
    """Decode by byte-order mark, then strict UTF-8, then a charset-normalizer guess for legacy encodings."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                raise ParseError(f"invalid {encoding.upper()} after its byte-order mark at byte {exc.start}") from None
    kind = next((name for magic, name in MAGIC if data.startswith(magic)), None)
    if kind:
        raise ParseError(f"binary file ({kind}), not text")
    if b"\x00" in data:
        return _utf16_without_bom(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if UTF8_MULTIBYTE.search(data):
            raise ParseError(f"invalid UTF-8 at byte {exc.start} (corrupt or mixed encoding)") from None
    return _legacy(data)


def _utf16_without_bom(data: bytes) -> str:
    """Decode UTF-16 that lost its byte-order mark (NUL in every other byte of Latin text), else refuse as binary."""
    need = UTF16_NUL_SHARE * (len(data) // 2)
    odd, even = data[1::2].count(0), data[0::2].count(0)
    encoding = "utf-16-le" if odd >= need > even else "utf-16-be" if even >= need > odd else None
    if encoding and len(data) % 2 == 0:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    raise ParseError("binary file (NUL bytes), not text")


def _legacy(data: bytes) -> str:
    """Decode a legacy (single-byte) encoding chosen by charset-normalizer; ties go to Windows-1252."""
    results = from_bytes(data)
    best = results.best()
    if best is None or best.chaos > MAX_CHAOS:
        raise ParseError("undecodable: not UTF-8 and no known text encoding fits")
    # Several code pages often fit equally well; English news pages in a legacy encoding are nearly always cp1252.
    tied = [m for m in results if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    return str(next((m for m in tied if DEFAULT_LEGACY in m.could_be_from_charset), best))
