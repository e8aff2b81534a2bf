"""The study dock reloads a tab when it is shown after the library changed, not before."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from desktop.study.study_dock import StudyDock


def _docked(qtbot, library):
    window = QMainWindow()
    qtbot.addWidget(window)
    dock = StudyDock(library, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.show()
    return window, dock


def test_tabs_reload_only_when_shown(qtbot, texts_library, monkeypatch):
    _window, dock = _docked(qtbot, texts_library)
    dock.hide()
    reloads = []
    for pane in (dock.directives, dock.figures, dock.formulas, dock.keywords):
        monkeypatch.setattr(pane, "reload", lambda pane=pane: reloads.append(pane))
    dock.library_changed(["安全"])
    assert reloads == []  # hidden: nothing is read
    dock.show()
    dock.show_tab(dock.formulas)
    assert reloads == [dock.formulas]
    dock.show_tab(dock.formulas)
    assert reloads == [dock.formulas]  # not again until the library changes
    dock.library_changed([])
    assert reloads == [dock.formulas, dock.formulas]
    assert dock.directives.tag_box.findText("安全") == -1


def test_an_empty_library_hides_the_dock_until_speeches_come(qtbot, texts_library):
    _window, dock = _docked(qtbot, texts_library)
    dock.library_changed([], empty=True)
    assert dock.isHidden()
    dock.library_changed([], empty=False)
    assert not dock.isHidden()
