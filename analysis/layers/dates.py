"""Dates: 2016年、6月12日、4月30日前、上半年、三季度、20xx年; ISO values where the year is known.
A date ending in 前/之前/以前 is a deadline (analysis/layers/directives.py reads it from here)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.language.numerals import (
    BY,
    DAY,
    DIGITS,
    MONTH,
    MONTH_PART,
    YEAR,
    YEAR_PART,
    ZEROS,
    iso_date,
)

DATE = re.compile(
    rf"(?<![0-9０-９.])(?=[0-9{ZEROS}{DIGITS}十上下第Xx×])(?:(?P<year>{YEAR})年度?)?"
    rf"(?:(?P<month>{MONTH})月(?:(?P<day>{DAY})[日号]|{MONTH_PART})?|(?P<part>{YEAR_PART}))?"
    rf"(?P<by>{BY})?")
# Accidents are named by their date: 4.23龙祥铅锌较大事故.
ACCIDENT_DATE = re.compile(
    r"(?<![0-9.])(1[0-2]|[1-9])[.·．]([0-3]\d)(?=[\u4e00-\u9fff]{2,12}?事故)")


@dataclass(slots=True)
class Date:
    start: int
    end: int
    text: str
    value: str | None
    deadline: bool = False  # 6月底前: by then

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value}


def find_dates(text: str) -> list[Date]:
    dates = []
    for match in DATE.finditer(text):
        if not (match.group("year") or match.group("month") or match.group("part")):
            continue
        if text[max(0, match.start() - 1):match.start()] == "个" and not match.group("year"):
            continue  # 三个月 is a duration
        value = None if match.group("part") else iso_date(
            match.group("year"), match.group("month"), match.group("day"))
        dates.append(Date(match.start(), match.end(), match.group(), value,
                          deadline=bool(match.group("by"))))
    for match in ACCIDENT_DATE.finditer(text):
        dates.append(Date(match.start(), match.end(), match.group(), None))
    dates.sort(key=lambda date: date.start)
    return dates
