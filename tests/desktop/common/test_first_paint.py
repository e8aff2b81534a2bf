"""Work that waits for a window's first paint."""
from PySide6.QtWidgets import QLabel

from desktop.common.first_paint import after_first_paint


def test_work_waits_until_the_window_is_painted_and_runs_once(qtbot):
    window = QLabel("研读")
    qtbot.addWidget(window)
    done = []
    after_first_paint(window, lambda: done.append("checks"), lambda: done.append("backup"))
    qtbot.wait(50)
    assert done == []  # not shown, never painted
    window.show()
    qtbot.waitUntil(lambda: len(done) == 2)
    window.repaint()
    qtbot.wait(50)
    assert done == ["checks", "backup"]
