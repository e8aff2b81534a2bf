"""Bytes → str with a real encoding detector, and the check that a text is readable Chinese."""
from __future__ import annotations

import re

import charset_normalizer

from analysis.errors import InputError

MIN_CJK = 10
MAX_ODD_SHARE = 0.05
WHITESPACE = re.compile(r"\s")
COMMON_CJK = re.compile("[\u4e00-\u9fff]")
# Control and private-use characters, replacement marks, and what mojibake fills text with:
# accented Latin letters (GBK read as a Latin code page), rare CJK Extension A, Hangul.
ODD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff"
                 "\u00c0-\u024f\u3400-\u4dbf\uac00-\ud7af]")


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding). The detector sees the whole file: on a prefix it guesses wrong."""
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        reason = "binary data, not text" if b"\x00" in data else "no text encoding fits these bytes"
        raise InputError(name, reason)
    encoding = _canonical(best.encoding, data)
    text = str(best)
    text = text.removeprefix("\ufeff")
    return text, encoding


def check_chinese(text: str, name: str, encoding: str | None = None) -> None:
    """Reject text that is not readable Chinese: binary noise, mojibake, or another language."""
    visible = len(text) - len(WHITESPACE.findall(text))
    cjk = COMMON_CJK.subn("", text)[1]
    odd = ODD.subn("", text)[1]
    how = f" (read as {encoding})" if encoding else ""
    if visible and odd / visible > MAX_ODD_SHARE:
        raise InputError(name, f"the text is garbage{how}: {odd} of {visible} characters "
                               "are control, private-use or unusual symbols")
    if cjk < MIN_CJK:
        raise InputError(name, f"no Chinese text found{how}")


def _canonical(encoding: str, data: bytes) -> str:
    name = encoding.replace("_", "-")
    if name == "utf-8" and data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    return name
