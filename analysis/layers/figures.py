"""Figures: quantities stated as data, with value, unit, kind, approximation and direction.

The rules follow the labelling guide in tests/data/labelling-guide.md. Dates, documents,
formulas and short quotations are removed by the caller (analysis/layers/extract.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.language import lexicon
from analysis.language.numerals import CN_QUANTITY, DIGITS, FULL_WIDTH_DIGITS, to_float
from analysis.language.spans import outside

# The units are in resources/lexicon/units.txt, by kind.
UNIT_KINDS = {kind: units for kind, units in lexicon.sections("units").items()
              if not kind.startswith(("chinese-", "not-"))}
KIND_OF_UNIT = {unit: kind for kind, units in UNIT_KINDS.items() for unit in units}
# Chinese numerals take only units that measure things; 三个/五项/二期 enumerate, they are
# not data. Single-character numerals (二…十, 两, 半) take fewer still.
CN_SMALL_UNITS = set(lexicon.words("units", "chinese-small"))
CN_UNITS = CN_SMALL_UNITS | set(lexicon.words("units", "chinese-more"))
CN_SMALL = set(DIGITS[1:] + "十两半")
# The same unit written two ways, named one way.
UNIT_NAMES = {"微克每立方米": "微克/立方米", "毫克每升": "毫克/升", "个多月": "个月",
              "个小时": "小时"}
BARE_MAGNITUDE = re.compile(r"^(?:[百千万亿]|[十百千][万亿]|[十百千万]+[万亿])$")

_ARABIC = r"[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?"
_CN = CN_QUANTITY
_MAG = r"(?:千万|百万|十万|万亿|[万亿])"
_BASE = (rf"(?:{_ARABIC}{_MAG}?|百分之{_CN}|{_CN}分之{_CN}|{_CN}{_MAG}?|{_MAG}|半"
         rf"|[Xx×]{{1,3}}{_MAG}?)")
_UNITS = "|".join(sorted((re.escape(unit) for unit in KIND_OF_UNIT), key=len, reverse=True))
FIGURE = re.compile(
    rf"(?P<pre>大约|将近|接近|约|近|逾)?"
    rf"(?P<num>{_BASE})"
    rf"(?:(?P<sep>[—–\-~～至到])(?P<num2>{_ARABIC}|{_CN}))?"
    rf"(?:(?P<mid>余|多)(?P<mag>{_MAG})?)?"
    rf"(?P<space> )?(?P<unit>{_UNITS})?"
    rf"(?P<more>多)?"
    rf"(?P<post>及以上|及以下|以上|以下|以内|左右)?",
    re.IGNORECASE)
RATIO = re.compile(rf"(?<![0-9.:：]){_ARABIC}(?:[:：]{_ARABIC}){{1,4}}(?![0-9:：])")
# 1/4 of the land: a fraction, read as a percentage like 四分之一. Not 2020/5/12, not 24/7.
FRACTION = re.compile(r"(?<![0-9./:A-Za-z])([1-9][0-9]?)/([1-9][0-9]{0,2})(?![0-9./:A-Za-z])")
RATIO_CONTEXT = re.compile(r"比例|结构|比为|之比")
RATE_BEFORE = re.compile(r"(?:控制在|是|为|达到|降至|降到|提高到|高了|低了|高出|低于|高于"
                         r"|缩小至|缩小到|扩大至|扩大到|提升至|提升到|提高至|从|由)$")
RATE_AFTER = re.compile(r"(?:以内|以下|以上)?(?:[，,；;。、）)]|$|相当|左右)"
                        r"|(?:提升|提高|下降|降低|缩小|扩大|增加|减少|上升|增长)?[至到]")
# What a bare number measures when it is a rate or an index: 死亡率控制在2.2, 收入比缩小至2.54.
INDEX_NOUN = re.compile(r"率|收入比|倍差|指数|满意度|系数")
# Numbers in these are names, not data (resources/lexicon/units.txt).
NOT_FIGURES = re.compile("|".join(map(re.escape, lexicon.words("units", "not-figures"))))
# 第一个十年, 第二个五年: a period named by its order.
ORDINAL_BEFORE = re.compile(rf"第[{DIGITS}十\d]{{1,3}}个$")
# 三年行动, 五年规划: a programme named by its length; 80年代 a decade.
NAMED_BY_YEARS = ("行动", "计划", "规划", "代")
MORE_AFTER = ("倍", "岁", "年", "周岁")
AT_MOST = re.compile(r"以内|以下|以上")
LOOK_BACK = 200
CLAUSE_BREAK = re.compile(r"[，,；;。：:！？!?（(\n]")
DOWN = re.compile(r"下降|减少|降低|削减|下滑|回落|压减|缩小|降至|降到|降为|(?<!不)少(?!于)")
UP = re.compile(r"增长|增加(?!值)|上升|提高|提升(?=[至到])|新增|高了|多了|增至|升至|跃升"
                r"|扩大(?=[至到])")
LATIN = re.compile(r"[A-Za-z/]")


@dataclass(slots=True)
class Figure:
    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    kind: str
    approx: bool
    placeholder: bool
    direction: str | None
    value_max: float | None = None

    def to_dict(self) -> dict:
        data = {"start": self.start, "end": self.end, "text": self.text, "value": self.value,
                "unit": self.unit, "kind": self.kind, "approx": self.approx,
                "placeholder": self.placeholder, "direction": self.direction}
        if self.value_max is not None:
            data["value_max"] = self.value_max
        return data


def find_figures(text: str) -> list[Figure]:
    figures = [figure for match in FIGURE.finditer(text)
               if (figure := _figure(text, match)) is not None]
    names = [m.span() for m in NOT_FIGURES.finditer(text)]
    figures = [f for f in figures if not any(s < f.end and f.start < e for s, e in names)]
    figures += _ratios(text, figures)
    figures += _fractions(text, figures)
    figures.sort(key=lambda figure: figure.start)
    _set_directions(text, figures)
    return figures


def _figure(text: str, match: re.Match) -> Figure | None:
    num, unit = match.group("num"), match.group("unit")
    start, end = match.span()
    before = text[max(0, start - 1):start]
    if before and (before.isdigit() or before in ".．" or LATIN.match(before)):
        return None
    if unit and match.group("space") and unit not in "%％":
        unit = None
        end = match.end("num")
    magnitude = match.group("mag") or ""
    if not unit:
        end = match.end("mid") if match.group("mid") else match.end("num")
        if magnitude:
            end = match.end("mag")
    more = bool(match.group("more")) and unit in MORE_AFTER
    if more:
        end = match.end("more")
    if match.group("post") and unit:
        end = match.end("post")
    after = text[end:end + 1]
    if unit is None and after and LATIN.match(after):
        return None
    unit_l = unit.lower() if unit else None
    placeholder = num[0] in "Xx×"
    arabic = num[0].isdigit() or num[0] in FULL_WIDTH_DIGITS
    chinese = not arabic and not placeholder
    approx = bool(match.group("pre") or match.group("mid") or more or (unit and "多" in unit)
                  or (match.group("post") and unit))
    percent_words = "分之" in num  # 百分之二十三点五, 五分之一

    if before == "每" or ORDINAL_BEFORE.search(text, max(0, start - 5), start):
        return None  # 每10万人 is a denominator, 第一个十年 a period
    if unit == "年" and text.startswith(NAMED_BY_YEARS, end):
        return None
    if unit == "对" and text[end:end + 1].isdigit():
        return None  # 1对1帮扶
    if before in ("第", "届"):
        if before == "第" and unit in ("名", "位") and not match.group("pre"):
            return _make(text, start - 1, end, num, None, unit, "rank", False, False)
        return None
    if text.startswith("号", end) or text.startswith("号", match.end("num")):
        return None
    if unit == "周" and text.startswith("年", end):
        return None  # 60周年 is an anniversary
    if percent_words:
        return _make(text, start, match.end("num"), num, None, "%", "percent",
                     bool(match.group("pre")), False)
    if unit is None:
        return _unitless(text, match, start, arabic)
    if unit_l == "年" and (placeholder or (arabic and (to_float(num) or 0) >= 1000)) \
            and not approx:
        return None  # a year (dates are not figures); 5000多年 is a length of time
    if chinese:
        if num == "一" and unit != "个百分点":
            return None
        if len(num) > 1 and not re.search("[十百千万亿点]", num):
            return None  # 一一、二三: digits in a row are names, not numbers
        if BARE_MAGNITUDE.match(num) and not (approx or before in ("超", "逾")):
            return None
        if num in CN_SMALL:
            if unit not in CN_SMALL_UNITS and not approx:
                return None
        elif unit not in CN_UNITS and not approx:
            return None
    if unit == "分" and not arabic:
        return None
    value_max = to_float(match.group("num2")) if match.group("num2") else None
    if match.group("sep") and value_max is None:
        return None
    kind = KIND_OF_UNIT[unit]
    unit = unit_l if unit_l in ("kva", "kw", "mw") else UNIT_NAMES.get(unit, unit)
    return _make(text, start, end, num + magnitude, value_max, unit, kind, approx, placeholder)


def _unitless(text: str, match: re.Match, start: int, arabic: bool) -> Figure | None:
    num = match.group("num")
    if not arabic:
        return None
    if (re.search(_MAG + "$", num) or match.group("mag")) and not match.group("sep"):
        end = match.end("mag") if match.group("mag") else match.end("num")
        if text.startswith(("年", "月", "日"), end):
            return None
        return _make(text, start, end, num + (match.group("mag") or ""), None, None, "count",
                     bool(match.group("mid")), False)
    # A bare number is a figure where a rate or index is being stated: 万车死亡率控制在2.2.
    end = match.end("num")
    # Looking back no further than LOOK_BACK: a text without sentence ends made this quadratic.
    low = max(0, start - LOOK_BACK)
    sentence_start = max([text.rfind(mark, low, start) for mark in "。；;！？\n"] + [low - 1])
    if not INDEX_NOUN.search(text, sentence_start + 1, start) \
            or not RATE_BEFORE.search(text, low, start):
        return None
    if not RATE_AFTER.match(text, end):
        return None
    post = AT_MOST.match(text, end)  # 以内 / 以下 / 以上, not the 至 of 从…至…
    if post:
        end = post.end()
    return _make(text, start, end, num, None, None, "rate", bool(post), False)


def _make(text, start, end, num, value_max, unit, kind, approx, placeholder) -> Figure:
    value = None if placeholder else to_float(num)
    return Figure(start=start, end=end, text=text[start:end], value=value, unit=unit,
                  kind=kind, approx=approx, placeholder=placeholder, direction=None,
                  value_max=value_max)


def _ratios(text: str, figures: list[Figure]) -> list[Figure]:
    found = []
    for match in RATIO.finditer(text):
        parts = re.split("[:：]", match.group())
        context = text[max(0, match.start() - 10):match.start()]
        if len(parts) < 3 and not RATIO_CONTEXT.search(context):
            continue
        found.append(Figure(start=match.start(), end=match.end(), text=match.group(),
                            value=None, unit=None, kind="ratio", approx=False,
                            placeholder=False, direction=None))
    figures[:] = outside(figures, found)
    return found


def _fractions(text: str, figures: list[Figure]) -> list[Figure]:
    found = []
    for match in FRACTION.finditer(text):
        top, bottom = int(match.group(1)), int(match.group(2))
        if top >= bottom or any(f.start < match.end() and match.start() < f.end for f in figures):
            continue
        found.append(Figure(start=match.start(), end=match.end(), text=match.group(),
                            value=top / bottom * 100, unit="%", kind="percent", approx=False,
                            placeholder=False, direction=None))
    return found


def _set_directions(text: str, figures: list[Figure]) -> None:
    """Direction from the words just before a figure in its clause: 同比下降23.5% → down.

    A figure joined to the previous one by 和/、/及 shares its direction (削减55吨和115吨).
    """
    previous_end, previous_direction = -1, None
    for figure in figures:
        lead = text[max(0, figure.start - 10, previous_end):figure.start]
        breaks = list(CLAUSE_BREAK.finditer(lead))
        if breaks:
            lead = lead[breaks[-1].end():]
        if figure.start - previous_end <= 1 and text[previous_end:figure.start] in "和及与":
            figure.direction = previous_direction
        else:
            down = [m.end() for m in DOWN.finditer(lead)]
            up = [m.end() for m in UP.finditer(lead)]
            if down or up:
                figure.direction = "down" if max(down, default=-1) > max(up, default=-1) else "up"
        previous_end, previous_direction = figure.end, figure.direction
