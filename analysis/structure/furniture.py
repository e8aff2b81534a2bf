"""Web-page furniture: the lines of a scraped page that belong to the site, not the speech."""
from __future__ import annotations

import re

from analysis.language import lexicon
from analysis.language.numerals import parse_date
from analysis.rules import Decision, Layer, rule

# Families of lines a site puts on every page, each a rule (a line that matches is removed).
FAMILIES = {
    rule("furniture.location", Layer.FURNITURE, True, "The page's 'you are here' line",
         "当前位置：首页 > 讲话"):
        r"^(?:当前位置|您现在的位置|你现在的位置|你的位置|您的位置)[:：]",
    rule("furniture.legal", Layer.FURNITURE, True, "Registration and copyright footers",
         "京ICP备12345号 版权所有"):
        r"ICP[备证]|公网安备|备案号|版权所有|copyright|©|powered by|processed in [\d.]+ second",
    rule("furniture.label-line", Layer.FURNITURE, True,
         "A label of the page with its value (editor, source, clicks)", "责任编辑：王五"):
        r"^[（(【\[]?(?:导语|摘要|作者|编辑|责任编辑|浏览|浏览次数|阅读|阅读次数|点击|点击数|字号|来源"
        r"|出处)[:：]",
    rule("furniture.reprint", Layer.FURNITURE, True,
         "Reprint notices and download prompts", "文章转载网络，如有侵权请联系删除"):
        r"文章转载(?:自)?网络|转载请注明|如有侵权|侵权请|预览阅读已结束|下载文档|立即下载|下载全文"
        r"|全文阅读已结束",
    rule("furniture.site-blurb", Layer.FURNITURE, True, "The site editor's own words",
         "以上《讲话》由本站小编整理编辑而成"):
        r"小编|整理编辑而成|^以上《[^》]*》由",
    rule("furniture.link-bar", Layer.FURNITURE, True,
         "Share, tag and previous/next links", "上一篇：关于防汛的讲话"):
        r"^(?:分享到|热搜|标签|关键词|tags|上一篇|下一篇|上一主题|下一主题|本文链接|原文链接|原文地址"
        r"|扫一扫|更多精选)",
    rule("furniture.forum", Layer.FURNITURE, True, "A forum's post bars", "只看该作者"):
        r"只看该作者|倒序浏览|阅读模式|回帖奖励|登录后才可以|立即注册|^gmt[+-]\d",
    rule("furniture.tag", Layer.FURNITURE, True, "A bracketed section tag alone", "[讲话稿]"):
        r"^\[[^\]]{1,10}\]$",
    rule("furniture.portal-bar", Layer.FURNITURE, True,
         "A portal's section bar: short names between bars", "首页 | 时政 | 经济 | 社会"):
        r"^(?:[^\s|｜丨]{1,6}\s*[|｜丨]\s*){3,}[^\s|｜丨]{1,6}$",
}
# One pattern for all the families (one pass a line); the group that matched names the rule.
FAMILY_NAMES = list(FAMILIES)
FURNITURE = re.compile("|".join(f"(?P<f{number}>{pattern})"
                                for number, pattern in enumerate(FAMILIES.values())),
                       re.IGNORECASE)

# Post headers and info bars: furniture that also states the page's date.
DATED_HEADER = re.compile(r"^(?:发表于|发布于|发布时间|更新时间|时间|日期|发布日期)[:：]?\s*"
                          r"(?P<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})")

RELATED_HEAD = re.compile(
    r"^(?:相关阅读|相关文章|相关推荐|相关链接|相关报道|相关附件|相关新闻|最近更新|最新更新|猜你喜欢"
    r"|热门推荐|推荐阅读|延伸阅读|热门文章|精彩推荐|你可能感兴趣的?(?:文章)?)(?:[:：]|>>|》》)?$")
LABELS = lexicon.words("furniture", "label")
# 来源： alone on its line, its value (四川日报) on the next.
LABEL_ALONE = re.compile("^【?(?:" + "|".join(LABELS) + r")[:：]$")
BLURB = re.compile("|".join(map(re.escape, lexicon.words("furniture", "blurb"))))
# A page's own date and time (2026年02月10日 07时41分, 2024-12-23 09:20), an ISO date with the
# site's name after it (2024-12-23 华博范文网): a speech writes its date 2018年2月12日.
STAMP = re.compile(r"^(?P<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})日?\s*"
                   r"(?:\d{1,2}[:：时]\d{2}(?:分|[:：]\d{2})?"
                   r"(?:\s*(?:来源|作者|编辑|发布)[:：]\s*(?P<source>[^\s，。]{2,20}))*"
                   r"|(?P<site>[^\s，。]{2,12}(?:网|网站)))$")
# A dateline fused with the site's name: 某某县人民政府网2026-03-02.
SITE_STAMP = re.compile(r"^(?P<site>[\u4e00-\u9fff]{2,16}(?:网|网站))\s*"
                        r"(?P<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})日?$")
# A page's tools set into a line of text: 【字体：大 中 小】, 分享到： at its end, 【打印】.
TOOLBAR_BITS = re.compile(r"[【\[]\s*(?:字体|字号)\s*[:：]?\s*大\s*中\s*小\s*[】\]]"
                          r"|(?:分享到|分享至)[:：]?\s*$|[【\[]\s*(?:打印|关闭|收藏)\s*[】\]]")
# An archive's licence notice after the speech, often broken into a line per link:
# 本作品是中华人民共和国的⏎法律⏎、⏎法规⏎…属于⏎公有领域⏎。⏎Public domain
LICENCE = re.compile(r"^(?:本作品(?:是|在|属于|不适用|采用|来自)|公有领域$|public domain$"
                     r"|注：中文维基文库|知识共享|creative commons)", re.IGNORECASE)
LICENCE_LINE = 200  # the lines of a licence notice are short; a longer one is the speech again
ISO_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
# The site's name with its navigation (华博范文网 首页).
SITE_NAME = re.compile(r"^(?P<site>[\u4e00-\u9fff]{2,10}(?:网|网站))(?=\s|$)")
# Random identifiers (abcd39f1fb7f426d9dfb6bd0fa1f2146) a page strings through its links.
HEX_ID = re.compile(r"(?<![0-9A-Za-z])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{16,}"
                    r"(?![0-9A-Za-z])[:：]?")
# The wire's dateline and the paper's issue line:
# （新华社北京3月6日电） 《 人民日报 》（2020年11月04日02版）
# A journal's issue as a page credits it: 《求是》2024年第3期, or 《求是》2024/03 as 求是's own
# pages write it.
JOURNAL = (r"《\s*(?P<journal>[\u4e00-\u9fff]{2,12})\s*》\s*(?P<year>\d{4})\s*"
           r"(?:年\s*第\s*(?P<number>\d{1,3})\s*期|/\s*(?P<month>\d{1,2})(?!\d))")
# A journal's credit in parentheses, as a reprint ends: （《求是》2024年第3期）.
JOURNAL_CREDIT = re.compile(rf"[（(]\s*{JOURNAL}\s*[）)]")
PRESS_LINE = re.compile(r"[（(]\s*(?:新华社|中新社|人民日报)[^（）()]{0,16}电\s*[）)]"
                        r"|《\s*[\u4e00-\u9fff]{2,8}报\s*》\s*[（(][^（）()]{0,20}版\s*[）)]")
# A photo's credit (新华社记者 鞠鹏/摄) and the caption before it in the same paragraph.
OUTLET = (r"(?:新华社|人民日报|中新社|本报|央视"
          r"|[\u4e00-\u9fff]{2,10}(?:日报|晚报|新闻|电视台|融媒体中心))")
CREDIT = re.compile(rf"(?:{OUTLET}?(?:特约)?记者)?\s?"
                    rf"[\u4e00-\u9fff·]{{2,4}}\s?/\s?摄|[（(]?\s*{OUTLET}?"
                    r"(?:特约)?记者\s?[\u4e00-\u9fff·]{2,4}\s?摄(?!影)\s*[）)]?")
# A reporter's byline left alone on its line: 记者 张三 李四.
BYLINE = re.compile(r"^[（(]?(?:新华社|人民日报|中新社|本报)?(?:特约)?记者\s?"
                    r"(?:[\u4e00-\u9fff·]{2,4}\s?){1,4}[）)]?$")
CAPTION_START = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日|^这是|^图为|^上图|^下图"
                           r"|中共中央总书记、国家主席")
CAPTION_SENTENCES = 3
SHORT_CAPTION = 24
MENU_ENTRY = 6

DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+(?:com|cn|net|org|cc|info|top)(?![a-z])", re.IGNORECASE)

NAV_WORDS = sorted(lexicon.words("furniture", "navigation"), key=len, reverse=True)
NAV_ONLY = re.compile("(?:" + "|".join(map(re.escape, NAV_WORDS))
                      + r"|[\s|｜/·•,，:：()（）\[\]【】<>«»])+")

BREADCRUMB_SEPARATOR = re.compile(r"\s*(?:>|＞|›|»|→|&gt;)\s*")
SHORT = 60


DATED = rule("furniture.dated-header", Layer.FURNITURE, True,
             "A post header or info bar with the page's date", "发表于 2019-5-20 08:12")
STAMPED = rule("furniture.stamp", Layer.FURNITURE, True, "The page's own date and time stamp",
               "2024-12-23 某某范文网")
BLURBED = rule("furniture.blurb", Layer.FURNITURE, True, "A short line selling the site",
               "仅供参考，请点击下载")
SITE_BAR = rule("furniture.site-bar", Layer.FURNITURE, True,
                "The site's name with its menu", "某某范文网 首页 讲话稿")
NAVIGATION = rule("furniture.navigation", Layer.FURNITURE, True,
                  "A short line of nothing but navigation words", "打印 | 关闭窗口")
DOMAIN_LINE = rule("furniture.domain", Layer.FURNITURE, True,
                   "A short line naming a web address", "更多精彩请访问 example.com")
BREADCRUMB = rule("furniture.breadcrumb", Layer.FURNITURE, True,
                  "A breadcrumb: home > section > title", "首页 > 范文 > 讲话稿")
RELATED = rule("furniture.related", Layer.FURNITURE, True,
               "A 'related reading' list, its head and short lines after it", "相关阅读：")
LABEL_VALUE = rule("furniture.label-value", Layer.FURNITURE, True,
                   "A label alone on its line and its short value under it", "来源：⏎某某日报")
CATEGORY = rule("furniture.category", Layer.FURNITURE, True,
                "A line repeating a section of the breadcrumb", "首页 > 范文 > 讲话⏎范文")
BYLINE_RULE = rule("furniture.byline", Layer.FURNITURE, True,
                   "A reporter's byline alone on its line", "记者 张三 李四")
TOOLS = rule("furniture.tools", Layer.FURNITURE, True,
             "A page's tools set into a line (font size, share, print), taken out of it",
             "来源：某某网 【字体：大 中 小】 分享到：")
LICENCE_RULE = rule("furniture.licence", Layer.FURNITURE, True,
                    "An archive's licence notice and the short lines after it",
                    "本作品在全世界都属于公有领域⏎Public domain")


def furniture_rule(line: str) -> str | None:
    """The rule that makes `line` page furniture, or None."""
    family = FURNITURE.search(line)
    if family and family.lastgroup:
        return FAMILY_NAMES[int(family.lastgroup[1:])]
    if DATED_HEADER.match(line):
        return DATED
    if STAMP.match(line) or SITE_STAMP.match(line) or ISO_DATE.match(line):
        return STAMPED
    if len(line) > SHORT:
        return None
    if BLURB.search(line):
        return BLURBED
    site = SITE_NAME.match(line)
    if site and _site_bar(line[site.end():]):
        return SITE_BAR
    if NAV_ONLY.fullmatch(line):
        return NAVIGATION
    return DOMAIN_LINE if "。" not in line and DOMAIN.search(line) else None


def is_furniture(line: str) -> bool:
    return furniture_rule(line) is not None


def _site_bar(rest: str) -> bool:
    """What follows a site's name on its bar: short menu entries, one of them a navigation
    word (华博范文网 首页 讲话稿 工作报告). A name alone (智能电网) may be a heading."""
    entries = rest.split()
    return (all(len(e) <= MENU_ENTRY for e in entries)
            and any(NAV_ONLY.fullmatch(e) for e in entries))


def breadcrumb(line: str) -> list[str] | None:
    """The segments of a breadcrumb line (首页 > 栏目 > 标题), or None."""
    if "。" in line or len(line) > 200:
        return None
    segments = [s.strip() for s in BREADCRUMB_SEPARATOR.split(line)]
    if len(segments) < 3 or not all(0 < len(s) <= 60 for s in segments):
        return None
    return segments


def page_date(line: str) -> str | None:
    match = DATED_HEADER.match(line) or STAMP.match(line) or SITE_STAMP.match(line)
    if match:
        return parse_date(match.group("date"))
    return parse_date(line) if ISO_DATE.match(line) else None


def page_site(line: str) -> str | None:
    stamp = STAMP.match(line)
    if stamp and (stamp.group("site") or stamp.group("source")):
        return stamp.group("site") or stamp.group("source")
    fused = SITE_STAMP.match(line)
    if fused:
        return fused.group("site")
    site = SITE_NAME.match(line)
    if site and _site_bar(line[site.end():]):
        return site.group("site")
    match = DOMAIN.search(line)
    return match.group(0).lower() if match and len(line) <= SHORT else None


PRESS = rule("furniture.press-line", Layer.FURNITURE, True,
             "The wire's dateline and the paper's issue line", "（新华社北京5月6日电）")
LINK_ID = rule("furniture.link-id", Layer.FURNITURE, True,
               "A random identifier from the page's links", "3f9a0c1d2e4b5a6978c0d1e2f3a4b5c6")
CAPTION = rule("furniture.caption", Layer.FURNITURE, True,
               "A photo's credit and the caption sentences before it", "图为会议现场。记者 王五/摄")


def strip_press(paragraph: str, decisions: list[Decision] | None = None) -> str:
    """A paragraph without the photo captions, wire datelines and paper lines set into it."""
    for pattern, rule_id in ((PRESS_LINE, PRESS), (JOURNAL_CREDIT, PRESS), (HEX_ID, LINK_ID)):
        if decisions is not None:
            decisions += [Decision(rule_id, -1, -1, m.group()) for m in pattern.finditer(paragraph)]
        paragraph = pattern.sub("", paragraph)
    # every credit has its 摄; looking for it first spares most paragraphs the slow pattern
    while "摄" in paragraph and (credit := CREDIT.search(paragraph)) is not None:
        start = _caption_start(paragraph, credit.start())
        if decisions is not None:
            decisions.append(Decision(CAPTION, -1, -1, paragraph[start:credit.end()]))
        paragraph = paragraph[:start] + paragraph[credit.end():]
    return paragraph.strip()


def _caption_start(paragraph: str, credit: int) -> int:
    """Where the caption before a credit begins: back over the sentences just before it for as
    long as they open as captions do (a date, 这是, 图为, the leader's titles), or the credit."""
    if credit <= SHORT_CAPTION and not re.search(r"[，,；;]", paragraph[:credit]):
        return 0  # 政府工作报告。 贵州日报记者 李森 摄: a short line over a photo's credit
    starts = [0] + [m.end() for m in re.finditer(r"[。！？!?]\s*", paragraph[:credit])]
    starts = [start for start in starts if start < credit]
    caption = credit
    for start in reversed(starts[-CAPTION_SENTENCES:]):
        if not CAPTION_START.search(paragraph[start:min(start + 40, caption)]):
            break
        caption = start
    return caption


# What a page says of where its text was published, read from the furniture lines before
# they are dropped: 来源：人民日报, 原文链接：https://…, 《人民日报》（2020年07月22日 02 版）.
SOURCE_JOURNAL = re.compile(rf"(?:^|\s)(?:文章来源|来源|稿源|出处)[:：]\s*{JOURNAL}")
SOURCE_LABEL = re.compile(r"(?:^|\s)(?:文章来源|来源|稿源|出处)[:：]\s*《?\s*"
                          r"(?P<source>[^\s《》|｜:：]{2,30}?)\s*》?(?=\s|$)")
LINK_LABEL = re.compile(r"^(?:本文链接|原文链接|原文地址|网址|来源)[:：]\s*(?P<url>https?://\S+)",
                        re.IGNORECASE)
PAPER_LINE = re.compile(r"《\s*(?P<paper>[\u4e00-\u9fff]{2,8}报)\s*》\s*[（(]\s*"
                        r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日)\s*第?\s*(?P<page>\d{1,3})\s*版\s*[）)]")
SOURCE_LABELS = ("来源", "出处")
# What a content site writes where a source would be: no publication (来源：网友投稿, 本站原创).
UNNAMED_SOURCE = re.compile(r"^(?:网友|本站|本网|原创|网络|互联网|网上|未知|不详|转载|佚名"
                            r"|综合|投稿|http)", re.IGNORECASE)


def source_named(line: str) -> str | None:
    """The publication a furniture line names (来源：人民日报 → 人民日报), or None."""
    match = SOURCE_LABEL.search(line)
    return publication(match.group("source")) if match else None


def publication(value: str) -> str | None:
    """`value` of a 来源 label, unless it names no publication."""
    value = value.strip("《》 ")
    return None if not value or UNNAMED_SOURCE.match(value) else value


def journal_credited(text: str) -> tuple[str, str] | None:
    """The journal and issue (求是, 2024(3)) a credit in parentheses in `text` names."""
    return _journal(JOURNAL_CREDIT.search(text))


def journal_named(line: str) -> tuple[str, str] | None:
    """The journal and issue a 来源 line names (来源：《求是》2024/03 → 求是, 2024(3)), or the
    value of a 来源 label alone on its line."""
    return _journal(SOURCE_JOURNAL.search(line) or re.fullmatch(JOURNAL, line.strip()))


def _journal(match: re.Match | None) -> tuple[str, str] | None:
    if match is None:
        return None
    return match["journal"], f"{match['year']}({int(match['number'] or match['month'])})"


def link_named(line: str) -> str | None:
    """The web address a furniture line gives as the text's own (原文链接：https://…)."""
    match = LINK_LABEL.match(line)
    return match.group("url") if match else None


def paper_line(paragraph: str) -> tuple[str, str | None, str] | None:
    """A newspaper's credit line in a paragraph: (paper, ISO date, 版次 without its zeros)."""
    match = PAPER_LINE.search(paragraph)
    if match is None:
        return None
    return match.group("paper"), parse_date(match.group("date")), str(int(match.group("page")))
