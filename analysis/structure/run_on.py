"""Paragraphs back for a run-on text: a speech pasted or scraped with its line breaks lost.

A line far longer than any paragraph is broken where an editor restoring the layout would
break it: before a heading run into its first sentence (一、保护和激发市场主体活力改革开放以来，…),
before a part's heading (第一个问题：…), before each 第X， item, around a line of address and a
source note, before a footnote mark, and at a turn of topic once the paragraph has run long
enough to have made its point.
"""
from __future__ import annotations

import bisect
import re

from analysis.language.numerals import CN_COUNT, DIGITS, small_number
from analysis.language.sentences import split_sentences
from analysis.language.tokens import words
from analysis.rules import Decision, Layer, rule

# No paragraph of a speech runs this long; a work report's longest come near 1,500 characters.
RUN_ON = 2000
# A turn of topic opens a paragraph only after this much of the one before.
TURN_AFTER = 150
# …and a run of instructions (要…) after this much.
INSTRUCTIONS_AFTER = 350

HEADING = re.compile(rf"{CN_COUNT}、")
PART = re.compile(rf"第{CN_COUNT}(?:个问题|部分)[：:，,]?")
TITLE_MIN, TITLE_MAX = 4, 24
# What the first clause of a paragraph opens with, read off the end of a heading run into it:
# the speaker's own voice (我在…讲过, 我们), a pointer (这些, 当前), a time (今年).
BODY_OPENS = re.compile(r"^(?:当前|目前|今年|去年|近年来|多年来|我(?!国)|这[是些个]|大家|各级|“)")
SINCE = "以来"  # 改革开放以来: a time frame opens the body
FRAME_OPENER = re.compile(r"(?:党的|自|从)$")
EVENT_VERBS = ("发生", "开始", "成立", "召开", "实施")  # 疫情发生以来: the frame takes its noun
ITEM = re.compile(rf"^第{CN_COUNT}[，,]")
ADDRESS = re.compile(r"^(?:同志们|各位代表|各位委员|女士们|先生们|朋友们)[，,、！!：:]")
SOURCE_NOTE = re.compile(r"^[（(][^（）()]{0,30}(?:讲话|发言|报告|致辞|講話)[^（）()]{0,6}[）)]")
FOOTNOTE = "※"
# 标题※习近平一当前，…: a title's footnote mark, the author, and the first section numeral.
AUTHOR_AFTER_MARK = re.compile(r"※([\u4e00-\u9fff]{2,4})(一)(?![是要方些个次、，,])")
# A sentence that turns to a new topic: looking back or ahead, the speaker stepping in, a
# conclusion.
TURN = re.compile(r"^(?:[^，,。]{2,14}以来[，,]|[^，,。]{1,6}年来[，,]|刚才|总之|总的来看|总而言之"
                  r"|当前|目前|今后|从[^，,。]{2,10}开始|经过[^，,。]{2,16}[，,]|相信|借此机会"
                  r"|我(?:多次)?(?:强调|讲过|说过)|实践(?:告诉|证明|表明)|历史(?:告诉|证明|表明)"
                  r"|同时[，,]|此外[，,]|另外[，,])")
INSTRUCTION = re.compile(r"^(?:要|各级|各地|各部门|各有关)")
# A section numeral standing alone between a sentence's end and the next sentence: 。二确保…
BARE_NUMERAL = re.compile(rf"(?<=[。！？）)])([{DIGITS}]|十[{DIGITS}]?)"
                          r"(?![是要方些个次年种道起条项点、，,])")

RESTORED = rule("paragraph.run-on", Layer.PARAGRAPH, True,
                "A line longer than any paragraph is broken where its headings, items, "
                "addresses, notes and turns of topic begin",
                "第一，保护市场主体。改革开放以来，市场主体蓬勃成长。")


def restore(paragraph: str, decisions: list[Decision] | None = None) -> list[str]:
    """The paragraphs of a run-on line; a line of a normal length comes back as it is."""
    if len(paragraph) < RUN_ON:
        return [paragraph]
    breaks = _breaks(paragraph)
    ends = [*breaks[1:], len(paragraph)]
    pieces = [paragraph[start:end].strip() for start, end in zip(breaks, ends, strict=True)]
    pieces = [piece for piece in pieces if piece]
    if decisions is not None and len(pieces) > 1:
        decisions.append(Decision(RESTORED, 0, len(paragraph),
                                  f"{len(paragraph)} characters → {len(pieces)} paragraphs"))
    return pieces


def _breaks(text: str) -> list[int]:
    breaks = {0}
    expected = 1  # the next section numeral standing alone
    author = AUTHOR_AFTER_MARK.search(text, 0, RUN_ON)
    if author:
        breaks |= {author.start(1), author.start(2), author.end(2)}
        expected = 2
    for match in BARE_NUMERAL.finditer(text):
        numeral = match.group(1)
        if small_number(numeral) == expected and words(text[match.start():match.end() + 4])[0] \
                == numeral:  # 一位县委书记: a numeral in a word of its own is no heading
            breaks |= {match.start(), match.end()}
            expected += 1
    numerals = sorted(breaks)
    last = 0  # the last break made by a sentence
    for sentence in split_sentences(text):
        start, body = sentence.start, sentence.text
        run = start - max(last, numerals[bisect.bisect_right(numerals, start) - 1])
        heading = HEADING.match(body)
        title_end = _title_end(body, heading.end()) if heading else None
        part = PART.match(body)
        if title_end:  # a heading only where its title is found: 一、 may open a sentence
            breaks |= {start, start + title_end}
        elif part:  # 第一个问题：深刻认识…进展。 a sentence of its own, or run into the body
            breaks |= {start, start + (_title_end(body, part.end()) or len(body))}
        elif ITEM.match(body) or ADDRESS.match(body) or body.startswith(FOOTNOTE):
            breaks.add(start)
        elif note := SOURCE_NOTE.match(body):
            breaks |= {start, start + note.end()}
        elif (TURN.match(body) and run >= TURN_AFTER) \
                or (INSTRUCTION.match(body) and run >= INSTRUCTIONS_AFTER):
            breaks.add(start)
        if start in breaks:
            last = start
    return sorted(breaks)


def _title_end(sentence: str, after_label: int) -> int | None:
    """Where a heading run into its first sentence ends: after the title, the clause goes on
    as a sentence opens (a time frame, the speaker, a pointer); None when no such place is
    found."""
    clause = re.split(r"[，,：:；;。]", sentence[after_label:], maxsplit=1)[0]
    if clause.endswith(SINCE):
        tokens = words(clause[:-len(SINCE)])
        frame = 2 if len(tokens) > 2 and tokens[-1] in EVENT_VERBS else 1
        length = len(clause) - len(SINCE) - len("".join(tokens[-frame:]))
        frame_opener = FRAME_OPENER.search(clause, 0, length)  # 党的十八大以来, 自…以来
        length = frame_opener.start() if frame_opener else length
        if TITLE_MIN <= length <= TITLE_MAX:
            return after_label + length
    for length in range(TITLE_MIN, min(TITLE_MAX, len(clause) - 1) + 1):
        if BODY_OPENS.match(clause[length:]):
            return after_label + length
    return None
