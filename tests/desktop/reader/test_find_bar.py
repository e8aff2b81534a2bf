"""Find in the open speech: the count and stepping through the matches."""
from PySide6.QtCore import Qt

from tests.desktop.conftest import longest, type_text


def test_find_counts_and_steps_through_matches(qtbot, window):
    window.open_speech(longest(window).id)
    view = window.reader.view
    window.reader.focus_text()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.reader.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    type_text(bar.edit, "安全")
    total = window.reader.text().count("安全")
    assert total > 3
    assert bar.count_label.text() == f"1 of {total}"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count_label.text() == f"2 of {total}"
    text = window.reader.text()
    second = text.index("安全", text.index("安全") + 2)
    assert window.reader.selection() == (second, second + 2)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == f"1 of {total}"
    type_text(bar.edit, "不存在的词")
    assert bar.count_label.text() == "No matches"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
