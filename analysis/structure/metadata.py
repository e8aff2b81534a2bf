"""Speech metadata from its title line and the lines around it: speaker role, occasion, date."""
from __future__ import annotations

import re

from analysis.language.numerals import parse_date

ROLE_WORDS = (r"(?:常务)?副?(?:书记|(?:省|市|区|县|州|镇|乡|旗|局|处|科|厅|部|院|校|所|社|行|队|站"
              r"|村|委员会|委|办)长|主任|主席|委员|总经理|经理|董事长|负责人|秘书长|巡视员|调研员"
              r"|总监|总工程师|同志)")
ROLE = re.compile(ROLE_WORDS + "$")
ON_OCCASION = re.compile(
    r"^(?P<who>[^在]{0,20}?)在(?P<occasion>.+?)(?:上|中|时|开幕式|闭幕式)?的?"
    r"(?:讲话|发言|致辞|报告|总结讲话|动员讲话|表态发言|主持词)")
SPEAKER_FIRST = re.compile(r"^(?P<who>[^在]{1,12}?)(?=[^在]{0,20}(?:讲话|发言|致辞))")
DATE_LINE = re.compile(r"^[（(]?(?P<date>(?:\d{4}|20[xX×]{2}|[xX×]{4})年\d{1,2}月\d{1,2}日)[）)]?$")


def parse_title(title: str) -> tuple[str | None, str | None]:
    """(speaker role, occasion) as the title states them."""
    title = title.strip().rstrip("。.")
    match = ON_OCCASION.match(title)
    if match:
        who = match.group("who").strip("：: ") or None
        occasion = match.group("occasion")
        occasion = re.sub(r"(?:上|中)$", "", occasion)
        return _role(who), occasion
    match = SPEAKER_FIRST.match(title)
    if match:
        return _role(_longest_role_prefix(title)), None
    return None, None


def date_line(line: str) -> tuple[bool, str | None]:
    """Is this line just a date (under a title)? Returns (is_date_line, ISO date or None)."""
    match = DATE_LINE.match(line)
    if not match:
        return False, None
    return True, parse_date(match.group("date"))


def _role(who: str | None) -> str | None:
    if not who:
        return None
    return who if ROLE.search(who) else None


def _longest_role_prefix(title: str) -> str | None:
    for end in range(min(len(title), 12), 1, -1):
        if ROLE.search(title[:end]):
            return title[:end]
    return None
