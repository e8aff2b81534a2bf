"""Numbers as written in Chinese speeches: Arabic, full-width, Chinese, fractions, magnitudes."""
from __future__ import annotations

import unicodedata
from functools import cache

MAGNITUDES = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
CN_DIGIT_CHARS = "零〇一二三四五六七八九两"
CN_NUMBER_CHARS = CN_DIGIT_CHARS + "十百千万亿点半"


def to_float(number: str) -> float | None:
    """The value of a written number (no unit), or None when it cannot be read.

    cn2an reads the number alone ("smart" mode mixes Arabic digits and 万/亿); magnitudes
    written bare (百、千万) and fractions (五分之一, 百分之二十三点五) are read here.
    """
    number = unicodedata.normalize("NFKC", number).replace(",", "").strip()
    if not number:
        return None
    if number == "半":
        return 0.5
    if number.startswith("百分之"):
        return to_float(number[3:])
    if "分之" in number:
        denominator, numerator = number.split("分之", 1)
        top, bottom = to_float(numerator), to_float(denominator)
        return None if top is None or not bottom else top / bottom * 100
    if all(ch in MAGNITUDES for ch in number):
        value = 1
        for ch in number:
            value *= MAGNITUDES[ch]
        return float(value)
    try:
        return float(_cn2an().cn2an(number, "smart"))
    except (ValueError, KeyError, IndexError):
        return None


@cache
def _cn2an():
    import cn2an  # 0.2 s to import; loaded on the first Chinese numeral, not at start-up
    return cn2an
