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
    window.resize(760, 560)  # within the offscreen screen, so the geometry is kept as is
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
