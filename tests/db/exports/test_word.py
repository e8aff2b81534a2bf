"""The Word file as Word and LibreOffice read its styles: Chinese text in Song, headings in
Hei, East Asian language zh-CN, quotes without italics; LibreOffice renders it in
tests/db/exports/test_office.py."""
from docx import Document
from docx.oxml.ns import qn

from db import ExportFilter
from db.exports import export
from db.exports.labels import ExportLabels
from db.exports.word import MARKS
from tests.db.conftest import NOTE


def exported(library, tmp_path, where=None):
    export(library.excerpts.select(where), "docx", tmp_path / "out.docx")
    return Document(tmp_path / "out.docx")


def fonts(style):
    return style.element.rPr.rFonts


def test_headings_per_speech_and_quotes(library, marked, tmp_path):
    document = exported(library, tmp_path)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings == ["《安全讲话》", "《防汛讲话》"]
    quotes = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert quotes[0] == "去年全镇发生事故3起，死亡2人。"
    assert any(NOTE in p.text for p in document.paragraphs)


def test_the_text_is_chinese_in_song_and_hei_not_theme_fonts(library, marked, tmp_path):
    document = exported(library, tmp_path)
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    language = defaults.find(qn("w:rPr")).find(qn("w:lang"))
    assert language.get(qn("w:eastAsia")) == "zh-CN"
    assert document.settings.element.find(qn("w:themeFontLang")).get(qn("w:eastAsia")) == "zh-CN"
    for name, face in (("Normal", "SimSun"), ("Quote", "SimSun"), ("Heading 1", "SimHei"),
                       ("Heading 2", "SimHei")):
        rfonts = fonts(document.styles[name])
        assert rfonts.get(qn("w:eastAsia")) == face, name
        themes = [key for key in rfonts.attrib if key.endswith(("Theme", "theme"))]
        assert themes == [], name  # a theme font would win over the face


def test_quotes_are_set_off_without_italics(library, marked, tmp_path):
    quote = exported(library, tmp_path).styles["Quote"]
    assert quote.font.italic is None and quote.element.rPr.find(qn("w:iCs")) is None
    assert quote.paragraph_format.left_indent > 0
    assert quote.element.pPr.find(qn("w:pBdr")).find(qn("w:left")) is not None


def test_note_lines_and_the_marked_figure(library, marked, tmp_path):
    speech = marked["flood"]
    start = library.speeches.get(speech).text.index("病险水库")
    library.annotations.add(speech, start, start + 4, "pink", "第一行\n第二行")
    document = exported(library, tmp_path, ExportFilter(kinds=["highlight", "figure"]))
    note = next(p for p in document.paragraphs if "第一行" in p.text)
    assert note._p.xml.count("<w:br/>") == 1
    bold = [run.text for p in document.paragraphs if p.style.name == "Quote"
            for run in p.runs if run.bold]
    assert "3起" in bold and "2人" in bold


def mark(paragraph):
    """The colours of a quote's own mark: its left bar and its shading."""
    properties = paragraph._p.pPr
    bar = properties.find(qn("w:pBdr")).find(qn("w:left"))
    return bar.get(qn("w:color")), properties.find(qn("w:shd")).get(qn("w:fill"))


def test_each_quote_is_marked_in_its_highlight_colour(library, marked, tmp_path):
    document = exported(library, tmp_path, ExportFilter(kinds=["highlight", "figure"]))
    quotes = [p for p in document.paragraphs if p.style.name == "Quote"]
    figures = [p for p in quotes if any(run.bold for run in p.runs)]
    highlights = [p for p in quotes if p not in figures]
    marks = {p.text[:4]: mark(p) for p in highlights}
    assert marks == {"去年全镇": MARKS["yellow"], "各村要在": MARKS["green"],
                     "病险水库": MARKS["blue"]}
    assert figures and all(p._p.pPr.find(qn("w:pBdr")) is None for p in figures)  # the style's


def test_a_legend_names_the_colours_used(library, marked, tmp_path):
    labels = ExportLabels(legend="颜色：", colours={"yellow": "黄色", "green": "绿色",
                                                   "blue": "蓝色", "pink": "粉色"})
    export(library.excerpts.select(), "docx", tmp_path / "out.docx", labels=labels)
    document = Document(tmp_path / "out.docx")
    legend = document.paragraphs[1]
    assert legend.text.split() == ["颜色：", "■", "黄色", "■", "绿色", "■", "蓝色"]
    squares = [run.font.color.rgb for run in legend.runs if run.text.strip() == "■"]
    assert [str(colour) for colour in squares] == [MARKS[name][0] for name in
                                                  ("yellow", "green", "blue")]


def test_without_highlights_there_is_no_legend(library, marked, tmp_path):
    document = exported(library, tmp_path, ExportFilter(kinds=["figure"]))
    assert not any("■" in p.text for p in document.paragraphs)
