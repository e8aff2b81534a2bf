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


def test_the_tabs_are_made_when_first_needed_with_what_they_were_told(qtbot, texts_library):
    """Hidden at start-up, the panel makes no tabs before the window's first paint; the speech
    opened, the speeches selected and the tags reach them when they are made."""
    window = QMainWindow()
    qtbot.addWidget(window)
    dock = StudyDock(texts_library, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    window.show()
    ids = [speech.id for speech in texts_library.speeches.all()]
    dock.speech_opened(ids[0], "讲话")
    dock.set_selection(ids[:2])
    dock.library_changed(["安全"])
    assert dock.widget() is None
    dock.show_tab(dock.keywords)
    assert dock.widget() is dock.tabs and dock.tabs.currentWidget() is dock.keywords
    assert (dock.keywords.speech_id, dock.keywords.speech_title) == (ids[0], "讲话")
    assert dock.directives.selected_ids == dock.figures.selected_ids == ids[:2]
    assert dock.directives.tag_box.findText("安全") >= 0


def test_a_panel_shown_at_start_up_has_its_tabs_before_it_is_drawn(qtbot, texts_library):
    window = QMainWindow()
    qtbot.addWidget(window)
    dock = StudyDock(texts_library, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.show()  # the panel was open last time
    assert dock.widget() is dock.tabs and dock.tabs.isVisible()
