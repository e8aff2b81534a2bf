"""The trash: deleted speeches listed, restored, or removed for good after asking."""
import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.common.writes import Writes
from desktop.dialogs.trash_dialog import TrashDialog
from tests.speeches import FLOOD, SAFETY


@pytest.fixture
def trash(qtbot, library):
    parent = QWidget()
    qtbot.addWidget(parent)
    for text, title in ((SAFETY, "安全讲话"), (FLOOD, "防汛讲话")):
        library.importer.import_text(text, title)
    ids = [s.id for s in library.speeches.all()]
    library.speeches.delete(ids)
    dialog = TrashDialog(library, Writes(parent))
    qtbot.addWidget(dialog)
    return dialog, ids


def test_deleted_speeches_are_listed_and_restored(trash):
    dialog, ids = trash
    assert [dialog.list.item(row).text().split(" — ")[0] for row in range(2)] == [
        "安全讲话", "防汛讲话"]
    assert not dialog.restore_button.isEnabled()
    dialog.list.item(1).setSelected(True)
    dialog.restore_button.click()
    assert [s.id for s in dialog.library.speeches.all()] == [ids[1]]
    assert dialog.list.count() == 1


def test_emptying_asks_and_then_removes_for_good(trash, monkeypatch):
    dialog, ids = trash
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *args: answer[0]))
    dialog.empty_button.click()
    assert len(dialog.library.speeches.trash()) == 2
    answer[0] = QMessageBox.StandardButton.Yes
    dialog.empty_button.click()
    assert dialog.library.speeches.trash() == [] and dialog.library.speeches.source_count() == 0
    assert dialog.list.count() == 0 and not dialog.empty_button.isEnabled()
