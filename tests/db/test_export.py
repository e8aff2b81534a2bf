"""Exports opened with each format's own reader; annotations round-trip through JSON."""
import csv
import json
import sqlite3
import zipfile
from html.parser import HTMLParser

import pytest

from db import ExportFilter, Library
from db.export_formats import FORMATS, export
from tests.db.test_search import _import
from tests.speeches import FLOOD, SAFETY

NOTE = '记住 <script>alert("x")</script> & 数字'


@pytest.fixture
def marked(library):
    safety = _import(library, SAFETY, "安全讲话", "张华", "2020-01-02")
    flood = _import(library, FLOOD, "防汛讲话", "李明", "2016-05-10")
    for speech, quote, color, note, tags in (
            (safety, "去年全镇发生事故3起，死亡2人。", "yellow", NOTE, ["重点", "数据"]),
            (safety, "各村要在6月底前完成排查", "green", "", []),
            (flood, "病险水库一律空库运行", "blue", "防汛要点", ["防汛"])):
        start = library.speeches.get(speech).text.index(quote)
        library.annotations.add(speech, start, start + len(quote), color, note, tags)
    return {"safety": safety, "flood": flood}


def test_excerpts_carry_their_citation_and_reference(library, marked):
    excerpts = library.excerpts.select()
    assert [e.quote for e in excerpts] == ["去年全镇发生事故3起，死亡2人。", "各村要在6月底前完成排查",
                                           "病险水库一律空库运行"]
    first = excerpts[0]
    assert first.citation == "《安全讲话》，张华，2020-01-02，一、统一思想，提高认识"
    assert first.reference == f"yandu:speech/{marked['safety']}#char={first.start},{first.end}"
    assert [(c.kind, first.quote[c.start:c.end]) for c in first.clozes] == [
        ("figure", "3起"), ("figure", "2人")]
    second = excerpts[1]
    assert second.section == "二、突出重点，狠抓落实 / （二）深入排查隐患"


def test_export_filters(library, marked):
    assert [e.color for e in library.excerpts.select(ExportFilter(colors=["blue"]))] == ["blue"]
    assert {e.speech_id for e in library.excerpts.select(ExportFilter(tags=["防汛"]))} == \
        {marked["flood"]}
    assert {e.speech_id for e in library.excerpts.select(ExportFilter(date_to="2018"))} == \
        {marked["flood"]}
    chosen = library.excerpts.select(ExportFilter(speech_ids=[marked["safety"]],
                                           kinds=["highlight", "directive"]))
    assert {e.kind for e in chosen} == {"highlight", "directive"}
    assert all(e.speech_id == marked["safety"] for e in chosen)
    assert library.excerpts.select(ExportFilter(kinds=["figure"]))[0].quote in ("3起", "2人", "2人。")


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


def test_json_is_web_annotation_and_round_trips(library, marked, tmp_path):
    export(library.excerpts.select(), "json", tmp_path / "out.json")
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert document["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    item = document["items"][0]
    selectors = {s["type"]: s for s in item["target"]["selector"]}
    assert selectors["TextQuoteSelector"]["exact"] == "去年全镇发生事故3起，死亡2人。"
    assert selectors["TextQuoteSelector"]["prefix"].endswith("生命财产安全。")
    position = selectors["TextPositionSelector"]
    assert position["end"] - position["start"] == len("去年全镇发生事故3起，死亡2人。")
    assert [b["value"] for b in item["body"] if b["purpose"] == "commenting"] == [NOTE]
    before = [(e.quote, e.note, e.tags, e.color) for e in library.excerpts.select()]
    library.close()

    # Another library with the same speeches, imported in another order.
    with Library(tmp_path / "other.sqlite") as other:
        _import(other, FLOOD, "防汛讲话", "李明", "2016-05-10")
        _import(other, SAFETY, "安全讲话", "张华", "2020-01-02")
        outcome = other.excerpts.import_annotations(
            (tmp_path / "out.json").read_text(encoding="utf-8"))
        assert (outcome.added, outcome.skipped, outcome.problems) == (3, 0, [])
        after = [(e.quote, e.note, e.tags, e.color) for e in other.excerpts.select()]
        assert after == before
        for excerpt in other.excerpts.select():
            text = other.speeches.get(excerpt.speech_id).text
            assert text[excerpt.start:excerpt.end] == excerpt.quote
        assert other.search.find("数字").hits == 1  # the notes are searchable
        again = other.excerpts.import_annotations((tmp_path / "out.json").read_text(
            encoding="utf-8"))
        assert (again.added, again.skipped) == (0, 3)


def test_bad_annotation_files_are_refused_clearly(library, marked):
    with pytest.raises(ValueError, match="not JSON"):
        library.excerpts.import_annotations("{oops")
    outcome = library.excerpts.import_annotations(json.dumps({"items": [
        {"target": {"source": "urn:sha256:0", "yandu:title": "无此讲话",
                    "selector": [{"type": "TextQuoteSelector", "exact": "x"}]}},
        {"nonsense": True}]}))
    assert outcome.added == 0
    assert [(p.number, p.reason) for p in outcome.problems] == [(1, "no-speech"),
                                                               (2, "unreadable")]
    assert outcome.problems[0].detail == "无此讲话"


def test_a_failed_export_leaves_nothing_behind(library, marked, tmp_path, monkeypatch):
    import db.export_formats as formats

    def broken(excerpts, path, progress):
        path.write_text("half")
        raise RuntimeError("disk full")

    monkeypatch.setitem(formats.WRITERS, "md", broken)
    with pytest.raises(RuntimeError):
        export(library.excerpts.select(), "md", tmp_path / "out.md")
    assert list(tmp_path.glob("*out.md*")) == []
    assert set(FORMATS) == {"md", "docx", "html", "csv", "json", "anki"}
