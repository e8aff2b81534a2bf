"""Bytes → str with a real encoding detector, and the check that a text is readable Chinese."""
from __future__ import annotations

import re

import charset_normalizer

from analysis.errors import InputError

MIN_CJK = 10
# Chinese in UTF-16 has a NUL byte only beside ASCII (newlines, digits): a few percent.
MAX_NUL_SHARE = 0.3
UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
MAX_ODD_SHARE = 0.05
WHITESPACE = re.compile(r"[^\S\x0b\x0c\x1c-\x1f]")  # not \v, \f, \x1c–\x1f: those are odd
COMMON_CJK = re.compile("[\u4e00-\u9fff]")
# Control and private-use characters, replacement marks, and what mojibake fills text with:
# accented Latin letters (GBK read as a Latin code page), rare CJK Extension A, Hangul.
ODD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff"
                 "\u00c0-\u024f\u3400-\u4dbf\uac00-\ud7af]")


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding). The detector sees the whole file: on a prefix it guesses wrong."""
    sample = data[:65536]
    if sample.count(0) > len(sample) * MAX_NUL_SHARE and not data.startswith(UTF16_32_BOMS):
        raise InputError(name, "binary data, not text")  # before the detector reads it all
    if not data.isascii():
        try:  # Chinese in a legacy encoding is never valid UTF-8; the detector costs 8× the file
            return data.decode("utf-8").removeprefix("\ufeff"), _canonical("utf-8", data)
        except UnicodeDecodeError:
            pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        damaged = _nearly_utf8(data)
        if damaged is not None:
            return damaged, "utf-8"
        if b"\x00" in data:
            raise InputError(name, "binary data, not text")
        raise InputError(name, "no text encoding fits these bytes")
    encoding = _canonical(best.encoding, data)
    text = str(best)
    text = text.removeprefix("\ufeff")
    return text, encoding


def check_chinese(text: str, name: str, encoding: str | None = None) -> None:
    """Reject text that is not readable Chinese: binary noise, mojibake, or another language."""
    visible = len(text) - _count(WHITESPACE, text)
    cjk = _count(COMMON_CJK, text)
    odd = _count(ODD, text)
    if visible and odd / visible > MAX_ODD_SHARE:
        if encoding:
            raise InputError(name, "the text is garbage (read as {encoding}): {odd} of {visible} "
                                   "characters are control, private-use or unusual symbols",
                             encoding=encoding, odd=odd, visible=visible)
        raise InputError(name, "the text is garbage: {odd} of {visible} characters are control, "
                               "private-use or unusual symbols", odd=odd, visible=visible)
    if cjk < MIN_CJK:
        if encoding:
            raise InputError(name, "no Chinese text found (read as {encoding})",
                             encoding=encoding)
        raise InputError(name, "no Chinese text found")


def _count(pattern: re.Pattern, text: str, piece: int = 2**18) -> int:
    """Matches of a one-character pattern, a piece at a time: subn() on a whole big text
    builds a list as long as the text."""
    return sum(pattern.subn("", text[start:start + piece])[1]
               for start in range(0, len(text), piece))


def _nearly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few damaged bytes (a file cut off mid-character, a stray byte), which
    the detector gives up on: the text with those bytes replaced by U+FFFD."""
    text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    damaged = text.count("\ufffd")
    return text if damaged <= max(8, len(text) // 1000) else None


def _canonical(encoding: str, data: bytes) -> str:
    name = encoding.replace("_", "-")
    if name == "utf-8" and data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    return name
