"""Directives: sentences in which the speaker instructs or exhorts the audience.

A sentence is a directive when it carries a modal marker (要、必须、应当、严禁、希望…), or an
adverbial one (确保、坚决、严格、切实…) outside a report of what was done, or when it is an
imperative task (一是加强…, 建立…制度) in a forward-looking part of the speech. jieba tells the
modal 要 from 主要/重要/需要/要求; the outline and cue phrases tell report parts (回顾、一年来、
…了) from forward-looking ones (下一步、今后、我们将).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from analysis import lexicon
from analysis.dates import find_dates
from analysis.model import OutlineEntry
from analysis.numerals import CN_COUNT, DIGITS
from analysis.sentences import split_sentences
from analysis.tokens import words

STRENGTHS = ("prohibit", "must", "should", "hope")
# The word lists are in resources/lexicon/directives.txt.
PROHIBIT, MUST, SHOULD, HOPE = (lexicon.words("directives", strength)
                                  for strength in STRENGTHS)
MODAL = set(lexicon.words("directives", "modal"))
MARKER = re.compile("|".join(sorted(PROHIBIT + MUST + SHOULD + HOPE, key=len, reverse=True)))
NOT_MARKER = re.compile(r"[决绝]不(?:是|可能|会)|[舍恨怪巴免]不得|不得不|不要紧|一律平等")
# 要 and 应 are modal only as words of their own (not 主要、需要、要求, 应急、相应).
MODAL_YAO = set(lexicon.words("directives", "modal-yao"))
FUTURE_YAO = set(lexicon.words("directives", "future-yao"))
QUOTED = re.compile(r"“[^“”\n]*”")
NEGATED = re.compile(r"不可能|是不行的|不现实")

REPORT_HEADING = re.compile(r"了|回顾|成绩|成效|评价|估价|情况|总结|成就|做法|经验|进展")
REPORT_CUE = re.compile(r"^(?:[^，,。]{0,12}以来|一年来|去年|过去|近年来|近几年来|回顾)")
FORWARD_CUE = re.compile(r"下一步|今后|我们将|今年要|以下工作|几点意见|以下几个方面的工作")
LEAD = re.compile(
    rf"^(?:(?:{CN_COUNT}(?:是|要)|第{CN_COUNT}[，,、]|首先[，,]?是?|其次[，,]?是?"
    r"|再次[，,]?是?|最后[，,]|同时[，,]|另外[，,]|此外[，,]|当然[，,]|一方面[，,]|另一方面[，,]"
    r"|今年[，,]|年内[，,]|当前[，,])\s*)+")
ITEM_AFTER_COLON = re.compile(rf"[：:](?=(?:[{DIGITS}十]是|第一[，,]|首先))")
IMPERATIVE = set(lexicon.words("directives", "imperative"))
PREFIXES = tuple(sorted((verb for verb in IMPERATIVE if len(verb) > 1), key=len, reverse=True))
# 是 as the main verb (加强考核是…的重要手段), not 特别是/就是/还是.
COPULA = re.compile(r"(?<!特别)(?<![就还或也都即而总凡但只不要若正])是")
NOT_IMPERATIVE = re.compile(r"^通过|来看|为例|来说|是指")
ADDRESSEE = re.compile(
    r"^(?!我)[\u4e00-\u9fff、（）()]{0,24}?(?:部门|单位|街道|乡镇|镇街|街乡|企业|学校|政府|安监局|局|委|"
    r"办|领导|干部|负责人|人员|法人|组织|党委|大家|上下|各位)$")
ADDRESSEE_TAIL = re.compile(r"(?:都|也|还|均|更|一定|务必|必须)+$")
# A date without a deadline word is a deadline after 于 (于6月30日完成).
SINCE = "于"


@dataclass(slots=True)
class Directive:
    start: int
    end: int
    text: str
    strength: str
    addressee: str | None
    deadline: str | None

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text,
                "strength": self.strength, "addressee": self.addressee,
                "deadline": self.deadline}


def find_directives(text: str, outline: list[OutlineEntry]) -> list[Directive]:
    headings = {entry.start: entry for entry in outline if entry.kind == "heading"}
    mode = "neutral"
    found = []
    for sentence in split_sentences(text):
        heading = headings.get(sentence.start)
        if heading:
            if REPORT_HEADING.search(heading.title):
                mode = "report"
            elif heading.level == 1 or mode == "neutral":
                mode = "forward"
            continue
        if REPORT_CUE.search(sentence.text):
            mode = "report"
        elif FORWARD_CUE.search(sentence.text):
            mode = "forward"
        tokens = words(sentence.text)
        markers = _markers(sentence.text, tokens)
        strength = _strength(sentence.text, tokens, markers, mode)
        if strength:
            found.append(Directive(sentence.start, sentence.end, sentence.text, strength,
                                   _addressee(sentence.text, markers),
                                   _deadline(sentence.text)))
    return found


def _strength(text: str, tokens: list[str], markers: list[tuple[int, str]],
              mode: str) -> str | None:
    if NEGATED.search(text):
        return None
    report = "了" in tokens
    if not any(marker in MODAL for _, marker in markers):
        if markers and (report or mode == "report" or _describes(text, markers[0][0], mode)):
            markers = []
        if not markers:
            if mode == "forward" and not report and _imperative(text):
                return "should"
            if mode == "forward" and not report and _deadline(text):
                return "should"
            return None
    kinds = [_kind(marker) for _, marker in markers]
    if kinds[0] == "hope":
        return "hope"
    return next(strength for strength in STRENGTHS if strength in kinds)


def _markers(text: str, tokens: list[str]) -> list[tuple[int, str]]:
    """(offset, marker) for every directive marker outside quotations, in text order."""
    quoted = [m.span() for m in QUOTED.finditer(text)]
    excluded = [m.span() for m in NOT_MARKER.finditer(text)]
    found = []
    for match in MARKER.finditer(text):
        if match.group() == "确保" and text.startswith("了", match.end()):
            continue
        found.append((match.start(), match.group()))
    offset = 0
    for index, token in enumerate(tokens):
        if token in MODAL_YAO and not (token in FUTURE_YAO and "了" in tokens[index + 1:index + 4]):
            found.append((offset + token.index("要"), "要"))
        elif token == "应":
            found.append((offset, "应"))
        offset += len(token)
    found = [(at, marker) for at, marker in found
             if not any(s <= at < e for s, e in quoted + excluded)]
    return sorted(found)


def _kind(marker: str) -> str:
    if marker in PROHIBIT:
        return "prohibit"
    if marker in MUST:
        return "must"
    if marker in HOPE:
        return "hope"
    return "should"


def _describes(text: str, first_marker: int, mode: str) -> bool:
    """A sentence whose predicate is 是 describes (这是…措施), unless it introduces the tasks
    of a forward-looking part (总体要求是：…)."""
    before = text[:first_marker]
    if before.startswith(("这", "它")):
        return True
    at = before.find("是")
    if at < 0 or (at > 0 and before[at - 1] in DIGITS + "十次"):
        return False
    return not (mode == "forward" and before[at + 1:at + 2] in ("：", ":"))


def _imperative(text: str) -> bool:
    if NOT_IMPERATIVE.search(text):
        return False
    parts = [text] + [text[m.end():] for m in ITEM_AFTER_COLON.finditer(text)]
    for part in parts:
        body = LEAD.sub("", part)
        if COPULA.search(body):
            continue
        if body.startswith(PREFIXES):
            return True
        tokens = words(body[:12])
        if tokens and tokens[0] in IMPERATIVE:
            return True
    return False


def _addressee(text: str, markers: list[tuple[int, str]]) -> str | None:
    markers = [m for m in markers if m[1] in MODAL]
    if not markers:
        return None
    clause = re.split(r"[，,：:；;]", text[:markers[0][0]])[-1]
    clause = LEAD.sub("", ADDRESSEE_TAIL.sub("", clause))
    return clause if 2 <= len(clause) <= 30 and ADDRESSEE.match(clause) else None


def _deadline(text: str) -> str | None:
    """The first date in the sentence that is a deadline: 6月底前, or 于6月30日."""
    for date in find_dates(text):
        if "月" in date.text and (date.deadline or text[date.start - 1:date.start] == SINCE):
            return date.text
    return None
