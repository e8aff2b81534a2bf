"""Patterns shared by cleaning, splitting and the outline: labels, titles, openings, closings."""
from __future__ import annotations

import re

from analysis.language.numerals import CN_COUNT, small_number

# Outline headings, by rank: 一、 (or 第一个问题：, 第一部分) > （一） > 1. > （1）
HEADING_PATTERNS = [
    (1, re.compile(rf"(?P<label>第(?P<num>{CN_COUNT})(?:个问题|部分)[：:，,]?)")),
    (1, re.compile(rf"(?P<label>(?P<num>{CN_COUNT})[、.．])")),
    (2, re.compile(rf"(?P<label>[（(](?P<num>{CN_COUNT})[）)][、.．]?)")),
    (3, re.compile(r"(?P<label>(?P<num>\d{1,2})(?:[、．]|\.(?!\d)))")),
    (4, re.compile(r"(?P<label>[（(](?P<num>\d{1,2})[）)])")),
]

# Enumerated items inside the text: 一是…二是…, 一要…二要…, 第一，…第二，…, 首先…其次…
# 一是 and 一要 lists are one sequence: speakers mix them (一要…二是要…).
ITEM_PATTERNS = [
    ("di", re.compile(rf"(?P<label>第(?P<num>{CN_COUNT})[，,、：:])")),
    ("di", re.compile(r"(?P<label>(?P<num>首先|其次)(?:[，,]|是))")),
    ("shi", re.compile(rf"(?P<label>(?P<num>{CN_COUNT})(?:是|要))")),
]
# Items begin a paragraph or follow the end of a clause; 唯一是 / 统一要求 do not count.
ITEM_BOUNDARY = "。；;！!？?：:，,\n"

ORPHAN_LABEL = re.compile(
    rf"^(?:{CN_COUNT}、|[（(]{CN_COUNT}[）)]|\d{{1,2}}[.、．]|[（(]\d{{1,2}}[）)])$")

GENRE = r"(?:讲话|发言|致辞|讲话稿|讲话提纲|报告|工作报告|动员讲话|总结讲话|主持词|表态发言|讲稿)"
TITLE_LINE = re.compile(
    rf"^[^。！？；!?;，,]{{2,58}}{GENRE}(?:[（(][^）)]{{1,12}}[）)])?[。.]?$")
SUBTITLE_LINE = re.compile(rf"^(?:——|—|--)\s*[^。！？]{{2,58}}{GENRE}")

SALUTATION = re.compile(
    r"^(?:尊敬的|各位|同志们|女士们|先生们|老师们|朋友们)[^。！？]{0,40}[：:]$")
MEETING_OPENING = re.compile(
    r"^(?:今天|今天上午|今天下午|今晚|这次|此次|本次|[^。，,]{0,20}研究决定)[^。]{0,60}?"
    r"(?:召开|举行|在这里召开)[^。]{0,60}?(?:会|会议|大会|座谈会)")
CLOSING = re.compile(r"(?:谢谢大家|谢谢各位|谢谢！|谢谢!|我的讲话完了|我就讲这些|我就讲这么多"
                     r"|我就讲到这里|讲话到此结束)")

ORDINAL_WORDS = {"首先": 1, "其次": 2}


def cn_number(text: str) -> int:
    """The number of a label (一 … 九十九, 1, 首先), for ordering labels."""
    return ORDINAL_WORDS.get(text) or small_number(text)


def heading_at_start(paragraph: str) -> tuple[int, re.Match] | None:
    """The heading label a paragraph starts with, as (rank, match)."""
    for rank, pattern in HEADING_PATTERNS:
        match = pattern.match(paragraph)
        if match and len(paragraph) > match.end():
            return rank, match
    return None


def is_title_line(line: str) -> bool:
    return bool(TITLE_LINE.match(line)) and heading_at_start(line) is None


def is_opening(paragraph: str) -> bool:
    return bool(SALUTATION.match(paragraph) or MEETING_OPENING.match(paragraph))


def is_closing(paragraph: str) -> bool:
    tail = paragraph[-30:]
    return bool(CLOSING.search(tail))
