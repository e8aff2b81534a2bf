"""Web-page furniture: the lines of a scraped page that belong to the site, not the speech."""
from __future__ import annotations

import re

from analysis.language import lexicon
from analysis.language.numerals import parse_date

FURNITURE = re.compile("|".join([
    r"^(?:当前位置|您现在的位置|你现在的位置|你的位置|您的位置)[:：]",
    r"ICP[备证]|公网安备|备案号|版权所有|copyright|©|powered by|processed in [\d.]+ second",
    r"^(?:导语|摘要|作者|编辑|责任编辑|浏览|浏览次数|阅读|阅读次数|点击|点击数|字号|来源|出处)[:：]",
    r"文章转载(?:自)?网络|转载请注明|如有侵权|侵权请|预览阅读已结束|下载文档|立即下载|下载全文|全文阅读已结束",
    r"小编|整理编辑而成|^以上《[^》]*》由",
    r"^(?:分享到|热搜|标签|关键词|tags|上一篇|下一篇|上一主题|下一主题|本文链接|原文链接|原文地址|扫一扫|更多精选)",
    r"只看该作者|倒序浏览|阅读模式|回帖奖励|登录后才可以|立即注册|^gmt[+-]\d",
    r"^\[[^\]]{1,10}\]$",
]), re.IGNORECASE)

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
                   r"(?:\d{1,2}[:：时]\d{2}(?:分|[:：]\d{2})?|(?P<site>[^\s，。]{2,12}(?:网|网站)))$")
ISO_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
# The site's name with its navigation (华博范文网 首页).
SITE_NAME = re.compile(r"^(?P<site>[\u4e00-\u9fff]{2,10}(?:网|网站))(?=\s|$)")
# Random identifiers (abcd39f1fb7f426d9dfb6bd0fa1f2146) a page strings through its links.
HEX_ID = re.compile(r"(?<![0-9A-Za-z])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{16,}"
                    r"(?![0-9A-Za-z])[:：]?")
# The wire's dateline and the paper's issue line:
# （新华社北京3月6日电） 《 人民日报 》（2020年11月04日02版）
PRESS_LINE = re.compile(r"[（(]\s*(?:新华社|中新社|人民日报)[^（）()]{0,16}电\s*[）)]"
                        r"|《\s*[\u4e00-\u9fff]{2,8}报\s*》\s*[（(][^（）()]{0,20}版\s*[）)]")
# A photo's credit (新华社记者 鞠鹏/摄) and the caption before it in the same paragraph.
CREDIT = re.compile(r"(?:(?:新华社|人民日报|中新社|本报|央视)?(?:特约)?记者)?\s?"
                    r"[\u4e00-\u9fff·]{2,4}\s?/\s?摄|[（(]?\s*(?:新华社|人民日报|中新社|本报)?"
                    r"(?:特约)?记者\s?[\u4e00-\u9fff·]{2,4}\s摄\s*[）)]?")
# A reporter's byline left alone on its line: 记者 张三 李四.
BYLINE = re.compile(r"^[（(]?(?:新华社|人民日报|中新社|本报)?(?:特约)?记者\s?"
                    r"(?:[\u4e00-\u9fff·]{2,4}\s?){1,4}[）)]?$")
CAPTION_START = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日|^这是|^图为|^上图|^下图"
                           r"|中共中央总书记、国家主席")
CAPTION_SENTENCES = 3
MENU_ENTRY = 6

DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+(?:com|cn|net|org|cc|info|top)(?![a-z])", re.IGNORECASE)

NAV_WORDS = sorted(lexicon.words("furniture", "navigation"), key=len, reverse=True)
NAV_ONLY = re.compile("(?:" + "|".join(map(re.escape, NAV_WORDS))
                      + r"|[\s|｜/·•,，:：()（）\[\]【】<>«»])+")

BREADCRUMB_SEPARATOR = re.compile(r"\s*(?:>|＞|›|»|→|&gt;)\s*")
SHORT = 60


def is_furniture(line: str) -> bool:
    if FURNITURE.search(line) or DATED_HEADER.match(line) or STAMP.match(line):
        return True
    if ISO_DATE.match(line) or (len(line) <= SHORT and BLURB.search(line)):
        return True
    site = SITE_NAME.match(line)
    if site and len(line) <= SHORT and _site_bar(line[site.end():]):
        return True
    if len(line) <= SHORT and NAV_ONLY.fullmatch(line):
        return True
    return len(line) <= SHORT and "。" not in line and bool(DOMAIN.search(line))


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
    match = DATED_HEADER.match(line) or STAMP.match(line)
    if match:
        return parse_date(match.group("date"))
    return parse_date(line) if ISO_DATE.match(line) else None


def page_site(line: str) -> str | None:
    stamp = STAMP.match(line)
    if stamp and stamp.group("site"):
        return stamp.group("site")
    site = SITE_NAME.match(line)
    if site and _site_bar(line[site.end():]):
        return site.group("site")
    match = DOMAIN.search(line)
    return match.group(0).lower() if match and len(line) <= SHORT else None


def strip_press(paragraph: str) -> str:
    """A paragraph without the photo captions, wire datelines and paper lines set into it."""
    paragraph = HEX_ID.sub("", PRESS_LINE.sub("", paragraph))
    while (credit := CREDIT.search(paragraph)) is not None:
        start = _caption_start(paragraph, credit.start())
        paragraph = paragraph[:start] + paragraph[credit.end():]
    return paragraph.strip()


def _caption_start(paragraph: str, credit: int) -> int:
    """Where the caption before a credit begins: back over the sentences just before it for as
    long as they open as captions do (a date, 这是, 图为, the leader's titles), or the credit."""
    starts = [0] + [m.end() for m in re.finditer(r"[。！？!?]\s*", paragraph[:credit])]
    starts = [start for start in starts if start < credit]
    caption = credit
    for start in reversed(starts[-CAPTION_SENTENCES:]):
        if not CAPTION_START.search(paragraph[start:min(start + 40, caption)]):
            break
        caption = start
    return caption
