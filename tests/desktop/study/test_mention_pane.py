"""The directives and figures tables: filters, sorting, the jump to the text."""
from PySide6.QtCore import Qt

from desktop.study.mention_table_model import PAGE
from tests.desktop.conftest import type_text


def test_directives_table_filters_sorts_and_jumps(qtbot, window):
    window.action["directives"].trigger()
    pane = window.study.directives
    model = pane.model
    total = window.library.study.mention_count("directive")
    assert 0 < model.rowCount() == min(total, PAGE)
    qtbot.waitUntil(lambda: pane.count_label.text() == f"{total:,} directives")
    pane.choice_box.setCurrentIndex(pane.choice_box.findData("prohibit"))
    assert model.rowCount() > 0
    assert {row.data["strength"] for row in model.rows} == {"prohibit"}
    pane.choice_box.setCurrentIndex(0)
    strength_column = [key for key, _ in model.columns].index("strength")
    pane.view.sortByColumn(strength_column, Qt.SortOrder.AscendingOrder)
    ranks = ["prohibit", "must", "should", "hope"]
    shown = [ranks.index(row.data["strength"]) for row in model.rows]
    assert shown == sorted(shown)
    type_text(pane.keyword_edit, "隐患")
    qtbot.waitUntil(lambda: model.rows and all("隐患" in row.text for row in model.rows))
    row = model.rows[0]
    pane.view.setCurrentIndex(model.index(0, 0))
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    assert window.current_id == row.speech_id
    assert window.reader.selection() == (row.start, row.end)


def test_directives_of_the_selected_speeches_only(qtbot, window):
    window.action["directives"].trigger()
    pane = window.study.directives
    speech = window.library.speeches.all()[0].id
    pane_view = window.library_pane.view
    index = window.library_pane.proxy.mapFromSource(window.library_pane.model.index_of(speech))
    pane_view.selectionModel().select(index, pane_view.selectionModel().SelectionFlag.ClearAndSelect
                                      | pane_view.selectionModel().SelectionFlag.Rows)
    pane.selected_check.setChecked(True)
    assert pane.model.rows and {row.speech_id for row in pane.model.rows} == {speech}


def test_making_a_table_shows_no_window_of_its_own(qtbot, library):
    """A filter box shown before it was in the pane's layout was a window for a moment: on a
    desktop it flashed up, and made after the window was up it took the focus from it."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.study.mention_pane import MentionPane
    shown = []

    class Windows(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                    and watched.isWindow():
                shown.append(type(watched).__name__)
            return False

    watcher = Windows()
    QApplication.instance().installEventFilter(watcher)
    try:
        panes = [MentionPane(library, kind) for kind in ("directive", "figure")]
    finally:
        QApplication.instance().removeEventFilter(watcher)
    for pane in panes:
        qtbot.addWidget(pane)
    assert shown == []
    assert panes[1].unit_box.isVisibleTo(panes[1]) and not panes[0].unit_box.isVisibleTo(panes[0])
