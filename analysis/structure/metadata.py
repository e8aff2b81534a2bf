"""Speech metadata from its title line and the lines around it: speaker role, occasion, date."""
from __future__ import annotations

import re

from analysis.language.numerals import parse_date
from analysis.language.tokens import first_word

ROLE_WORDS = (r"(?:常务)?副?(?:书记|(?:省|市|区|县|州|镇|乡|旗|局|处|科|厅|部|院|校|所|社|行|队|站"
              r"|村|委员会|委|办)长|主任|主席|总理|国务委员|委员|总经理|经理|董事长|负责人|秘书长|巡视员|调研员"
              r"|总监|总工程师|同志)")
ROLE = re.compile(ROLE_WORDS + "$")
# The commonest surnames, which together name some nine in ten people.
SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
               "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
               "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章"
               "鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉"
               "骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
               "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄"
               "丛仲虞敖巩明佘池查麻苑迟邝")
ON_OCCASION = re.compile(
    r"^(?P<who>[^在]{0,20}?)在(?P<occasion>.+?)(?:上|中|时|开幕式|闭幕式)?的?"
    r"(?:交流|典型|表态|书面|主旨|总结|动员|即席|重要)?(?:讲话|发言|致辞|报告|主持词|演讲)")
# 县长李四, 李四县长, 李四同志: a role and a name, either way round.
ROLE_THEN_NAME = re.compile(rf"^(?P<role>.{{0,16}}?{ROLE_WORDS})(?P<name>[\u4e00-\u9fff·]{{2,4}})$")
NAME_THEN_ROLE = re.compile(rf"^(?P<name>[\u4e00-\u9fff·]{{2,4}}?)(?P<role>{ROLE_WORDS})$")
SPEAKER_FIRST = re.compile(r"^(?P<who>[^在]{1,12}?)(?=[^在]{0,20}(?:讲话|发言|致辞))")
DATE_LINE = re.compile(r"^[（(]?(?P<date>(?:\d{4}|20[xX×]{2}|[xX×]{4})年\d{1,2}月\d{1,2}日)[）)]?$")


def parse_title(title: str) -> tuple[str | None, str | None]:
    """(speaker role, occasion) as the title states them."""
    title = title.strip().rstrip("。.")
    # 为全面建设…而团结奋斗——在…大会上的报告: the subtitle after the dash states it
    title = re.split(r"——|—|--", title)[-1].strip() or title
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
    """Who spoke as the title names them: a name (张伟), a role and a name (县长 李四), or a
    role alone (县委书记); None when the words before 在 are none of these."""
    if not who:
        return None
    if is_name(who):
        return who
    after = ROLE_THEN_NAME.match(who)
    before = NAME_THEN_ROLE.match(who)
    if after and is_name(after.group("name"), after_role=True):
        return f"{after.group('role')} {after.group('name')}"
    if before and is_name(before.group("name")):  # 张伟县长; 李四同志 is 李四
        role, name = before.group("role"), before.group("name")
        return name if role == "同志" else f"{role} {name}"
    return who if ROLE.search(who) else None


def is_name(text: str, after_role: bool = False) -> bool:
    """A person's name as jieba knows one (习近平, 刘捷): one word, tagged nr. After a role
    (省长 李炳军) two or three characters opening with a common surname are one too."""
    if not 2 <= len(text) <= 4 or not all("\u4e00" <= ch <= "\u9fff" for ch in text):
        return False  # not worth asking jieba, whose tag table takes a second to load
    if after_role and len(text) <= 3 and text[0] in SURNAMES:
        return True
    word, tag = first_word(text, guess=True)
    return word == text and person(word, tag)


def person(word: str, tag: str | None) -> bool:
    return 2 <= len(word) <= 4 and (tag or "").startswith("nr")


def _longest_role_prefix(title: str) -> str | None:
    for end in range(min(len(title), 12), 1, -1):
        if ROLE.search(title[:end]):
            return title[:end]
    return None
