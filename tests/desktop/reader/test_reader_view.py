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
