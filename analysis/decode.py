"""Bytes → str with a real encoding detector, and a check that the result is Chinese text."""
from __future__ import annotations

import unicodedata

import charset_normalizer

from analysis.errors import InputError

MIN_CJK = 10
MAX_ODD_SHARE = 0.05


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding). The detector sees the whole file: on a prefix it guesses wrong."""
    if not data.strip():
        raise InputError(name, "the file is empty")
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        reason = "binary data, not text" if b"\x00" in data else "no text encoding fits these bytes"
        raise InputError(name, reason)
    encoding = _canonical(best.encoding, data)
    text = str(best)
    if text.startswith("\ufeff"):
        text = text[1:]
    check_chinese(text, name, encoding)
    return text, encoding


def check_chinese(text: str, name: str, encoding: str | None = None) -> None:
    """Reject text that is not readable Chinese: binary noise, mojibake, or another language."""
    visible = [ch for ch in text if not ch.isspace()]
    cjk = sum(1 for ch in visible if _is_common_cjk(ch))
    odd = sum(1 for ch in visible if _is_odd(ch))
    how = f" (read as {encoding})" if encoding else ""
    if visible and odd / len(visible) > MAX_ODD_SHARE:
        raise InputError(name, f"the text is garbage{how}: {odd} of {len(visible)} characters "
                               "are control, private-use or rare symbols")
    if cjk < MIN_CJK:
        raise InputError(name, f"no Chinese text found{how}")


def _canonical(encoding: str, data: bytes) -> str:
    names = {"utf_8": "utf-8", "gb18030": "gb18030", "gbk": "gbk", "gb2312": "gb2312",
             "big5": "big5", "big5hkscs": "big5hkscs", "utf_16": "utf-16", "utf_16_le": "utf-16-le",
             "utf_16_be": "utf-16-be", "utf_32": "utf-32"}
    name = names.get(encoding, encoding.replace("_", "-"))
    if name == "utf-8" and data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    return name


def _is_common_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _is_odd(ch: str) -> bool:
    if ch == "\ufffd":
        return True
    category = unicodedata.category(ch)
    if category in ("Cc", "Co", "Cs", "Cn"):
        return True
    # Mojibake of GBK read as a Latin code page fills the text with accented Latin letters.
    return "\u00c0" <= ch <= "\u024f" or "\u3400" <= ch <= "\u4dbf" or "\uac00" <= ch <= "\ud7af"
