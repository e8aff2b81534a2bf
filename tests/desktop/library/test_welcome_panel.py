"""The welcome panel of an empty library."""
from PySide6.QtCore import Qt


def test_welcome_panel_opens_the_samples(qtbot, windows, tmp_path):
    window = windows.open(tmp_path / "library.sqlite")
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.samples_button, Qt.MouseButton.LeftButton)
    windows.wait_for_job(window)
    assert window.library.speeches.count() == 2
    assert window.stack.currentWidget() is window.splitter
    assert window.current_id is not None and window.reader.text()
