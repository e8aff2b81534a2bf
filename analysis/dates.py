"""Dates: 2016年、6月12日、4月30日前、上半年、三季度、20xx年; ISO values where the year is known."""
from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.numerals import to_float

CN_DIGIT = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")} | {"零": "0"}  # year digits
_CN_SMALL = "[一二三四五六七八九十]"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2}|[〇零一二三四五六七八九]{4}|(?:20|19)?[Xx×]{2})年度?"
_MONTH = r"(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
_DAY = rf"(?P<day>3[01]|[12]\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|{_CN_SMALL})[日号]"
_PART = r"(?P<part>[上下]半年|第?[一二三四1-4]季度)"
_DEADLINE = r"(?:前|之前|以前)?"
DATE = re.compile(
    rf"(?<![0-9０-９.])(?=[0-9〇零一二三四五六七八九十上下第Xx×])(?:{_YEAR})?"
    rf"(?:{_MONTH}(?:{_DAY}|份|底|初|末|中旬|上旬|下旬)?|{_PART})?{_DEADLINE}")
# Accidents are named by their date: 4.23龙祥铅锌较大事故.
ACCIDENT_DATE = re.compile(
    r"(?<![0-9.])(1[0-2]|[1-9])[.·．]([0-3]\d)(?=[\u4e00-\u9fff]{2,12}?事故)")


@dataclass
class Date:
    start: int
    end: int
    text: str
    value: str | None

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value}


def find_dates(text: str) -> list[Date]:
    dates = []
    for match in DATE.finditer(text):
        if not (match.group("year") or match.group("month") or match.group("part")):
            continue
        if text[max(0, match.start() - 1):match.start()] == "个" and not match.group("year"):
            continue  # 三个月 is a duration
        dates.append(Date(match.start(), match.end(), match.group(), _iso(match)))
    for match in ACCIDENT_DATE.finditer(text):
        dates.append(Date(match.start(), match.end(), match.group(), None))
    dates.sort(key=lambda date: date.start)
    return dates


def _iso(match: re.Match) -> str | None:
    year = match.group("year")
    if not year or year[-1] in "Xx×":
        return None
    year = "".join(CN_DIGIT.get(ch, ch) for ch in year)
    if match.group("part"):
        return None
    month, day = match.group("month"), match.group("day")
    if not month:
        return year
    value = f"{year}-{int(to_float(month)):02d}"
    return f"{value}-{int(to_float(day)):02d}" if day else value
