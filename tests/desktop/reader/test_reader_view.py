"""The reading surface: layers drawn as text colour and underlines, highlights as fills."""
from PySide6.QtCore import Qt

from tests.desktop.conftest import longest, select_text


def test_user_highlights_look_different_from_layers(qtbot, window):
    window.open_speech(longest(window).id)
    view = window.reader.view
    layer_backgrounds = {s.format.background().style() for s in view.extraSelections()}
    assert layer_backgrounds == {Qt.BrushStyle.NoBrush}
    select_text(qtbot, window, "安全")
    qtbot.keyClick(view, Qt.Key.Key_1)
    filled = [s for s in view.extraSelections()
              if s.format.background().style() != Qt.BrushStyle.NoBrush]
    assert len(filled) == 1


def test_a_double_click_finds_the_word_jieba_reads():
    from desktop.reader.reader_view import word_at
    text = "各级各部门要切实履行安全生产监管职责。"
    start = text.index("监管")
    assert text[slice(*word_at(text, start + 1))] == "监管"
    assert word_at(text, text.index("。")) is None and word_at(text, 99) is None


def test_a_noted_highlight_is_marked_and_overlaps_show_both_colours(qtbot, window):
    window.open_speech(longest(window).id)
    view = window.reader.view
    text = window.reader.text()
    start = text.index("安全生产")
    speech = window.current_id
    window.library.annotations.add(speech, start, start + 4, "yellow", "记住")
    window.library.annotations.add(speech, start + 2, start + 6, "blue")
    window.open_speech(speech)
    filled = {(s.cursor.selectionStart(), s.cursor.selectionEnd()):
              (s.format.fontOverline(), s.format.background().color().name())
              for s in view.extraSelections()
              if s.format.background().style() != Qt.BrushStyle.NoBrush}
    noted, yellow = filled[(start, start + 4)]
    plain, blue = filled[(start + 2, start + 6)]
    assert noted and not plain
    assert filled[(start + 2, start + 4)][1] not in (yellow, blue)


def _spans(view):
    return [(view._py(s.cursor.selectionStart()), view._py(s.cursor.selectionEnd()))
            for s in view.extraSelections()]


def _directives(window):
    return [m for m in window.reader.mentions() if m.kind == "directive"]


def test_a_directive_shows_its_modal_word_and_a_mark_in_the_margin(qtbot, window):
    window.open_speech(longest(window).id)
    view = window.reader.view
    directives = _directives(window)
    with_marker = [d for d in directives if d.data.get("marker")]
    assert with_marker and len(with_marker) < len(directives)  # tasks have no modal word
    spans = _spans(view)
    first = with_marker[0]
    assert tuple(first.data["marker"]) in spans and (first.start, first.end) not in spans
    assert window.reader.text()[slice(*first.data["marker"])] in (
        "要", "必须", "严禁", "确保", "严格", "切实", "坚决", "不得", "希望", "务必", "一定要")
    view.scroll_to(first.start)
    marks = view.directive_marks()
    assert marks and all(rect.x() < view.document().documentMargin() for rect, _ in marks)
    assert {strength for _, strength in marks} <= {"prohibit", "must", "should", "hope"}


def test_the_mouse_over_a_directive_underlines_the_whole_sentence(qtbot, window):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    window.open_speech(longest(window).id)
    view = window.reader.view
    directive = next(d for d in _directives(window) if d.end - d.start > 12)
    view.scroll_to(directive.start)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view._qt(directive.start + 4))
    # Off it first: a move to where the mouse already is (an earlier test may have left it
    # there) sends no event.
    QTest.mouseMove(view.viewport(), view.cursorRect(cursor).center() + QPoint(0, 200))
    QTest.mouseMove(view.viewport(), view.cursorRect(cursor).center())
    assert view.hovered is directive
    assert (directive.start, directive.end) in _spans(view)
    view.leaveEvent(None)
    assert view.hovered is None and (directive.start, directive.end) not in _spans(view)


def test_focusing_the_directive_layer_underlines_every_directive(qtbot, window):
    window.open_speech(longest(window).id)
    view = window.reader.view
    action = window.action["whole-directives"]
    assert action.isCheckable() and action.shortcut().toString() == "Ctrl+Shift+W"
    action.trigger()
    spans = set(_spans(view))
    assert all((d.start, d.end) in spans for d in _directives(window))
    action.trigger()
    assert not any((d.start, d.end) in set(_spans(view)) for d in _directives(window)
                   if d.data.get("marker"))


def _heading_ranges(view):
    """(start, end, bold) of each heading's words as the document shows them."""
    from PySide6.QtGui import QTextCursor
    found = []
    for section in view.outline:
        cursor = QTextCursor(view.document())
        cursor.setPosition(view._qt(section.start) + 1)
        found.append((section.start, section.start + len(section.label) + len(section.title),
                      cursor.charFormat().fontWeight() >= 700))
    return found


def test_headings_are_set_apart_in_bold(qtbot, window):
    window.open_speech(longest(window).id)
    view = window.reader.view
    headings = _heading_ranges(view)
    assert len(headings) >= 3 and all(bold for _, _, bold in headings)
    start = headings[0][0]
    block = view.document().findBlock(view._qt(start))
    assert block.blockFormat().topMargin() > 0
    window.session.zoom(1)  # a larger text keeps its headings bold
    assert all(bold for _, _, bold in _heading_ranges(view))


def test_a_glossary_after_the_speech_is_set_smaller_under_its_own_heading(windows, tmp_path):
    from PySide6.QtGui import QTextCursor

    from db import Library
    source = tmp_path / "report.txt"
    source.write_text("某县政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、今年工作安排\n"
                      "推进“两新”工作，扩大有效投资。\n名词解释\n1.“两新”：是指大规模设备更新和消费品以旧换新。\n",
                      encoding="utf-8")
    with Library(tmp_path / "library.sqlite") as library:
        library.importer.import_file(source)
    window = windows.open(tmp_path / "library.sqlite")
    window.open_speech(window.library.speeches.all()[0].id)
    view, text = window.reader.view, window.reader.text()

    def size_at(offset):
        cursor = QTextCursor(view.document())
        cursor.setPosition(view._qt(offset) + 1)
        return cursor.charFormat().fontPointSize() or view.document().defaultFont().pointSizeF()
    assert size_at(text.index("是指")) < size_at(text.index("扩大有效投资"))
    assert any(s.kind == "notes" and s.label == "名词解释" for s in view.outline)


def _unsure(view):
    from PySide6.QtGui import QTextCharFormat
    return [(view._py(s.cursor.selectionStart()), view._py(s.cursor.selectionEnd()))
            for s in view.extraSelections()
            if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine]


def test_characters_ocr_was_unsure_of_have_a_faint_dotted_line_the_view_menu_hides(
        qtbot, windows, window):
    from db import ocr
    from desktop.common.themes import THEMES
    speech = longest(window).id
    text = window.library.speeches.get(speech).text
    at = text.index("安全")
    with window.library.using():
        ocr.store(speech, True, [(at, at + 2)])
    window.open_speech(speech)
    view = window.reader.view
    assert _unsure(view) == [(at, at + 2)]
    for name in ("light", "dark"):  # the ink, faint, on either page
        view.set_reading("", 165, THEMES[name])
        [line] = [s.format.underlineColor() for s in view.extraSelections()
                  if s.format.underlineStyle() == s.format.UnderlineStyle.DotLine]
        assert line.name() == THEMES[name].ink and 0 < line.alphaF() < 0.6
    assert "read by OCR from a scan" in window.reader.details.text()
    assert "OCR was unsure" in view.tooltip_at(at)
    window.action["layer-uncertain"].trigger()
    assert _unsure(view) == []
    windows.close(window)
    again = windows.open(window.library.path)
    again.open_speech(speech)
    assert not again.action["layer-uncertain"].isChecked() and _unsure(again.reader.view) == []


def test_a_speech_not_read_by_ocr_has_no_unsure_characters_nor_their_switch(window):
    window.open_speech(longest(window).id)
    assert _unsure(window.reader.view) == []
    assert "OCR" not in window.reader.details.text()
    [button] = [b for b in window.reader.legend.buttons
                if b.defaultAction() is window.reader.layer_actions()["uncertain"]]
    assert button.isHidden()
