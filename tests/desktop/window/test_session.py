"""What the window remembers between runs."""
from PySide6.QtCore import Qt

from tests.desktop.conftest import longest


def test_font_size_keys_are_remembered_with_the_place_in_the_speech(qtbot, windows, window):
    speech = longest(window)
    window.open_speech(speech.id)
    size = window.reader.font_size()
    window.reader.focus_text()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.font_size() == size + 1
    # Within the share of the offscreen screen (800×600) a window may take, unless its panes
    # need more (without fonts they do).
    window.layout().activate()  # the panes' minimum as laid out, not as first guessed
    window.resize(max(700, window.minimumSizeHint().width()), 500)
    window.splitter.setSizes([200, 360, 200])
    qtbot.wait(10)
    offset = len(window.reader.text()) // 2
    window.reader.scroll_to(offset)
    place = window.reader.top_offset()
    sizes, window_size = window.splitter.sizes(), window.size()
    db = window.library.path
    windows.close(window)
    again = windows.open(db)
    assert again.size() == window_size
    assert again.current_id == speech.id
    assert again.reader.font_size() == size + 1
    assert abs(again.reader.top_offset() - place) < 60
    assert again.splitter.sizes() == sizes


def test_view_language_offers_the_system_and_each_language_and_remembers(window,
                                                                         no_message_boxes):
    from desktop.common import language
    view = window.menuBar().actions()[2].menu()
    [submenu] = [action.menu() for action in view.actions()
                 if action.menu() and action.text() == "&Language"]
    entries = submenu.actions()
    assert [action.text() for action in entries] == ["As the system", "中文（简体）", "English"]
    assert [action.isChecked() for action in entries] == [True, False, False]
    entries[1].trigger()
    assert language.chosen(window.session.settings) == "zh_CN"
    assert [action.isChecked() for action in entries] == [False, True, False]
    [(kind, _, message)] = no_message_boxes
    assert kind == "information" and "next time it starts" in message
    entries[1].trigger()  # the same again: nothing to say
    assert len(no_message_boxes) == 1
