"""Numbers and dates as written in Chinese speeches, defined once for every rule that reads
them: the Chinese digits, the numbers of list markers and headings (一、 二是 第三), the
grammar of months and days, and ISO dates; the value of any written number (to_float)."""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cache
from typing import Any

ZEROS = "零〇"
DIGITS = "一二三四五六七八九"
DIGIT_VALUES = {ch: value for value, ch in enumerate(DIGITS, start=1)} | dict.fromkeys(ZEROS, 0)
MAGNITUDES = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
CN_DIGIT_CHARS = ZEROS + DIGITS + "两"
CN_NUMBER_CHARS = CN_DIGIT_CHARS + "十百千万亿点半"
FULL_WIDTH_DIGITS = "０１２３４５６７８９"

# Regular-expression pieces.
CN_COUNT = f"[{DIGITS}十]{{1,3}}"  # 一 … 九十九: list markers, headings, ordinals
CN_QUANTITY = f"[{ZEROS}{DIGITS}十百千两]+(?:点[{ZEROS}{DIGITS}]+)?"  # 二十三点五, 一百二十
YEAR = rf"(?:1[89]|20)\d{{2}}|[{ZEROS}{DIGITS}]{{4}}|(?:20|19)?[Xx×]{{2}}"  # 2016 二〇一六 20XX
MONTH = rf"1[0-2]|0?[1-9]|十[一二]?|[{DIGITS}]"
DAY = rf"3[01]|[12]\d|0?[1-9]|三十一?|二?十[{DIGITS}]?|[{DIGITS}十]"
MONTH_PART = "份|底|初|末|中旬|上旬|下旬"  # 6月份, 6月底, 6月中旬
YEAR_PART = r"[上下]半年|第?[一二三四1-4]季度"
BY = "前|之前|以前"  # 6月底前: a deadline
ARABIC_WITH_MAGNITUDE = re.compile(r"(\d+(?:\.\d+)?)([十百千万亿]+)")  # 2.7万亿


def small_number(text: str) -> int:
    """The value of a list marker's number: Arabic digits or 一 … 九十九."""
    if text.isdigit():
        return int(text)
    if text[0] == "十":
        return 10 + (DIGIT_VALUES[text[1]] if len(text) > 1 else 0)
    if len(text) > 1 and text[1] == "十":
        return DIGIT_VALUES[text[0]] * 10 + (DIGIT_VALUES[text[2]] if len(text) > 2 else 0)
    return DIGIT_VALUES[text[0]]


def iso_date(year: str | None, month: str | None = None, day: str | None = None) -> str | None:
    """2016-06-12, 2016-06 or 2016 from the parts as written (二〇一六, 06, 十二…); None
    without a real year (20XX) or when the month or day cannot be."""
    if not year or not (year := _year(year)):
        return None
    if not month:
        return year
    month_number = to_float(month)
    if month_number is None or not 1 <= month_number <= 12:
        return None
    if not day:
        return f"{year}-{int(month_number):02d}"
    number = to_float(day)
    try:
        return date(int(year), int(month_number), int(number or 0)).isoformat()
    except ValueError:  # 2月31日
        return None


def parse_date(text: str) -> str | None:
    """The ISO date of a whole date as pages print it: 2016-05-12, 2016/5/12, 2016.5.12,
    2016年5月12日."""
    match = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", text.strip())
    return iso_date(*match.groups()) if match else None


ISSUE = re.compile(r"(?:(\d{4})\s*年\s*)?第\s*(\d{1,3})\s*期")


def parse_issue(text: str) -> str | None:
    """A journal's issue as references write it (2024(3), or 3 without its year) for the way
    a journal prints it (2024年第3期, 第3期), or None."""
    match = ISSUE.fullmatch(text.strip())
    if match is None:
        return None
    year, number = match.groups()
    return f"{year}({int(number)})" if year else str(int(number))


def _year(year: str) -> str | None:
    year = "".join(str(DIGIT_VALUES[ch]) if ch in DIGIT_VALUES else ch for ch in year)
    return year if year.isdigit() and len(year) == 4 else None


def to_float(number: str) -> float | None:
    """The value of a written number (no unit), or None when it cannot be read.

    cn2an reads the number alone ("smart" mode mixes Arabic digits and 万/亿); magnitudes
    written bare (百、千万) and fractions (五分之一, 百分之二十三点五) are read here.
    """
    number = unicodedata.normalize("NFKC", number).replace(",", "").strip()
    number = re.sub(r"(?<=\d)·(?=\d)", ".", number)  # 12·5: old typesetting's decimal point
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
        return float(_magnitude(number))
    arabic = ARABIC_WITH_MAGNITUDE.fullmatch(number)
    if arabic:  # 2.7万亿: cn2an reads 2.7万 and 100万亿 but not the two together
        return float(arabic.group(1)) * _magnitude(arabic.group(2))
    try:
        return float(_cn2an().cn2an(number, "smart"))
    except (ValueError, KeyError, IndexError):
        return None


def _magnitude(chars: str) -> int:
    value = 1
    for ch in chars:
        value *= MAGNITUDES[ch]
    return value


@cache
def _cn2an() -> Any:
    import cn2an  # 0.2 s to import; loaded on the first Chinese numeral, not at start-up
    return cn2an
