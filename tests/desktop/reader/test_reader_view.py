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
