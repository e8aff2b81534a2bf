"""A 学习笔记 to hand in, as a Word document: a title, the reader's name and the date, the
excerpts grouped by speech or by tag with their sources and the reader's notes, a 心得体会
section, page numbers. Set like a 公文 (GB/T 9704): title 2号 小标宋, headings 3号 黑体 then
楷体, body 3号 仿宋, on A4 with the standard's margins."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.exports.labels import ExportLabels, Progress, by_speech, heading, pieces, source_line
from db.exports.word import LATIN_SANS, LATIN_SERIF, THEME_FONTS
from db.records import Excerpt

GROUPS = ("speech", "tag")

# The faces a 公文 names, and (altName) the one to use where it is missing. Word's rFonts name
# one face per script: when that face is not installed, Word reads the document's font table
# for the face's altName and uses it if installed, else it takes the installed face nearest
# the table's charset (86, GB2312), family (roman or modern) and PANOSE numbers. The altNames
# are faces every Chinese Windows has (仿宋 FangSong, 楷体 KaiTi, 黑体 SimHei, 宋体 SimSun).
# LibreOffice (7.4) reads neither altName nor family: it looks the name up in its own table
# of substitutes, then asks fontconfig, which on Linux gives the language's default face
# (Noto Sans CJK SC, WenQuanYi Micro Hei) to every name it does not know. A document holds
# no list of faces to try, so Linux readers see the 公文 faces only once they are installed.
TITLE = ("方正小标宋简体", "宋体", "roman")
HEADING = ("黑体", "SimHei", "modern")
SUBHEADING = ("楷体_GB2312", "楷体", "roman")
BODY = ("仿宋_GB2312", "仿宋", "roman")
FACES = (TITLE, HEADING, SUBHEADING, BODY)
SIZE_2, SIZE_3, SIZE_4 = 22, 16, 14  # 2号, 3号 and 4号 in points
LINE = 28  # points a line: 22 lines to a page, as GB/T 9704 asks
EMPTY_LINES = 8  # left for a 心得体会 still to be written


@dataclass(frozen=True)
class StudyNotes:
    """What the reader says about their 学习笔记."""
    title: str = ""  # else labels.notes_title
    name: str = ""
    date: str = ""
    group: str = "speech"  # or "tag": the excerpts under each of their tags
    reflection: str = ""  # the 心得体会; empty: space to write it in


def groups(excerpts: list[Excerpt], group: str,
           labels: ExportLabels) -> Iterator[tuple[str, list[Excerpt]]]:
    """(heading, excerpts) by speech, or by tag: an excerpt under each of its tags, tags in
    the order they first come, the excerpts without one last."""
    if group == "speech":
        for speech in by_speech(excerpts):
            yield heading(speech[0], labels), speech
        return
    tags: dict[str, list[Excerpt]] = {}
    for excerpt in excerpts:
        for tag in excerpt.tags:
            tags.setdefault(tag, []).append(excerpt)
    yield from tags.items()
    untagged = [excerpt for excerpt in excerpts if not excerpt.tags]
    if untagged:
        yield labels.untagged_group, untagged


def chinese_number(number: int) -> str:
    import cn2an  # 0.2 s to import: only when notes are written
    return str(cn2an.an2cn(number))


def numbered(template: str, number: int, labels: ExportLabels) -> str:
    """一、 and （一） in Chinese notes; 1. and (1) in others."""
    chinese = labels.language.startswith("zh")
    return template.format(number=chinese_number(number) if chinese else number)


def _face(style: Any, face: tuple[str, str, str], latin: str, size: int) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for name in THEME_FONTS:  # a theme font overrides the face named beside it
        fonts.attrib.pop(qn(f"w:{name}"), None)
    for name in ("ascii", "hAnsi", "cs"):
        fonts.set(qn(f"w:{name}"), latin)
    fonts.set(qn("w:eastAsia"), face[0])
    style.font.size = Pt(size)
    style.font.bold = False  # 黑体 and 小标宋 are heavy already
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)


def _font_table(document: Any) -> None:
    """Each face in the font table with the face Word takes where it is missing."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.oxml import serialize_part_xml
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    part = document.part.part_related_by(RELATIONSHIP_TYPE.FONT_TABLE)
    table = parse_xml(part.blob)
    for name, alternative, family in FACES:
        table.append(parse_xml(
            f'<w:font {nsdecls("w")} w:name="{name}"><w:altName w:val="{alternative}"/>'
            f'<w:charset w:val="86"/><w:family w:val="{family}"/>'
            f'<w:pitch w:val="variable"/></w:font>'))
    part._blob = serialize_part_xml(table)


def _page(document: Any) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Mm, Pt

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    styles = document.styles
    _face(styles["Normal"], BODY, LATIN_SERIF, SIZE_3)
    body = styles["Normal"].paragraph_format
    body.line_spacing_rule, body.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(LINE)
    body.first_line_indent = Pt(2 * SIZE_3)  # two characters
    body.space_before = body.space_after = Pt(0)
    _face(styles["Title"], TITLE, LATIN_SERIF, SIZE_2)
    title = styles["Title"].paragraph_format
    title.alignment, title.first_line_indent = WD_ALIGN_PARAGRAPH.CENTER, Pt(0)
    title.line_spacing_rule, title.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(2 * LINE)
    title.space_after = Pt(LINE)
    for style_name, face, latin in (("Heading 1", HEADING, LATIN_SANS),
                                    ("Heading 2", SUBHEADING, LATIN_SERIF)):
        _face(styles[style_name], face, latin, SIZE_3)
        layout = styles[style_name].paragraph_format
        layout.first_line_indent = Pt(2 * SIZE_3)
        layout.line_spacing_rule, layout.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(LINE)
        layout.space_before, layout.space_after = Pt(LINE / 2), Pt(0)
    _no_rule_under_the_title(styles["Title"])


def _no_rule_under_the_title(style: Any) -> None:
    from docx.oxml.ns import qn

    properties = style.element.pPr
    for rule in properties.findall(qn("w:pBdr")) if properties is not None else []:
        properties.remove(rule)


def _page_numbers(document: Any) -> None:
    """“— 3 —” centred in the footer, 4号 Song, as GB/T 9704 numbers a page."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Pt(0)
    paragraph.add_run("— ")
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"),
                       ("end", None)):
        run = paragraph.add_run()
        if kind:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            run._r.append(field)
        elif text == " PAGE ":
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = text
            run._r.append(code)
        else:
            run.text = text
    paragraph.add_run(" —")
    for run in paragraph.runs:
        run.font.size = Pt(SIZE_4)
        run.font.name = LATIN_SERIF
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")


def _excerpt(document: Any, excerpt: Excerpt, labels: ExportLabels) -> None:
    from docx.shared import Pt

    quote = document.add_paragraph()
    quote.paragraph_format.space_before = Pt(LINE / 4)  # each excerpt apart from the last
    for run, marked in pieces(excerpt):
        quote.add_run(run).bold = marked or None
    source = document.add_paragraph()
    source.paragraph_format.left_indent = Pt(2 * SIZE_3)  # its second line under its first
    source.paragraph_format.first_line_indent = Pt(0)
    source.paragraph_format.line_spacing = Pt(SIZE_4 * 1.5)  # 4号 lines, closer than 3号
    source.add_run(labels.source.format(source=source_line(excerpt, labels),
                                        kind=labels.kind(excerpt.kind))).font.size = Pt(SIZE_4)
    lines = [line for line in excerpt.note.splitlines() if line.strip()]
    for number, line in enumerate(lines):  # each line of the note a paragraph, indented
        note = document.add_paragraph()
        if number == 0:
            note.add_run(labels.note).font.bold = True
        note.add_run(line)


def _reflection(document: Any, text: str) -> None:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines or [""] * EMPTY_LINES:
        document.add_paragraph(line)


def write(excerpts: list[Excerpt], path: Path, progress: Progress, labels: ExportLabels,
          notes: StudyNotes = StudyNotes()) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    if notes.group not in GROUPS:
        raise ValueError(f"unknown grouping {notes.group!r}; choose one of {', '.join(GROUPS)}")
    document = Document()
    _page(document)
    _font_table(document)
    _page_numbers(document)
    title = notes.title or labels.notes_title
    document.core_properties.title, document.core_properties.language = title, "zh-CN"
    document.core_properties.author = notes.name
    document.add_paragraph(title, style="Title")
    byline = "　　".join(label + value for label, value in (
        (labels.name, notes.name), (labels.date, notes.date)) if value)
    if byline:
        paragraph = document.add_paragraph(byline)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.first_line_indent = Pt(0)
        paragraph.paragraph_format.space_after = Pt(LINE)
    document.add_heading(numbered(labels.part_number, 1, labels) + labels.excerpts_part, level=1)
    placed = list(groups(excerpts, notes.group, labels))
    total, done = sum(len(group) for _, group in placed), 0
    for number, (name, group) in enumerate(placed, start=1):
        document.add_heading(numbered(labels.group_number, number, labels) + name, level=2)
        for excerpt in group:
            _excerpt(document, excerpt, labels)
            done += 1
            progress(done, total)
    document.add_heading(numbered(labels.part_number, 2, labels) + labels.reflection_part, level=1)
    _reflection(document, notes.reflection)
    document.save(str(path))
