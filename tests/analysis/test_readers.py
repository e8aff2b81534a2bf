import io
import socket
import zipfile

import docx
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from analysis import InputError, analyze_bytes
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


def test_docx_reader_reads_paragraphs_in_order(tmp_path):
    document = docx.Document()
    document.core_properties.title = TITLE
    document.add_heading(TITLE, level=1)
    for line in SAFETY.split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    analysis = analyze_bytes(buffer.getvalue(), "speech.docx")
    assert analysis.format == "docx"
    [speech] = analysis.speeches
    assert speech.title == TITLE
    assert speech.text == SAFETY


def _pdf(pages: list[list[str]]) -> bytes:
    """A PDF with a text layer in a CJK font, one line of text per drawn string."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for lines in pages:
        pdf.setFont("STSong-Light", 11)
        for n, line in enumerate(lines):
            pdf.drawString(40, 800 - 18 * n, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pdf_reader_reads_the_text_layer():
    analysis = analyze_bytes(_pdf([[TITLE] + SAFETY.split("\n")]), "speech.pdf")
    assert analysis.format == "pdf"
    [speech] = analysis.speeches
    assert speech.title == TITLE
    assert speech.text == SAFETY


def test_pdf_without_text_layer_is_refused():
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.rect(100, 100, 200, 200, fill=1)
    pdf.showPage()
    pdf.save()
    with pytest.raises(InputError, match="no text layer"):
        analyze_bytes(buffer.getvalue(), "scan.pdf")


@pytest.mark.parametrize("name, data, reason", [
    ("fake.pdf", "同志们：这不是PDF文件".encode() * 10, "not a PDF"),
    ("fake.docx", "同志们：这不是Word文件".encode() * 10, "not a Word .docx file"),
    ("notes.xlsx", b"PK\x03\x04", "unsupported file type '.xlsx'"),
    ("README", b"hello", "unsupported file type '(none)'"),
])
def test_wrong_content_for_the_extension_is_refused(name, data, reason):
    with pytest.raises(InputError, match=reason.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        analyze_bytes(data, name)


def test_zip_that_is_not_a_docx_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "同志们")
    with pytest.raises(InputError, match="no word/document.xml"):
        analyze_bytes(buffer.getvalue(), "archive.docx")


def test_pdf_lines_wrapped_by_the_layout_are_joined_across_pages():
    paragraph = ("各乡镇、各部门要认真贯彻落实本次会议精神，结合实际制定具体措施，"
                 "把安全生产责任落实到每一个岗位、每一名职工，确保全年不发生较大以上事故。")
    lines = [paragraph[i:i + 30] for i in range(0, len(paragraph), 30)]
    data = _pdf([[TITLE, "同志们：", lines[0]], lines[1:]])
    [speech] = analyze_bytes(data, "wrapped.pdf").speeches
    assert speech.text == "同志们：\n" + paragraph
