"""Directives: sentences in which the speaker instructs or exhorts the audience.

A sentence is a directive when it carries a modal marker (要、必须、应当、严禁、希望…), or an
adverbial one (确保、坚决、严格、切实…) outside a report of what was done, or when it is an
imperative task (一是加强…, 建立…制度) in a forward-looking part of the speech. jieba tells the
modal 要 from 主要/重要/需要/要求; the outline and cue phrases tell report parts (回顾、一年来、
…了) from forward-looking ones (下一步、今后、我们将) and from a work report's task part
(三、2026年重点工作安排, 重点做好以下工作：), where every sentence without a subject of its own
is a task whatever verb it opens with. Words reported from others (建议稿提出…必须…), earlier
instructions (我…作出指示，要求…) and modals inside a description (是一场必须打赢的硬仗) do not
instruct.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.language import lexicon
from analysis.language.numerals import CN_COUNT, DIGITS
from analysis.language.sentences import Sentence, split_sentences
from analysis.language.tokens import first_tag, words
from analysis.layers.dates import find_dates
from analysis.model import OutlineEntry
from analysis.rules import Decision, Layer, rule
from analysis.vocabulary import MARKER_STRENGTHS, Strength, StrEnum

STRENGTHS = MARKER_STRENGTHS
# The word lists are in resources/lexicon/directives.txt.
PROHIBIT, MUST, SHOULD, HOPE = (lexicon.words("directives", strength)
                                  for strength in STRENGTHS)
MODAL = set(lexicon.words("directives", "modal"))
MARKER = re.compile("|".join(sorted(PROHIBIT + MUST + SHOULD + HOPE, key=len, reverse=True)))
# 容不得, 顾不得: cannot bear to; 必然要, 势必要: what will happen, not what must be done.
NOT_MARKER = re.compile(r"[决绝]不(?:是|可能|会)|[舍恨怪巴免容由顾]不得|不得不|不要紧|一律平等"
                        r"|努力争|(?:必然|势必|必将|注定|终究|迟早|总归)要"
                        r"|不准(?=[等的，,。；;、确])|不应该(?=[！!。])|不要钱|不严格|不坚决|要事"
                        r"|能不能|不能不|(?<=.)欢迎|[几两三四五]点希望"
                        # 比预计的要多: the 要 of a comparison
                        r"|(?<=比)[^，,。；;]{1,16}?要(?=[多好快高大低少强差慢早晚])")
CONDITION = re.compile(r"如果|假如|倘若|一旦|若是|能否|只要|只有")
HOPE_OPENS = 6  # 希望/鼓励 within the first characters opens a hope (同志们，希望大家…)
# Someone else's words reported (建议稿提出…要, 大家普遍希望), or an instruction given before
# (我…提出一系列要求，强调要…): they do not instruct the audience now.
REPORTED = re.compile(
    r"(?:建议稿|文件|报告|纲要|规划|决定|意见|通知|起草组|大家|专家|群众|有人|他们?|地方"
    r"|党中央|国务院|会议)"
    r"[^。]{0,40}?(?:提出|强调|认为|指出|表示|希望|规定)"
    r"|我[^们，,。]{0,24}(?:提出|作出|作了)[^，,。]{0,12}(?:要求|指示|批示)"
    r"|我在[^，,。]{0,24}(?:讲过|说过|指出过)"
    r"|^有(?:个|些|的)"  # 有些地方还规定，…必须…: what others do, told as a problem
    r"|^[^，,。]{0,8}主张")  # 中国主张全面禁止…: a proposal put to others
# 是一场必须打赢的硬仗: a modal inside a description of what something is.
ATTRIBUTIVE = re.compile(r"[^，,。；;]{0,8}的")
# 要 and 应 are modal only as words of their own (not 主要、需要、要求, 应急、相应).
MODAL_YAO = set(lexicon.words("directives", "modal-yao"))
FUTURE_YAO = set(lexicon.words("directives", "future-yao"))
QUOTED = re.compile(r"“[^“”\n]*”")
# …，实在不应该！: the last clause judges the one before it wrong; it instructs no one.
NEGATED = re.compile(r"不可能|是不行的|不现实|[，,][^，,。]{0,4}不应该[的了啊]?[！!。]*$")

REPORT_HEADING = re.compile(r"了|回顾|成绩|成效|评价|估价|情况|总结|成就|做法|经验|进展|过程")
REPORT_CUE = re.compile(r"^(?:[^，,。]{0,12}以来|一年来|去年[，,]"
                        r"|过去的?[一二三四五六七八九十两几]+年|近年来|近几年来|回顾)")
FORWARD_CUE = re.compile(r"下一步|今后|我们将|今年要|以下工作|几点意见|以下几个方面的工作")
# The part of a work report (or a speech) that lists this year's tasks: every task in it is a
# directive, whatever verb it opens with (办好…、壮大…、持续实施…), as a reader knows.
TASK_HEADING = re.compile(r"^[^，,。]{0,16}(?:工作安排|重点工作|主要任务|目标任务|重点任务|工作部署"
                          r"|工作打算|工作建议)[^，,。]{0,6}$")
TASK_CUE = re.compile(r"(?:重点|主要|着力)(?:抓好|做好)[^。]{0,16}(?:工作|任务)[：:]"
                      r"|(?:抓好|做好)以下[^。]{0,8}(?:工作|任务)|今年的?主要任务[是：:]")
TARGETS = re.compile(r"是[：:]")  # 主要预期目标是：经济增长5%左右…
# A work report (or a congress report) opens by addressing the delegates; its task parts make
# tasks of strength task, a speech's forward-looking parts instructions (should).
REPORT_ADDRESS = re.compile(r"各位代表|同志们[：:]\s*现在，我代表")
REPORT_OPENING = 400  # characters in which a report addresses the delegates
# A heading that names a review and then the tasks ahead (“十三五”时期发展成就和“十四五”时期
# 主要目标任务): a review, until the tasks begin.
TASK_WORDS = re.compile(r"目标任务|主要任务|重点任务|重点工作|工作安排|工作部署")
TASKS_LISTED = re.compile(r"(?:任务|举措|措施)[^。：:]{0,6}[：:]")  # 部署了13项任务举措：一是…
# What a sentence says something is or means: 发展民主，是…的重要组成部分; 对…具有重要意义.
JUDGED = re.compile(r"[，,](?:既|也|都|就|仍然?|正|才|绝不|决不|并不|不)?是(?!否)"
                    r"|具有[^，,。]{0,16}(?:意义|作用)|在于|有赖于")
# 随着…，/ 根据这个要求，/ 在…的情况下，: a frame; the clause after it says whether the
# sentence has a subject of its own (今年计划…; 国务院决定…) or sets a task (做好…).
FRAME = re.compile(r"^(?:随着|根据|按照|经过|考虑到|鉴于|由于|因为?|在|面对|为了|只要|站在)"
                   r"[^，,。；;：:]{1,30}[，,]")
TASK_VIEW = 15  # a 是 this near the start is the main verb: 建好和管好城区，是一件大事
DEFINES = re.compile(r"(?:也|还|即|又)?指")  # 也指…: what a word means, not a task
VERB_TAGS = {"v", "vd", "ad", "d", "i", "l"}  # a verb, an adverb, an idiom of manner
NOT_TASK_TAGS = {"n", "nr", "ns", "nt", "nz", "r", "t", "m", "x"}
HORTATIVE = re.compile(r"^(?:同志们[，,！!]\s*)?让我们")
# 第一个问题：… heads a part of a speech as 一、 does.
PART_HEADING = re.compile(rf"^第{CN_COUNT}(?:个问题|部分|个方面)[：:]")
# What a task part holds besides tasks: a subject of its own (我们将…、今年是…), the targets'
# list (主要预期目标是：…), a lead-in ending in a colon, a line of address (各位代表！).
# 区政府将…: a subject announcing; 将 at the very start takes an object (将…纳入…): a task.
SUBJECT = re.compile(r"^(?:我|我们|你们|大家|这|那|它|其|此|“|《|[^，,。]{1,12}将)")
ADDRESS = re.compile(r"^(?:各位|同志们|女士们|先生们|朋友们)[^。，,]{0,20}[！!]$")
LEAD = re.compile(
    rf"^(?:(?:——|—|{CN_COUNT}(?:是|要)|第{CN_COUNT}[，,、]|首先[，,]?是?|其次[，,]?是?"
    r"|再次[，,]?是?|最后[，,]|同时[，,]|另外[，,]|此外[，,]|当然[，,]|一方面[，,]|另一方面[，,]"
    r"|今年[，,]|年内[，,]|当前[，,])\s*)+")
FIRST_ITEM = re.compile(r"^(?:第一[，,、]|一是|首先)")
ITEM_AFTER_COLON = re.compile(rf"[：:](?=(?:[{DIGITS}十]是|第一[，,]|首先))")
IMPERATIVE = set(lexicon.words("directives", "imperative"))
PREFIXES = tuple(sorted((verb for verb in IMPERATIVE if len(verb) > 1), key=len, reverse=True))
SINGLE_IMPERATIVE = {verb for verb in IMPERATIVE if len(verb) == 1}
# 是 as the main verb (加强考核是…的重要手段), not 特别是/就是/还是.
COPULA = re.compile(r"(?<!特别)(?<![就还或也都即而总凡但只不要若正])是")
NOT_IMPERATIVE = re.compile(r"^通过|来看|为例|来说|是指|[，,](?:就能|才能|就会)")
ADDRESSEE = re.compile(
    r"^(?!我)[\u4e00-\u9fff、（）()]{0,24}?(?:部门|单位|街道|乡镇|镇街|街乡|企业|学校|政府|安监局|局|委|"
    r"办|领导|干部|负责人|人员|法人|组织|党委|大家|上下|各位)$")
ADDRESSEE_TAIL = re.compile(r"(?:都|也|还|均|更|一定|务必|必须)+$")
# A date without a deadline word is a deadline after 于 (于6月30日完成).
SINCE = "于"


class Mode(StrEnum):
    """The part of a speech a sentence is in."""
    NEUTRAL = "neutral"
    REPORT = "report"  # a review of what was done: only a modal marker instructs
    FORWARD = "forward"  # what is to be done: an imperative task instructs
    TASKS = "tasks"  # a work report's task part: every subject-less task is one


# Which part a heading or a cue sentence opens. Headings first: a title with 了/回顾/成绩 is a
# review; a level-1 title naming the tasks opens the task part; any other level-1 heading
# (or the first heading of all) looks forward.
HEADING_REPORT = rule("part.report-heading", Layer.PART, True,
                      "A heading that names a review opens a review part",
                      "一、过去一年工作回顾")
HEADING_TASKS = rule("part.task-heading", Layer.PART, True,
                     "A top-level heading that names this year's tasks opens the task part",
                     "三、明年重点工作安排")
HEADING_FORWARD = rule("part.heading", Layer.PART, True,
                       "Any other top-level heading of a speech looks forward",
                       "二、突出重点抓落实")
HEADING_REVIEW_THEN_TASKS = rule(
    "part.review-then-tasks", Layer.PART, True,
    "A heading that names a review and then the tasks ahead: a review until the tasks begin",
    "二、过去五年的成就和今后五年的目标任务")
TASKS_BEGIN = rule("part.tasks-begin", Layer.PART, True,
                   "After such a heading, the first dash-led item or lead-in opens the tasks",
                   "——坚持创新驱动发展。")
HEADING_IMPERATIVE = rule("part.imperative-heading", Layer.PART, True,
                          "A report's top-level heading that is itself a task opens a task part",
                          "三、加快建立现代产业体系")
HEADING_OTHER = rule("part.other-heading", Layer.PART, True,
                     "A report's other top-level heading (a topic): only markers instruct",
                     "七、关于外交工作")


@dataclass(frozen=True)
class Cue:
    """A sentence that moves the speech into another part, unless it is in one of `unless`
    (a review's 一年来 does not undo 下一步). The first cue that applies decides."""
    rule: str
    pattern: re.Pattern
    mode: Mode
    unless: frozenset[Mode]


CUES = (
    Cue(rule("part.address", Layer.PART, True,
             "A line of address before the closing words ends the part", "各位代表！"),
        ADDRESS, Mode.NEUTRAL, frozenset()),
    Cue(rule("part.report-cue", Layer.PART, True,
             "A sentence opening with a time already past reviews", "一年来，全县上下…"),
        REPORT_CUE, Mode.REPORT, frozenset({Mode.FORWARD, Mode.TASKS})),
    Cue(rule("part.task-cue", Layer.PART, True,
             "A lead-in to this year's tasks opens the task part", "今年重点抓好以下工作："),
        TASK_CUE, Mode.TASKS, frozenset({Mode.REPORT})),
    Cue(rule("part.forward-cue", Layer.PART, True,
             "A sentence announcing what comes next looks forward", "下一步，我们将…"),
        FORWARD_CUE, Mode.FORWARD, frozenset({Mode.TASKS})),
)

# What makes a sentence a directive, and what refuses one.
MARKER_RULE = rule("directive.marker", Layer.DIRECTIVE, True,
                   "A marker gives the sentence its strength: the strongest one present",
                   "各单位必须严格落实值班制度。")
HOPE_RULE = rule("directive.hope", Layer.DIRECTIVE, True,
                 "A sentence whose first marker is 希望/鼓励/力争 is a hope",
                 "希望大家再接再厉。")
HORTATIVE_RULE = rule("directive.hortative", Layer.DIRECTIVE, True,
                      "让我们… exhorts the audience", "让我们携起手来，共同努力！")
TASK_RULE = rule("directive.task", Layer.DIRECTIVE, True,
                 "In a task part, a sentence without a subject of its own is a task",
                 "办好人民满意的教育。")
TARGETS_RULE = rule("directive.targets", Layer.DIRECTIVE, False,
                    "A list of targets, down to the full stop that ends it, sets no task",
                    "主要预期目标是：增长6%左右；居民收入稳步增长。")
FORWARD_TASK_RULE = rule("directive.forward-task", Layer.DIRECTIVE, True,
                         "In a forward-looking part, a sentence opening with an imperative "
                         "verb is a task", "加强隐患排查治理。")
DEADLINE_RULE = rule("directive.forward-deadline", Layer.DIRECTIVE, True,
                     "In a forward-looking part, a sentence with a deadline instructs",
                     "各村的预案于5月10日前报镇里。")
ENUMERATED_RULE = rule("directive.enumerated", Layer.DIRECTIVE, True,
                       "An enumerated task right after the speaker's own instructions",
                       "第一，压实工作责任。")
CONTINUES_RULE = rule("directive.continues", Layer.DIRECTIVE, True,
                      "A clause after ； that opens with a verb goes on with the instruction",
                      "要加强巡查；完善预案。")
FOLLOWS_RULE = rule("directive.follows", Layer.DIRECTIVE, True,
                    "A sentence that opens with an imperative verb right after an "
                    "instruction goes on with it", "要全面研究风险。尽快出台相关法律。")
NOTES_RULE = rule("directive.notes", Layer.DIRECTIVE, False,
                  "A glossary or the endnotes after the speech (名词解释, 注：) instruct no one",
                  "名词解释⏎1.“两新”：是指大规模设备更新和消费品以旧换新。")
WITHOUT_MARKER = {FOLLOWS_RULE, ENUMERATED_RULE, FORWARD_TASK_RULE, CONTINUES_RULE}
NEGATED_RULE = rule("directive.negated", Layer.DIRECTIVE, False,
                    "不可能/是不行的/…，实在不应该: the marker is denied, or the last clause "
                    "judges the sentence wrong", "要一口吃成胖子是不可能的。")
REPORTED_RULE = rule("directive.reported", Layer.DIRECTIVE, False,
                     "Someone else's words, or an instruction given before, reported",
                     "文件提出，必须加快建设。")
ATTRIBUTIVE_RULE = rule("directive.attributive", Layer.DIRECTIVE, False,
                        "A modal inside a description of what something is",
                        "这是一场必须打赢的硬仗。")
REPORTS_RULE = rule("directive.reports", Layer.DIRECTIVE, False,
                    "An adverb of manner (严格、确保、坚决) in a report of what was done",
                    "严格落实了值班制度。")
DESCRIBES_RULE = rule("directive.describes", Layer.DIRECTIVE, False,
                      "A sentence whose predicate is 是 describes; its adverb does not instruct",
                      "它确保工程按期完工。")


@dataclass(slots=True)
class Directive:
    start: int
    end: int
    text: str
    strength: Strength
    addressee: str | None
    deadline: str | None
    marker: tuple[int, int] | None = None  # the word that gives the strength (必须, 严禁…)
    rule: str = MARKER_RULE  # the rule that made it
    cue: str | None = None  # what decided: the marker word, or the task part's heading

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text,
                "strength": self.strength, "addressee": self.addressee,
                "deadline": self.deadline,
                "marker": list(self.marker) if self.marker else None,
                "rule": self.rule, "cue": self.cue}


@dataclass(slots=True)
class _Verdict:
    strength: Strength | None
    rule: str | None
    cue: str | None = None


@dataclass(slots=True)
class _Reading:
    """Where the reading of a speech stands, sentence by sentence."""
    report: bool  # a work or congress report, not a speech
    mode: Mode = Mode.NEUTRAL
    part: str = ""  # the heading or cue that opened the mode
    tasks_after: bool = False  # a review whose heading also names the tasks that follow it
    targets: bool = False  # inside a list of targets that runs on past ；
    voice: str = "neutral"  # of the last sentence that was not an enumerated item
    carried: Strength | None = None  # the strength of a directive that ended at ；
    followed: bool = False  # the sentence before was a directive
    list_voice: str = ""  # the voice in which the current list of items began

    def open(self, mode: Mode, part: str) -> None:
        # A review goes on reviewing (过去五年…) until its tasks begin.
        self.tasks_after = self.tasks_after and mode == Mode.REPORT
        self.mode, self.part = mode, part


def find_directives(text: str, outline: list[OutlineEntry],
                    decisions: list[Decision] | None = None) -> list[Directive]:
    """The directives of a speech. `decisions`, when given, also receives the part each
    heading or cue opens and, for each sentence a rule refused, that rule."""
    headings = {entry.start: entry for entry in outline if entry.kind == "heading"}
    notes = min((entry.start for entry in outline if entry.kind == "notes"), default=len(text))
    reading = _Reading(report=bool(REPORT_ADDRESS.search(text, 0, REPORT_OPENING)))
    found = []
    for sentence in split_sentences(text):
        if sentence.start >= notes:  # a glossary explains words; it instructs no one
            _note(decisions, NOTES_RULE, sentence, None)
            continue
        heading = headings.get(sentence.start)
        if heading or PART_HEADING.match(sentence.text):
            title = heading.title if heading else sentence.text
            opened = _heading_part(title, heading, reading)
            if opened is not None:
                reading.open(opened[0], title)
                reading.tasks_after = opened[1] == HEADING_REVIEW_THEN_TASKS
                _note(decisions, opened[1], sentence, title)
            if heading:
                continue
        if reading.tasks_after and (sentence.text.startswith("——")
                                    or TASK_CUE.search(sentence.text)
                                    or TASKS_LISTED.search(sentence.text)):
            reading.open(Mode.TASKS, reading.part)
            _note(decisions, TASKS_BEGIN, sentence, sentence.text)
        cue = next((cue for cue in CUES if reading.mode not in cue.unless
                    and cue.pattern.search(sentence.text)), None)
        if cue is CUES[0] and reading.report and reading.mode == Mode.TASKS:
            cue = None  # a report addresses the delegates between the sections of its tasks
        if cue is not None:
            reading.open(cue.mode, sentence.text)
            _note(decisions, cue.rule, sentence, sentence.text)
        directive = _read(sentence, reading, decisions)
        if directive is not None:
            found.append(directive)
    return found


def _read(sentence: Sentence, reading: _Reading,
          decisions: list[Decision] | None) -> Directive | None:
    """The directive one sentence is, if any; `reading` moves on past it."""
    text, shift = sentence.text, 0
    targets = reading.mode == Mode.TASKS and (reading.targets or bool(TARGETS.search(text)))
    reading.targets = targets and not text.endswith(("。", "！", "!"))
    # 部署了13项任务举措：一是坚守…: the lead-in reports, the item after it does not.
    item = ITEM_AFTER_COLON.search(text)
    if item and reading.mode == Mode.TASKS:
        text, shift = text[item.end():], item.end()
    tokens = words(text)
    markers = _markers(text, tokens)
    verdict = _verdict(text, tokens, markers, reading, targets)
    enumerated, report = bool(LEAD.match(text)), _reports(tokens)
    if FIRST_ITEM.match(text):
        reading.list_voice = reading.voice
    # The items of one list are of one kind: lessons listed after a review's 我们积累了…经验
    # stay lessons though each is followed by a 必须; items listed after instructions instruct.
    voice = reading.list_voice if enumerated and reading.list_voice else reading.voice
    if verdict.strength is None and reading.mode in (Mode.NEUTRAL, Mode.REPORT) \
            and voice == "instruct" and enumerated and not report and _imperative(text):
        verdict = _Verdict(Strength.SHOULD, ENUMERATED_RULE)
    if verdict.strength is None and reading.carried and not report and _verb_first(text):
        verdict = _Verdict(reading.carried, CONTINUES_RULE)
    if verdict.strength is None and reading.followed and not enumerated and not report \
            and _imperative(text):
        verdict = _Verdict(Strength.SHOULD, FOLLOWS_RULE)
    if reading.report and verdict.rule in WITHOUT_MARKER and verdict.strength == Strength.SHOULD:
        verdict = _Verdict(Strength.TASK, verdict.rule, verdict.cue)  # a report sets tasks
    strength = verdict.strength
    reading.carried = strength if strength and text.endswith(("；", ";")) else None
    reading.followed = strength is not None and reading.mode != Mode.TASKS
    if not enumerated:
        if report:
            reading.voice = "report"
        elif strength and any(marker in MODAL for _, marker in markers):
            reading.voice = "instruct"
    if strength and verdict.rule:
        return Directive(sentence.start, sentence.end, sentence.text, strength,
                         _addressee(text, markers), _deadline(text),
                         _marker_span(sentence.start + shift, markers, strength),
                         verdict.rule, verdict.cue)
    if verdict.rule:
        _note(decisions, verdict.rule, sentence, verdict.cue)
    return None


def _heading_part(title: str, heading: OutlineEntry | None,
                  reading: _Reading) -> tuple[Mode, str] | None:
    top = not heading or heading.level == 1
    if not top and reading.mode == Mode.TASKS:
        return None  # a task part holds to its end, whatever its sub-sections look like
    if REPORT_HEADING.search(title):
        if top and reading.report and TASK_WORDS.search(title):
            return Mode.REPORT, HEADING_REVIEW_THEN_TASKS
        return Mode.REPORT, HEADING_REPORT
    if TASK_HEADING.search(title) and top:
        return Mode.TASKS, HEADING_TASKS
    if reading.report and top:
        if _imperative_heading(title):
            return Mode.TASKS, HEADING_IMPERATIVE
        return Mode.NEUTRAL, HEADING_OTHER
    if top or reading.mode == Mode.NEUTRAL:
        return Mode.FORWARD, HEADING_FORWARD
    return None


def _imperative_heading(title: str) -> bool:
    """A heading that is a task itself: it opens with a verb (加快建立…、积极促进…)."""
    body = LEAD.sub("", title)
    return not _statement(body) and (body.startswith(PREFIXES)
                                     or first_tag(body) in VERB_TAGS | {"vn"})


def _reports(tokens: list[str]) -> bool:
    """The sentence tells what was done (了)."""
    return "了" in tokens


def _note(decisions: list[Decision] | None, rule_id: str, sentence: Sentence,
          cue: str | None) -> None:
    if decisions is not None:
        decisions.append(Decision(rule_id, sentence.start, sentence.end, sentence.text, cue))


def _verdict(text: str, tokens: list[str], markers: list[tuple[int, str]], reading: _Reading,
             targets: bool) -> _Verdict:
    """The strength of one sentence and the rule that gave it, or the rule that refused it
    (a rule of None: nothing in the sentence could instruct)."""
    mode, part = reading.mode, reading.part
    first = markers[0] if markers else None
    if NEGATED.search(text):
        return _Verdict(None, NEGATED_RULE if first else None)
    report = _reports(tokens)
    if first is not None and REPORTED.search(text, 0, first[0] + len(first[1])):
        return _Verdict(None, REPORTED_RULE, first[1])
    if first is not None and _attributive(text, first):
        return _Verdict(None, ATTRIBUTIVE_RULE, first[1])
    if HORTATIVE.match(text):
        return _Verdict(Strength.SHOULD, HORTATIVE_RULE, "让我们")
    hope_inside = first is not None and _kind(first[1]) == Strength.HOPE \
        and first[0] > HOPE_OPENS
    if mode == Mode.TASKS and not report and (not markers or hope_inside):
        if targets:
            return _Verdict(None, TARGETS_RULE)
        if _task(text):  # 完善…，力争…: a task, not a hope; in a speech, an instruction
            strength = Strength.TASK if reading.report else Strength.SHOULD
            return _Verdict(strength, TASK_RULE, part)
    refused = None
    if not any(marker in MODAL for _, marker in markers):
        if first is not None and (report or mode == Mode.REPORT
                                  or _describes(text, first[0], mode)):
            refused = _Verdict(None, REPORTS_RULE if report or mode == Mode.REPORT
                               else DESCRIBES_RULE, first[1])
            markers = []
        if not markers:
            if mode == Mode.FORWARD and not report and _imperative(text):
                return _Verdict(Strength.SHOULD, FORWARD_TASK_RULE, part)
            if mode == Mode.FORWARD and not report and (deadline := _deadline(text)):
                return _Verdict(Strength.SHOULD, DEADLINE_RULE, deadline)
            return refused or _Verdict(None, None)
    kinds = [_kind(marker) for _, marker in markers]
    if kinds[0] == Strength.HOPE:
        return _Verdict(Strength.HOPE, HOPE_RULE, markers[0][1])
    strength = next(strength for strength in STRENGTHS if strength in kinds)
    return _Verdict(strength, MARKER_RULE, next(m for _, m in markers if _kind(m) == strength))


def _markers(text: str, tokens: list[str]) -> list[tuple[int, str]]:
    """(offset, marker) for every directive marker outside quotations, in text order."""
    quoted = [m.span() for m in QUOTED.finditer(text)]
    excluded = [m.span() for m in NOT_MARKER.finditer(text)]
    found = []
    for match in MARKER.finditer(text):
        if match.group() == "确保" and text.startswith("了", match.end()):
            continue
        clause = max(text.rfind(mark, 0, match.start()) for mark in "，,；;") + 1
        if CONDITION.search(text, clause, match.start()):
            continue  # 如果生产安全不能保障, 只要严格遵循…就: a condition, not an instruction
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


def _marker_span(start: int, markers: list[tuple[int, str]],
                 strength: Strength) -> tuple[int, int] | None:
    """Where, in the speech, the first marker of the directive's strength stands; None for a
    task that has none (办好人民满意的教育)."""
    for at, marker in markers:
        if _kind(marker) == strength:
            return start + at, start + at + len(marker)
    return None


def _kind(marker: str) -> Strength:
    if marker in PROHIBIT:
        return Strength.PROHIBIT
    if marker in MUST:
        return Strength.MUST
    if marker in HOPE:
        return Strength.HOPE
    return Strength.SHOULD


def _describes(text: str, first_marker: int, mode: Mode) -> bool:
    """A sentence whose predicate is 是 describes (这是…措施), unless it introduces the tasks
    of a forward-looking part (总体要求是：…)."""
    before = text[:first_marker]
    if before.startswith(("这", "它")):
        return True
    at = before.find("是")
    if at < 0 or (at > 0 and before[at - 1] in DIGITS + "十次"):
        return False
    return not (mode == Mode.FORWARD and before[at + 1:at + 2] in ("：", ":"))


def _attributive(text: str, marker: tuple[int, str]) -> bool:
    at, word = marker
    clause_start = max(text.rfind(mark, 0, at) for mark in "，,；;：:") + 1
    return "是" in text[clause_start:at] and bool(ATTRIBUTIVE.match(text, at + len(word)))


def _task(text: str) -> bool:
    """A sentence of a task part that is a task: one without a subject of its own."""
    body = LEAD.sub("", text)
    frame = FRAME.match(body)
    if frame and len(body) > frame.end():
        body = body[frame.end():]
    if _statement(body) or ADDRESS.match(body) or body.endswith(("：", ":", "？", "?")):
        return False
    if TARGETS.search(body) or NOT_IMPERATIVE.search(text):
        return False
    if body.startswith(PREFIXES):
        return True
    # A name, a place, a pronoun, a time or a number opens a statement, not a task.
    return first_tag(body) not in NOT_TASK_TAGS


def _verb_first(text: str) -> bool:
    """A clause that goes on with the instruction before it: it opens with a verb."""
    body = LEAD.sub("", text)
    if _statement(body) or DEFINES.match(body):
        return False
    return body.startswith(PREFIXES) or first_tag(body) in VERB_TAGS


def _statement(body: str) -> bool:
    """A subject of its own (我们将…), 是 as the main verb (建好城区，是一件大事), or a
    judgement of what something means (…，是…的根本目的; 对…具有重要意义)."""
    return bool(SUBJECT.match(body) or COPULA.search(body[:TASK_VIEW]) or JUDGED.search(body))


def _imperative(text: str) -> bool:
    if NOT_IMPERATIVE.search(text):
        return False
    parts = [text] + [text[m.end():] for m in ITEM_AFTER_COLON.finditer(text)]
    for part in parts:
        body = LEAD.sub("", part)
        if COPULA.search(body) or JUDGED.search(body):
            continue
        if body.startswith(PREFIXES):
            return True
        # A one-character verb (抓…, 把…) opens the task when jieba reads it as a word of its own.
        if body[:1] in SINGLE_IMPERATIVE and words(body[:12])[0] == body[0]:
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
