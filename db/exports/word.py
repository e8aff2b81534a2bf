"""Excerpts as a Word document that reads as Chinese in Word and LibreOffice: East Asian
language zh-CN, the text in a Song face (SimSun) and headings in a Hei face (SimHei) named
outright instead of the template's theme fonts, and quotes set off by an indent and a rule
rather than italics (which Chinese does not have). Each highlight keeps the reader's colour:
its quote is marked with a bar and a shading of that colour, and a legend names the colours."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from db.exports.labels import (
    ExportLabels,
    Progress,
    by_speech,
    heading,
    pieces,
    source_line,
    speech_line,
)
from db.records import Excerpt

SONG = "SimSun"  # 宋体: body text
HEI = "SimHei"  # 黑体: headings
LATIN_SERIF = "Times New Roman"
LATIN_SANS = "Arial"
THEME_FONTS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
# A highlight's mark: a bar in a strong tone of its colour (the window's pale fill would not
# show on paper) and a pale shading of it behind the quote.
MARKS = {"yellow": ("F9A825", "FFF8D6"), "green": ("43A047", "E8F5E9"),
         "blue": ("039BE5", "E1F5FE"), "pink": ("E91E63", "FCE4EC"),
         "orange": ("FB8C00", "FFF0DC")}
NEUTRAL = ("9E9E9E", "F5F5F5")  # the Quote style's: directives and figures


def _fonts(properties: Any, latin: str, east_asian: str) -> None:
    from docx.oxml.ns import qn

    fonts = properties.get_or_add_rFonts()
    for name in THEME_FONTS:  # a theme font overrides the face named beside it
        fonts.attrib.pop(qn(f"w:{name}"), None)
    for name in ("ascii", "hAnsi", "cs"):
        fonts.set(qn(f"w:{name}"), latin)
    fonts.set(qn("w:eastAsia"), east_asian)


def _chinese_styles(document: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    defaults = document.styles.element.find(qn("w:docDefaults"))
    properties = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _fonts(properties, LATIN_SERIF, SONG)
    language = properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        properties.append(language)
    language.set(qn("w:eastAsia"), "zh-CN")
    theme_language = document.settings.element.find(qn("w:themeFontLang"))
    if theme_language is not None:
        theme_language.set(qn("w:eastAsia"), "zh-CN")

    document.styles["Normal"].font.size = Pt(11)
    for name in ("Normal", "Quote"):
        _fonts(document.styles[name].element.get_or_add_rPr(), LATIN_SERIF, SONG)
    for name in ("Title", "Heading 1", "Heading 2"):
        _fonts(document.styles[name].element.get_or_add_rPr(), LATIN_SANS, HEI)
    quote = document.styles["Quote"]
    quote_font = quote.element.get_or_add_rPr()
    for tag in ("w:i", "w:iCs"):  # the template's italics: a fake slant on Chinese
        for element in quote_font.findall(qn(tag)):
            quote_font.remove(element)
    quote.font.color.rgb = RGBColor(0x22, 0x22, 0x22)
    quote.paragraph_format.left_indent = Pt(21)  # two characters
    quote.paragraph_format.space_before = Pt(6)
    mark(quote.element.get_or_add_pPr(), NEUTRAL)


def mark(properties: Any, colours: tuple[str, str]) -> None:
    """A left bar and a shading in `colours` (bar, fill) on paragraph properties."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    bar, fill = colours
    borders = OxmlElement("w:pBdr")
    rule = OxmlElement("w:left")
    for key, value in (("val", "single"), ("sz", "18"), ("space", "8"), ("color", bar)):
        rule.set(qn(f"w:{key}"), value)
    borders.append(rule)
    properties.append(borders)
    shading = OxmlElement("w:shd")
    for key, value in (("val", "clear"), ("color", "auto"), ("fill", fill)):
        shading.set(qn(f"w:{key}"), value)
    properties.append(shading)


def legend(document: Any, excerpts: list[Excerpt], labels: ExportLabels) -> None:
    """What each colour of the highlights stands for, in the names the reader gave them."""
    from docx.shared import RGBColor

    used = {excerpt.color for excerpt in excerpts if excerpt.kind == "highlight"}
    colours = [name for name in MARKS if name in used]
    if not colours:
        return
    paragraph = document.add_paragraph(labels.legend)
    for name in colours:
        square = paragraph.add_run(" ■ ")
        square.font.color.rgb = RGBColor.from_string(MARKS[name][0])
        paragraph.add_run(labels.colours.get(name, name))


def write(excerpts: list[Excerpt], path: Path, progress: Progress,
          labels: ExportLabels) -> None:
    from docx import Document
    from docx.shared import Pt, RGBColor

    document = Document()
    _chinese_styles(document)
    document.core_properties.language = "zh-CN"
    document.core_properties.title = labels.title
    document.add_heading(labels.title, level=1)
    legend(document, excerpts, labels)
    done = 0
    for group in by_speech(excerpts):
        document.add_heading(heading(group[0], labels), level=2)
        if speech_line(group[0]):
            document.add_paragraph(speech_line(group[0]))
        for excerpt in group:
            paragraph = document.add_paragraph(style="Quote")
            if excerpt.kind == "highlight":
                mark(paragraph._p.get_or_add_pPr(), MARKS.get(excerpt.color, NEUTRAL))
            for run, marked in pieces(excerpt):
                paragraph.add_run(run).bold = marked or None
            if excerpt.note:
                paragraph = document.add_paragraph()
                paragraph.add_run(labels.note).bold = True
                paragraph.add_run(excerpt.note)  # python-docx writes \n as a line break
            if excerpt.tags:
                document.add_paragraph(labels.tags + labels.tag_list(excerpt.tags))
            cite = document.add_paragraph().add_run(labels.source.format(
                source=source_line(excerpt, labels), kind=labels.kind(excerpt.kind)))
            cite.font.size = Pt(9)
            cite.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
            done += 1
            progress(done, len(excerpts))
    document.save(str(path))
