import socket

import pytest

from analysis import analyze_bytes
from tests.speeches import SAFETY

TITLE = "镇长在全镇安全生产工作会议上的讲话"


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the analysis tried to open a network connection")
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def _html(body_lines: list[str]) -> str:
    paragraphs = "".join(f"<p>{line}</p>\n" for line in body_lines)
    return f"""<!DOCTYPE html><html><head>
<meta charset="utf-8"><title>{TITLE} - 范文网</title>
<meta name="publishdate" content="2016-03-05">
<style>p {{ color: red }} .x::after {{ content: "样式文字" }}</style>
<script>var tracking = "脚本里的文字不能进入正文";</script>
<link rel="stylesheet" href="http://example.invalid/site.css">
</head><body>
<nav><a href="/">首页</a> <a href="/list">讲话稿栏目导航文字</a></nav>
<header>范文网 — 专业范文写作平台</header>
<div class="content"><h1>{TITLE}</h1>
<img src="http://example.invalid/banner.png"><iframe src="http://example.invalid/ad">广告框架</iframe>
<p>这是<b>加粗</b>的<span>一句话</span>，不应被拆开。</p>
{paragraphs}
</div>
<footer>版权所有 2016 范文网 京ICP备12345678号</footer>
</body></html>"""


def test_html_reader_keeps_the_speech_and_drops_the_page(no_network):
    page = _html(SAFETY.split("\n"))
    analysis = analyze_bytes(page.encode("utf-8"), "page.html")
    assert analysis.format == "html"
    [speech] = analysis.speeches
    assert speech.title == TITLE
    assert speech.speaker == "镇长"
    assert speech.date == "2016-03-05"
    for dropped in ("脚本里的文字", "样式文字", "导航文字", "专业范文写作平台", "广告框架", "版权所有", "ICP"):
        assert dropped not in speech.text
    assert "这是加粗的一句话，不应被拆开。" in speech.text
    assert speech.text.startswith("这是加粗的一句话，不应被拆开。\n同志们：\n今天召开全镇安全生产工作会议")
    assert [e.label for e in speech.outline if e.level == 1] == ["一、", "二、", "三、"]


def test_html_in_gbk_is_decoded(no_network):
    page = _html(SAFETY.split("\n")).replace('charset="utf-8"', 'charset="gbk"')
    analysis = analyze_bytes(page.encode("gbk"), "page.htm")
    assert analysis.encoding in {"gb18030", "gbk", "gb2312"}
    assert "落实企业主体责任" in analysis.speeches[0].text
