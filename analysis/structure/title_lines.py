"""The lines around a speech's title that say who spoke, where and when, as pages print them:

    2026年浙江省政府工作报告
    2026年1月14日在浙江省第十四届人民代表大会第四次会议上      (occasion line)
    浙江省省长 刘捷                                             (speaker line)

and a title run into its body on one line, as text scraped from a table comes:

    在打好精准脱贫攻坚战座谈会上的讲话（2018年2月12日）习近平党的十八大以后，…
"""
from __future__ import annotations

import re

from analysis.language.numerals import parse_date
from analysis.language.tokens import first_word
from analysis.structure.markers import GENRE
from analysis.structure.metadata import ROLE_WORDS, is_name, person

DATE = r"\d{4}年\d{1,2}月\d{1,2}日"
OCCASION_LINE = re.compile(
    rf"^(?:——|—|--)?\s*[（(]?(?P<date>{DATE})?\s*在(?P<occasion>[^。！？；，,（）()]{{4,50}}?)"
    r"(?:上|开幕式上|闭幕式上)[）)]?$")
# The first half of an occasion line wrapped in two: ——2026年1月26日在广东省第十四届
OCCASION_START = re.compile(rf"^(?:——|—|--)?\s*[（(]?{DATE}\s*在[^。！？；，,]{{2,40}}$")
SPEAKER_LINE = re.compile(
    rf"^(?P<role>[\u4e00-\u9fff（）()]{{0,24}}?(?:{ROLE_WORDS}))\s?(?P<name>[\u4e00-\u9fff·]{{2,4}})$")
GLUED_TITLE = re.compile(
    rf"^(?P<title>[^。！？；，,]{{2,58}}{GENRE})\s*[（(](?P<date>{DATE})[）)](?P<rest>.+)$")


def occasion_line(line: str) -> tuple[str, str | None] | None:
    """(occasion, ISO date or None) of a line like 2026年1月14日在…会议上, else None."""
    match = OCCASION_LINE.match(line)
    if not match:
        return None
    return match.group("occasion"), parse_date(match.group("date") or "")


def speaker_line(line: str) -> str | None:
    """浙江省省长 刘捷 → "浙江省省长 刘捷" (the role and the name), else None."""
    match = SPEAKER_LINE.match(line)
    if not match or not is_name(match.group("name"), after_role=True):
        return None
    return f"{match.group('role')} {match.group('name')}"


def split_glued_title(line: str) -> list[str]:
    """A title run into its body, as separate lines: title, （date）, speaker's name, body."""
    match = GLUED_TITLE.match(line)
    if not match:
        return [line]
    lines = [match.group("title"), f"（{match.group('date')}）"]
    rest = match.group("rest").lstrip()
    word, tag = first_word(rest, guess=True)
    if person(word, tag):
        lines.append(word)
        rest = rest[len(word):]
    return lines + ([rest] if rest else [])
