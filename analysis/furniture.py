"""Web-page furniture: the lines of a scraped page that belong to the site, not the speech."""
from __future__ import annotations

import re

from analysis import lexicon
from analysis.numerals import parse_date

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
    r"^(?:相关阅读|相关文章|相关推荐|相关链接|最近更新|最新更新|猜你喜欢|热门推荐|推荐阅读|延伸阅读|热门文章|精彩推荐|你可能感兴趣的?(?:文章)?)[:：]?$")

DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+(?:com|cn|net|org|cc|info|top)(?![a-z])", re.IGNORECASE)

NAV_WORDS = sorted(lexicon.words("furniture", "navigation"), key=len, reverse=True)
NAV_ONLY = re.compile("(?:" + "|".join(map(re.escape, NAV_WORDS))
                      + r"|[\s|｜/·•,，:：()（）\[\]【】<>«»])+")

BREADCRUMB_SEPARATOR = re.compile(r"\s*(?:>|＞|›|»|→|&gt;)\s*")
SHORT = 60


def is_furniture(line: str) -> bool:
    if FURNITURE.search(line) or DATED_HEADER.match(line):
        return True
    if len(line) <= SHORT and NAV_ONLY.fullmatch(line):
        return True
    return len(line) <= SHORT and "。" not in line and bool(DOMAIN.search(line))


def breadcrumb(line: str) -> list[str] | None:
    """The segments of a breadcrumb line (首页 > 栏目 > 标题), or None."""
    if "。" in line or len(line) > 200:
        return None
    segments = [s.strip() for s in BREADCRUMB_SEPARATOR.split(line)]
    if len(segments) < 3 or not all(0 < len(s) <= 60 for s in segments):
        return None
    return segments


def page_date(line: str) -> str | None:
    match = DATED_HEADER.match(line)
    return parse_date(match.group("date")) if match else None


def page_site(line: str) -> str | None:
    match = DOMAIN.search(line)
    return match.group(0).lower() if match and len(line) <= SHORT else None
