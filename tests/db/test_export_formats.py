"""Each export format opened with its own reader; nothing half-written when a writer fails."""
import csv
import sqlite3
import zipfile
from html.parser import HTMLParser

import pytest

from db.export_formats import FORMATS, export
from tests.db.conftest import NOTE


def test_markdown_and_html_keep_notes_as_text(library, marked, tmp_path):
    excerpts = library.excerpts.select()
    export(excerpts, "md", tmp_path / "out.md")
    text = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert "## 《安全讲话》" in text and "> 去年全镇发生事故3起，死亡2人。" in text
    assert "— 《安全讲话》，张华，2020-01-02" in text and "#重点" in text

    export(excerpts, "html", tmp_path / "out.html")

    class Reader(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tags, self.text, self.links = [], [], []

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)
            self.links += [value for name, value in attrs if name in ("src", "href")]

        def handle_data(self, data):
            self.text.append(data)

    reader = Reader()
    reader.feed((tmp_path / "out.html").read_text(encoding="utf-8"))
    assert "script" not in reader.tags and reader.links == []
    assert any(NOTE in chunk for chunk in reader.text)
    assert reader.tags.count("blockquote") == 3


def test_csv_opens_in_excel_and_reads_back(library, marked, tmp_path):
    export(library.excerpts.select(), "csv", tmp_path / "out.csv")
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == 3 and rows[0]["note"] == NOTE and rows[0]["tags"] == "数据 重点"
    assert rows[2]["citation"].startswith("《防汛讲话》，李明")


def test_docx_has_a_heading_per_speech_and_quotes(library, marked, tmp_path):
    from docx import Document
    export(library.excerpts.select(), "docx", tmp_path / "out.docx")
    document = Document(tmp_path / "out.docx")
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings == ["《安全讲话》", "《防汛讲话》"]
    quotes = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert quotes[0] == "去年全镇发生事故3起，死亡2人。"
    assert any(NOTE in p.text for p in document.paragraphs)
    fonts = document.styles["Normal"].element.rPr.rFonts
    assert fonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia")


def test_anki_package_holds_excerpt_and_cloze_notes(library, marked, tmp_path):
    export(library.excerpts.select(), "anki", tmp_path / "out.apkg")
    with zipfile.ZipFile(tmp_path / "out.apkg") as package:
        package.extract("collection.anki2", tmp_path)
    with sqlite3.connect(tmp_path / "collection.anki2") as collection:
        fields = [row[0].split("\x1f") for row in collection.execute("SELECT flds FROM notes")]
    clozes = [f[0] for f in fields if "{{c1::" in f[0]]
    assert "去年全镇发生事故{{c1::3起}}，死亡2人。" in clozes
    assert "去年全镇发生事故3起，死亡{{c1::2人}}。" in clozes
    excerpts = [f for f in fields if "{{c1::" not in f[0]]
    assert len(excerpts) == 3
    assert any("&lt;script&gt;" in f[0] for f in excerpts)  # the note is the prompt, escaped


def test_a_failed_export_leaves_nothing_behind(library, marked, tmp_path, monkeypatch):
    import db.export_formats as formats

    def broken(excerpts, path, progress, labels):
        path.write_text("half")
        raise RuntimeError("disk full")

    monkeypatch.setitem(formats.WRITERS, "md", broken)
    with pytest.raises(RuntimeError):
        export(library.excerpts.select(), "md", tmp_path / "out.md")
    assert list(tmp_path.glob("*out.md*")) == []
    assert set(FORMATS) == {"md", "docx", "html", "csv", "json", "anki"}
