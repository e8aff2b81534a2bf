"""The page printed or saved as PDF: highlights in their colours, notes numbered, all
escaped."""
from datetime import datetime

from db import AnnotationRecord, SpeechRecord, SpeechSummary
from desktop.reader.print_document import speech_html


def _annotation(number, start, end, color, note=""):
    return AnnotationRecord(number, 1, start, end, "", color, note, created_at=datetime.now())


def test_highlights_are_filled_and_notes_numbered_and_escaped():
    text = "第一段<b>粗</b>。\n要加强领导，落实责任。"
    record = SpeechRecord(SpeechSummary(1, 1, "a.txt", 0, "讲话 <一>", None, None, None,
                                        len(text), 2), text, [], [])
    start = text.index("加强")
    page = speech_html(record, [_annotation(1, start, start + 4, "yellow", "要点 & <注>"),
                                _annotation(2, 0, 3, "blue")], "张三 · 2024", "Notes")
    assert "<h2>讲话 &lt;一&gt;</h2>" in page and "&lt;b&gt;粗&lt;/b&gt;" in page
    assert '<span style="background-color:#fff176">加强领导</span><sup>1</sup>' in page
    assert '<span style="background-color:#b3e5fc">第一段</span>' in page
    assert "<li>要点 &amp; &lt;注&gt;</li>" in page and page.count("<sup>") == 1
