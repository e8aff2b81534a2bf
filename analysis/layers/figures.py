"""Figures: quantities stated as data, with value, unit, kind, approximation and direction.

The rules follow the labelling guide in tests/data/labelling-guide.md. Dates, documents,
formulas and short quotations are removed by the caller (analysis/layers/extract.py).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from analysis.language import lexicon
from analysis.language.numerals import CN_QUANTITY, DIGITS, FULL_WIDTH_DIGITS, to_float
from analysis.language.spans import outside
from analysis.rules import Decision, Layer, rule
from analysis.vocabulary import Direction

# The units are in resources/lexicon/units.txt, by kind.
UNIT_KINDS = lexicon.unit_kinds()
KIND_OF_UNIT = {unit: kind for kind, units in UNIT_KINDS.items() for unit in units}
# Chinese numerals take only units that measure things; 三个/五项/二期 enumerate, they are
# not data. Single-character numerals (二…十, 两, 半) take fewer still.
CN_SMALL_UNITS = set(lexicon.words("units", "chinese-small"))
CN_UNITS = CN_SMALL_UNITS | set(lexicon.words("units", "chinese-more"))
CN_SMALL = set(DIGITS[1:] + "十两半")
# The same unit written two ways, named one way.
UNIT_NAMES = {"微克每立方米": "微克/立方米", "毫克每升": "毫克/升", "个多月": "个月",
              "个小时": "小时", "％": "%", "个多世纪": "世纪", "个世纪": "世纪"}
# 十亿人口, 8200多万个体工商户: the unit begins a noun there; the number counts.
NOUN_AFTER = {"人": "口", "个": "体"}
BARE_MAGNITUDE = re.compile(r"^(?:[百千万亿]|[十百千][万亿]|[十百千万]+[万亿])$")

# Old typesetting wrote a decimal point as a middle dot (12·5％); 5·12 alone names a day.
_ARABIC = (r"[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*"
           r"(?:[.．][0-9０-９]+|·[0-9０-９]+(?=[%％‰万亿倍元吨]))?")
_CN = CN_QUANTITY
_MAG = r"(?:千万|百万|十万|万亿|[万亿])"
# 二万八千亿, 三亿零四百七十五万: a Chinese number in sections of 万 and 亿.
_CN_FULL = rf"{_CN}(?:[万亿]+零?{_CN})*"
_BASE = (rf"(?:{_ARABIC}{_MAG}?|[百千]分之{_CN}|{_CN}分之{_CN}|{_CN_FULL}{_MAG}?|{_MAG}|半"
         rf"|[Xx×]{{1,3}}{_MAG}?)")
_UNITS = "|".join(sorted((re.escape(unit) for unit in KIND_OF_UNIT), key=len, reverse=True))
FIGURE = re.compile(
    rf"(?P<pre>大约|将近|接近|约|近|逾)?"
    rf"(?P<num>{_BASE})"
    rf"(?:(?P<sep>[—–\-~～至到])(?P<num2>{_ARABIC}|{_CN}))?"
    rf"(?:(?P<mid>余|多)(?P<mag>{_MAG})?)?"
    rf"(?P<space> )?(?P<unit>{_UNITS})?"
    rf"(?P<per>/(?:人|日|天|年|月|户|次|小时|[百千万亿]*元))?"  # 元/月, 吨/日, 人/百亿元
    rf"(?P<more>多)?"
    rf"(?P<post>及以上|及以下|以上|以下|以内|左右)?",
    re.IGNORECASE)
RATIO = re.compile(rf"(?<![0-9.:：∶]){_ARABIC}(?:[:：∶]{_ARABIC}){{1,4}}(?![0-9:：∶])")
# 1/4 of the land: a fraction, read as a percentage like 四分之一. Not 2020/5/12, not 24/7.
FRACTION = re.compile(r"(?<![0-9０-９./．／:A-Za-z])([1-9１-９][0-9０-９]?)[/／]"
                      r"([1-9１-９][0-9０-９]{0,2})(?![0-9０-９./．／:A-Za-z])")
# 突破千亿元, 超百万: a bare magnitude passed is a figure; 千家万户 is not.
THRESHOLD = re.compile(r"(?:超|逾|突破|超过|迈上|跨上|跃上|站上|跨越|达到|(?<![经通越度])过)$")
RATIO_CONTEXT = re.compile(r"比例|结构|比为|之比|收入比|比值")
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
DOWN = re.compile(r"下降|减少|降低|削减|下滑|回落|压减|缩小|降至|降到|降为|(?<!不)少(?!于)"
                  r"|减量|减轻|裁减|节约|节省")
UP = re.compile(r"增长|增加(?!值)|上升|提高|提升(?=[至到])|(?<=率)提升|新增|高了|多了|增至|升至"
                r"|跃升|扩大(?=[至到])|增产|上涨|涨幅|增幅")
LATIN = re.compile(r"[A-Za-z/]")
PREDICATE = re.compile(r"突破|达|超|居|为|占")  # 新增3000公里、突破1.1万公里: a new statement
# 全国第一, 位列第一, 跃居世界第二: an order among others, a rank.
RANKED_IN = re.compile(r"(?:全国|全省|全市|全区|全球|世界|亚洲|位列|位居|居|排名|排在|列)$")
RANK_ENDS = ("", "，", ",", "。", "；", ";", "、", "）", ")", "的")  # not 第十五届, 第三大
# 近八成, 九成以上: tenths; 近一半: a half.
TENTHS = re.compile(r"(?P<pre>近|约|将近)?(?P<num>[一二三四五六七八九两1-9])成"
                    r"(?:(?P<post>以上|以下|左右|多)|(?=[，,。；;、的）)\s]|$))")
HALF = re.compile(r"(?P<pre>近|约|将近)?一半(?P<post>以上|以下|左右)?")
# 翻一番, 翻两番: a doubling, a quadrupling.
DOUBLINGS = re.compile(r"翻了?(?P<num>一|两|三|[1-3])番")
# 一年零三个月: a length of time in years and months.
YEARS_MONTHS = re.compile(rf"(?P<years>{CN_QUANTITY}|[0-9]+)年零?(?P<months>{CN_QUANTITY}|[0-9]+)"
                          r"个(?P<more>多)?月")


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
    direction: Direction | None
    value_max: float | None = None
    rule: str = ""  # the rule that made it

    def to_dict(self) -> dict:
        data = {"start": self.start, "end": self.end, "text": self.text, "value": self.value,
                "unit": self.unit, "kind": self.kind, "approx": self.approx,
                "placeholder": self.placeholder, "direction": self.direction}
        if self.value_max is not None:
            data["value_max"] = self.value_max
        data["rule"] = self.rule
        return data


def find_figures(text: str, decisions: list[Decision] | None = None) -> list[Figure]:
    """The figures of `text`. `decisions`, when given, also receives each number a rule
    refused, with that rule."""
    figures = [figure for match in FIGURE.finditer(text)
               if (figure := _figure(text, match, decisions)) is not None]
    names = [m.span() for m in NOT_FIGURES.finditer(text)]
    kept = []
    for figure in figures:
        if any(s < figure.end and figure.start < e for s, e in names):
            _refuse(decisions, NAME, figure.start, figure.end, text)
        else:
            kept.append(figure)
    figures = kept
    figures += _ratios(text, figures)  # which takes out the figures inside ratios
    figures += _fractions(text, figures)
    figures += _spelled(text, figures)
    figures.sort(key=lambda figure: figure.start)
    _set_directions(text, figures)
    return figures


@dataclass(slots=True)
class _Candidate:
    """A number the pattern found, with its span settled and what is read off it."""
    text: str
    match: re.Match
    start: int
    end: int
    num: str
    unit: str | None
    magnitude: str
    before: str
    placeholder: bool
    arabic: bool
    approx: bool

    @property
    def chinese(self) -> bool:
        return not self.arabic and not self.placeholder


def _candidate(text: str, match: re.Match) -> _Candidate:
    num, unit = match.group("num"), match.group("unit")
    start, end = match.span()
    if unit and match.group("space") and unit not in "%％":
        unit = None  # 5 km: a Latin unit after a space belongs to the next word
        end = match.end("num")
    following = text[match.end("unit"):match.end("unit") + 1] if unit else ""
    if following and unit in NOUN_AFTER and following in NOUN_AFTER[unit] \
            and not match.group("per"):
        unit = None
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
    if match.group("per") and unit:
        unit += match.group("per")
    placeholder = num[0] in "Xx×"
    return _Candidate(
        text=text, match=match, start=start, end=end, num=num, unit=unit, magnitude=magnitude,
        before=text[max(0, start - 1):start], placeholder=placeholder,
        arabic=num[0].isdigit() or num[0] in FULL_WIDTH_DIGITS,
        approx=bool(match.group("pre") or match.group("mid") or more
                    or (unit and "多" in unit) or (match.group("post") and unit)))


REFUSED = object()  # a step's answer: this number is not a figure


@dataclass(frozen=True)
class _Step:
    rule: str
    decide: Callable[[_Candidate], Figure | object | None]  # a Figure, REFUSED, or None: pass


def _refuses(test: Callable[[_Candidate], bool]) -> Callable[[_Candidate], object | None]:
    return lambda c: REFUSED if test(c) else None


def _figure(text: str, match: re.Match, decisions: list[Decision] | None) -> Figure | None:
    """The figure a match of FIGURE is, by the first step that decides."""
    c = _candidate(text, match)
    for step in STEPS:
        outcome = step.decide(c)
        if outcome is None:
            continue
        if isinstance(outcome, Figure):
            outcome.rule = step.rule
            return outcome
        _refuse(decisions, step.rule, c.start, c.end, text)
        return None
    return None


def _refuse(decisions: list[Decision] | None, rule_id: str, start: int, end: int,
            text: str) -> None:
    if decisions is not None:
        decisions.append(Decision(rule_id, start, end, text[start:end]))


def _glued(c: _Candidate) -> bool:
    if c.before and (c.before.isdigit() or c.before in ".．" or LATIN.match(c.before)):
        return True
    after = c.text[c.end:c.end + 1]
    return c.unit is None and bool(after) and bool(LATIN.match(after))


def _rank(c: _Candidate) -> Figure | object | None:
    if c.before not in ("第", "届"):
        return None
    if c.before == "第" and c.unit in ("名", "位") and not c.match.group("pre"):
        return _make(c.text, c.start - 1, c.end, c.num, None, c.unit, "rank", False, False)
    after = c.text[c.match.end("num"):c.match.end("num") + 1]
    if c.before == "第" and RANKED_IN.search(c.text, max(0, c.start - 6), c.start - 1) \
            and (c.unit == "个" or after in RANK_ENDS) and not c.match.group("pre"):
        end = c.end if c.unit else c.match.end("num")  # 全国第一, 全省第4个…的机场
        return _make(c.text, c.start - 1, end, c.num, None, None, "rank", False, False)
    return REFUSED  # 第三、十八届: an ordinal


def _percent_words(c: _Candidate) -> Figure | None:
    if "分之" not in c.num:  # 百分之二十三点五, 五分之一
        return None
    end = c.match.end("num")
    post = AT_MOST.match(c.text, end) or re.compile("左右").match(c.text, end)
    approx = bool(c.match.group("pre") or post)
    end = post.end() if post else end
    if c.num.startswith("千分之"):  # 千分之六点一: per mille, as written
        return _make(c.text, c.start, end, c.num[3:], None, "‰", "percent", approx, False)
    return _make(c.text, c.start, end, c.num, None, "%", "percent", approx, False)


def _magnitude_count(c: _Candidate) -> Figure | object | None:
    """常住人口12万, 十亿人口, 近一亿, 超百万: a number with 万/亿 and no unit counts."""
    if c.unit is not None or c.placeholder or c.match.group("sep"):
        return None
    if not (re.search(_MAG + "$", c.num) or c.match.group("mag")):
        return None
    if c.chinese and not (re.search(f"[{DIGITS}两十]", c.num) or c.before in ("超", "逾")):
        return None  # 千万, 亿万: words
    end = max(c.match.end(group) for group in ("num", "mid", "mag") if c.match.group(group))
    if c.text.startswith(("年", "月", "日", "级"), end):
        return REFUSED  # 五百亿级开发区: a class, not a count
    approx = bool(c.match.group("mid") or c.match.group("pre"))
    if c.chinese and (post := AT_MOST.match(c.text, end)):  # 十二亿以内
        end, approx = post.end(), True
    return _make(c.text, c.start, end, c.num + (c.match.group("mag") or ""), None, None,
                 "count", approx, False)


def _states_a_rate(c: _Candidate) -> bool:
    """Where a rate or an index is being stated: 死亡率控制在2.2, 收入比缩小至2.54."""
    text, start = c.text, c.start
    # Looking back no further than LOOK_BACK: a text without sentence ends made this quadratic.
    low = max(0, start - LOOK_BACK)
    sentence_start = max([text.rfind(mark, low, start) for mark in "。；;！？\n"] + [low - 1])
    return bool(INDEX_NOUN.search(text, sentence_start + 1, start)
                and RATE_BEFORE.search(text, low, start)
                and RATE_AFTER.match(text, c.match.end("num")))


def _rate(c: _Candidate) -> Figure | None:
    if c.unit is not None:
        return None
    end = c.match.end("num")
    post = AT_MOST.match(c.text, end)  # 以内 / 以下 / 以上, not the 至 of 从…至…
    if post:
        end = post.end()
    return _make(c.text, c.start, end, c.num, None, None, "rate", bool(post), False)


def _year(c: _Candidate) -> bool:
    """2016年 is a date; 5000多年 is a length of time."""
    return (c.unit or "").lower() == "年" and not c.approx and (
        c.placeholder or (c.arabic and (to_float(c.num) or 0) >= 1000))


def _enumerates(c: _Candidate) -> bool:
    """三个阶段, 五项整治: a Chinese numeral with a classifier that counts, not measures."""
    if not c.chinese or c.approx:
        return False
    if c.num in CN_SMALL:
        return c.unit not in CN_SMALL_UNITS
    return c.unit not in CN_UNITS


def _with_unit(c: _Candidate) -> Figure | object:
    value_max = to_float(c.match.group("num2")) if c.match.group("num2") else None
    if c.match.group("sep") and value_max is None:
        return REFUSED  # 3—: a range without its other end
    unit = c.unit or ""
    per = unit not in KIND_OF_UNIT  # 元/月: a unit per another
    kind = KIND_OF_UNIT[unit.partition("/")[0] if per else unit]
    if per and kind == "people":
        kind = "rate"  # 0.6人/百亿元: people per amount, a rate
    unit_l = unit.lower()
    unit = unit_l if unit_l in ("kva", "kw", "mw") else UNIT_NAMES.get(unit, unit)
    return _make(c.text, c.start, c.end, c.num + c.magnitude, value_max, unit, kind, c.approx,
                 c.placeholder)


# The steps in the order they are asked; the first that decides, decides.
STEPS = (
    _Step(rule("figure.glued", Layer.FIGURE, False,
               "A number glued to digits or Latin letters is part of a code", "GB50016"),
          _refuses(_glued)),
    _Step(rule("figure.denominator", Layer.FIGURE, False,
               "每 + number: a denominator, not data", "每10万人"),
          _refuses(lambda c: c.before == "每")),
    _Step(rule("figure.ordinal-period", Layer.FIGURE, False,
               "A period named by its order", "第二个五年"),
          _refuses(lambda c: bool(ORDINAL_BEFORE.search(c.text, max(0, c.start - 5),
                                                       c.start)))),
    _Step(rule("figure.named-by-years", Layer.FIGURE, False,
               "A programme named by its length, or a decade", "三年行动、80年代"),
          _refuses(lambda c: c.unit == "年" and c.text.startswith(NAMED_BY_YEARS, c.end))),
    _Step(rule("figure.one-to-one", Layer.FIGURE, False, "1对1: a way of working",
               "1对1帮扶"),
          _refuses(lambda c: c.unit == "对" and c.text[c.end:c.end + 1].isdigit())),
    _Step(rule("figure.rank", Layer.FIGURE, True, "第 + number + 名/位: a rank; other "
               "ordinals are not figures", "排名第3位"), _rank),
    _Step(rule("figure.number-sign", Layer.FIGURE, False, "A number before 号 names a thing",
               "3号楼"),
          _refuses(lambda c: c.text.startswith("号", c.end)
                   or c.text.startswith("号", c.match.end("num")))),
    _Step(rule("figure.aspects", Layer.FIGURE, False,
               "以下N个方面: the parts a speech is organised into", "抓好以下14个方面的工作"),
          _refuses(lambda c: c.text.startswith("方面", c.end)
                   and c.text.endswith(("以下", "下面", "如下", "从"), 0, c.start))),
    _Step(rule("figure.version", Layer.FIGURE, False,
               "A number before 版/方案 names a version", "扩大开放3.0方案"),
          _refuses(lambda c: c.text.startswith(("版", "方案"), c.match.end("num")))),
    _Step(rule("figure.anniversary", Layer.FIGURE, False, "周年: an anniversary", "70周年"),
          _refuses(lambda c: c.unit == "周" and c.text.startswith("年", c.end))),
    _Step(rule("figure.percent-words", Layer.FIGURE, True,
               "百分之… and …分之… are percentages", "百分之十二"), _percent_words),
    _Step(rule("figure.magnitude-count", Layer.FIGURE, True,
               "A number with 万/亿 and no unit is a count", "常住人口12万"), _magnitude_count),
    _Step(rule("figure.no-unit", Layer.FIGURE, False,
               "A Chinese numeral without a unit is a word, not data", "一口吃成胖子"),
          _refuses(lambda c: c.unit is None and not c.arabic)),
    _Step(rule("figure.bare-number", Layer.FIGURE, False,
               "A bare number that states no rate or index is not data", "我们是6.8"),
          _refuses(lambda c: c.unit is None and not _states_a_rate(c))),
    _Step(rule("figure.rate", Layer.FIGURE, True, "A bare number stating a rate or an index",
               "万车死亡率控制在2.5"), _rate),
    _Step(rule("figure.year", Layer.FIGURE, False, "A year is a date, not a figure", "2016年"),
          _refuses(_year)),
    _Step(rule("figure.lone-one", Layer.FIGURE, False,
               "一 with a measure word reads as a/one", "一次、一批"),
          _refuses(lambda c: c.chinese and c.num == "一" and c.unit != "个百分点")),
    _Step(rule("figure.digits-in-a-row", Layer.FIGURE, False,
               "Chinese digits in a row are a name", "一一对应"),
          _refuses(lambda c: c.chinese and len(c.num) > 1
                   and not re.search("[十百千万亿点]", c.num))),
    _Step(rule("figure.bare-magnitude", Layer.FIGURE, False,
               "A bare 百/千/万 counts only with an approximation or a threshold passed "
               "(突破千亿元)", "千家万户"),
          _refuses(lambda c: c.chinese and bool(BARE_MAGNITUDE.match(c.num))
                   and not (c.approx or (c.unit != "年"  # 走过百年: an age, not an amount
                                         and THRESHOLD.search(c.text, max(0, c.start - 2),
                                                              c.start))))),
    _Step(rule("figure.enumerates", Layer.FIGURE, False,
               "A Chinese numeral with a classifier that counts parts of the speech",
               "三个方面"), _refuses(_enumerates)),
    _Step(rule("figure.idiom-fen", Layer.FIGURE, False, "A Chinese numeral with 分, even an "
               "approximate one, is not a score", "花了十多分力气"),
          _refuses(lambda c: c.unit == "分" and not c.arabic)),
    _Step(rule("figure.unit", Layer.FIGURE, True, "A number with its unit or measure word",
               "死亡2人、2.12亿元"), _with_unit),
)
NAME = rule("figure.name", Layer.FIGURE, False, "Numbers inside names and idioms",
            "千家万户、三人篮球")
RATIO_RULE = rule("figure.ratio", Layer.FIGURE, True, "A ratio of three or more parts, or "
                  "after 比例/结构", "三次产业结构为5:40:55")
FRACTION_RULE = rule("figure.fraction", Layer.FIGURE, True, "1/4 is a percentage",
                     "约占1/4")


def _make(text: str, start: int, end: int, num: str, value_max: float | None, unit: str | None,
          kind: str, approx: bool, placeholder: bool) -> Figure:
    value = None if placeholder else to_float(num)
    return Figure(start=start, end=end, text=text[start:end], value=value, unit=unit,
                  kind=kind, approx=approx, placeholder=placeholder, direction=None,
                  value_max=value_max)


def _ratios(text: str, figures: list[Figure]) -> list[Figure]:
    found = []
    for match in RATIO.finditer(text):
        parts = re.split("[:：∶]", match.group())
        context = text[max(0, match.start() - 10):match.start()]
        if len(parts) < 3 and not RATIO_CONTEXT.search(context):
            continue
        found.append(Figure(start=match.start(), end=match.end(), text=match.group(),
                            value=None, unit=None, kind="ratio", approx=False,
                            placeholder=False, direction=None, rule=RATIO_RULE))
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
                            placeholder=False, direction=None, rule=FRACTION_RULE))
    return found


TENTHS_RULE = rule("figure.tenths", Layer.FIGURE, True, "成 and 一半 are percentages",
                   "近八成、一半以上")
DOUBLING_RULE = rule("figure.doubling", Layer.FIGURE, True, "翻一番/翻两番 are multiples, up",
                     "翻两番")
YEARS_MONTHS_RULE = rule("figure.years-months", Layer.FIGURE, True,
                         "X年零Y个月 is a length of time in months", "一年零三个月")


def _spelled(text: str, figures: list[Figure]) -> list[Figure]:
    """Quantities written in words rather than with a unit: 八成, 一半, 翻两番, 一年零三个月."""
    found: list[Figure] = []

    def free(start: int, end: int) -> bool:
        return not any(f.start < end and start < f.end for f in figures + found)

    for pattern in (TENTHS, HALF):
        for match in pattern.finditer(text):
            if not free(*match.span()):
                continue
            value = 50.0 if pattern is HALF else (to_float(match.group("num")) or 0) * 10
            found.append(Figure(match.start(), match.end(), match.group(), value, "%", "percent",
                                bool(match.group("pre") or match.group("post")), False, None,
                                rule=TENTHS_RULE))
    for match in DOUBLINGS.finditer(text):
        if free(*match.span()):
            times = 2.0 ** (to_float(match.group("num")) or 1)
            found.append(Figure(match.start(), match.end(), match.group(), times, "倍",
                                "multiple", False, False, Direction.UP, rule=DOUBLING_RULE))
    for match in YEARS_MONTHS.finditer(text):
        years, months = to_float(match.group("years")), to_float(match.group("months"))
        if years is None or months is None:
            continue
        figures[:] = [f for f in figures if not (f.start < match.end() and match.start() < f.end)]
        found.append(Figure(match.start(), match.end(), match.group(), years * 12 + months,
                            "个月", "duration", bool(match.group("more")), False, None,
                            rule=YEARS_MONTHS_RULE))
    return found


def _set_directions(text: str, figures: list[Figure]) -> None:
    """Direction from the words just before a figure in its clause: 同比下降23.5% → down.

    A figure joined to the previous one by 和/及 shares its direction (削减55吨和115吨); along
    a 、 list only when the list is counted anew (新增…、…).
    """
    previous_end, previous_direction, listed = -1, None, False
    for figure in figures:
        lead = text[max(0, figure.start - 10, previous_end):figure.start]
        breaks = list(CLAUSE_BREAK.finditer(lead))
        if breaks:
            lead = lead[breaks[-1].end():]
        joint = text[previous_end:figure.start] if previous_end >= 0 else "。"
        if (len(joint) <= 1 and joint in "和及与") or (listed and _list_item(joint)):
            figure.direction = previous_direction
        else:
            listed = "新增" in lead
            down = [m.end() for m in DOWN.finditer(lead)]
            up = [m.end() for m in UP.finditer(lead)]
            if down or up:
                figure.direction = (Direction.DOWN if max(down, default=-1) > max(up, default=-1)
                                    else Direction.UP)
        previous_end, previous_direction = figure.end, figure.direction


def _list_item(joint: str) -> bool:
    """What stands between two figures of one 、 list: 、 and the next item's name."""
    return (joint.startswith("、") and len(joint) <= 10 and not CLAUSE_BREAK.search(joint)
            and not DOWN.search(joint) and not UP.search(joint) and not PREDICATE.search(joint))
