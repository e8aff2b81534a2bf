"""The 学习笔记 read back as Word reads it: the reader's title, name and date, excerpts grouped
by speech or by tag with their sources and notes, the 心得体会 section, 公文 faces and sizes,
page numbers; LibreOffice renders it in tests/db/exports/test_office.py."""
import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt

from db.exports import StudyNotes, export
from db.exports.labels import ExportLabels
from db.exports.study_notes import EMPTY_LINES
from tests.db.conftest import NOTE

CHINESE = ExportLabels(note="笔记：", name="姓名：", date="日期：", excerpts_part="学习摘录",
                       reflection_part="心得体会", untagged_group="未加标签",
                       part_number="{number}、", group_number="（{number}）", language="zh-CN")


def notes(library, tmp_path, labels=CHINESE, **said):
    export(library.excerpts.select(), "notes", tmp_path / "notes.docx", labels=labels,
           notes=StudyNotes(**said))
    return Document(tmp_path / "notes.docx")


def texts(document, style):
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_title_name_and_date_head_the_notes(library, marked, tmp_path):
    document = notes(library, tmp_path, title="二季度学习笔记", name="张三", date="2026年5月6日")
    assert texts(document, "Title") == ["二季度学习笔记"]
    assert document.paragraphs[1].text == "姓名：张三　　日期：2026年5月6日"
    assert document.core_properties.author == "张三"
    untitled = notes(library, tmp_path, labels=ExportLabels())
    assert texts(untitled, "Title") == ["Study notes"]
    assert untitled.paragraphs[1].style.name == "Heading 1"  # no name, no date: no line


def test_excerpts_by_speech_with_sources_and_notes(library, marked, tmp_path):
    document = notes(library, tmp_path, group="speech")
    assert texts(document, "Heading 1") == ["一、学习摘录", "二、心得体会"]
    assert texts(document, "Heading 2") == ["（一）《安全讲话》", "（二）《防汛讲话》"]
    lines = [p.text for p in document.paragraphs]
    quote = lines.index("去年全镇发生事故3起，死亡2人。")
    assert lines[quote + 1].startswith("— 张华. 安全讲话[Z]. 2020-01-02.")
    assert lines[quote + 2] == "笔记：" + NOTE
    assert not any("yandu:" in line for line in lines)


def test_each_line_of_a_note_is_a_paragraph(library, marked, tmp_path):
    speech = marked["flood"]
    start = library.speeches.get(speech).text.index("病险水库")
    library.annotations.add(speech, start, start + 4, "pink", "第一行\n第二行")
    lines = [p.text for p in notes(library, tmp_path).paragraphs]
    assert lines[lines.index("笔记：第一行") + 1] == "第二行"


def test_excerpts_by_tag_stand_under_each_of_their_tags(library, marked, tmp_path):
    document = notes(library, tmp_path, group="tag")
    assert texts(document, "Heading 2") == ["（一）数据", "（二）重点", "（三）防汛", "（四）未加标签"]
    lines = [p.text for p in document.paragraphs]
    headings = [lines.index(heading) for heading in texts(document, "Heading 2")]
    under = [lines[start:end] for start, end in zip(headings, headings[1:] + [len(lines)])]
    assert "去年全镇发生事故3起，死亡2人。" in under[0] and "去年全镇发生事故3起，死亡2人。" in under[1]
    assert "病险水库一律空库运行" in under[2] and "笔记：防汛要点" in under[2]
    assert any(line.startswith("各村要在") for line in under[3])


def test_the_reflection_or_room_to_write_it(library, marked, tmp_path):
    document = notes(library, tmp_path, reflection="第一段体会。\n\n第二段体会。")
    lines = [p.text for p in document.paragraphs]
    assert lines[lines.index("二、心得体会"):] == ["二、心得体会", "第一段体会。", "第二段体会。"]
    empty = [p.text for p in notes(library, tmp_path).paragraphs]
    assert empty[empty.index("二、心得体会"):] == ["二、心得体会"] + [""] * EMPTY_LINES


def test_faces_and_sizes_of_an_official_document(library, marked, tmp_path):
    document = notes(library, tmp_path)
    for style, face, size in (("Title", "方正小标宋简体", 22), ("Heading 1", "黑体", 16),
                              ("Heading 2", "楷体_GB2312", 16), ("Normal", "仿宋_GB2312", 16)):
        fonts = document.styles[style].element.rPr.rFonts
        assert fonts.get(qn("w:eastAsia")) == face, style
        assert not [key for key in fonts.attrib if key.endswith(("Theme", "theme"))], style
        assert document.styles[style].font.size == Pt(size), style
    table = document.part.part_related_by(RELATIONSHIP_TYPE.FONT_TABLE).blob.decode()
    for face, fallback in (("方正小标宋简体", "宋体"), ("仿宋_GB2312", "仿宋"),
                           ("楷体_GB2312", "楷体"), ("黑体", "SimHei")):
        assert f'w:name="{face}"><w:altName w:val="{fallback}"/>' in table
    section = document.sections[0]
    sizes = (section.page_width, section.page_height, section.top_margin, section.left_margin)
    assert [round(size.mm) for size in sizes] == [210, 297, 37, 28]  # A4, GB/T 9704's margins


def test_pages_are_numbered_in_the_footer(library, marked, tmp_path):
    footer = notes(library, tmp_path).sections[0].footer.paragraphs[0]
    codes = [code.text for code in footer._p.iter(qn("w:instrText"))]
    assert codes == [" PAGE "] and footer.text == "— 1 —"


def test_an_unknown_grouping_is_refused(library, marked, tmp_path):
    with pytest.raises(ValueError, match="grouping"):
        notes(library, tmp_path, group="colour")
    assert not list(tmp_path.glob("*notes.docx*"))
