"""The tag manager: rename, merge, recolour, delete, saying what each touches."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from tests.desktop.conftest import longest


def test_tag_manager_renames_merges_and_deletes(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.dialogs.tag_manager import TagManager
    ids = [s.id for s in window.library.speeches.all()]
    window.library.tags.set_speech(ids[0], ["隐患"])
    window.library.tags.set_speech(ids[1], ["隐患排查"])
    window.library.annotations.add(ids[0], 0, 4, "yellow", tags=["隐患"])
    manager = TagManager(window.library, window.writes, window)
    questions = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *rest: questions.append(text) or QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args, **kwargs: ("排查隐患", True)))
    manager.view.selectRow([t.name for t in manager.model.rows].index("隐患排查"))
    manager.buttons["Rename"].click()
    assert window.library.tags.of_speech(ids[1]) == ["排查隐患"]
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *args, **kwargs: ("排查隐患", True)))
    manager.view.selectRow([t.name for t in manager.model.rows].index("隐患"))
    manager.buttons["Merge into"].click()
    assert "1 speech and 1 highlight" in questions[-1]
    assert [(t.name, t.speeches, t.annotations) for t in window.library.tags.all()] == [
        ("排查隐患", 2, 1)]
    assert window.library_pane.tag_box.findText("隐患") == -1
    manager.view.selectRow(0)
    manager.buttons["Delete"].click()
    assert "2 speeches and 1 highlight" in questions[-1]
    assert window.library.tags.all() == []
    manager.close()


def test_tag_manager_recolours(window, monkeypatch):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    from desktop.dialogs.tag_manager import TagManager
    window.library.tags.set_speech(longest(window).id, ["重点"])
    manager = TagManager(window.library, window.writes, window)
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#336699")))
    manager.buttons["Colour"].click()
    assert [(t.name, t.color) for t in window.library.tags.all()] == [("重点", "#336699")]
    assert manager.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) == QColor("#336699")
    manager.close()
