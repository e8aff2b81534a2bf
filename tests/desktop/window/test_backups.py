"""File ▸ Back up… and Restore… from the window."""
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db import automatic_backups
from tests.desktop.conftest import _highlight_two


def test_back_up_and_restore_from_the_file_menu(qtbot, window, tmp_path, monkeypatch):
    qtbot.waitUntil(lambda: len(automatic_backups(window.library.path)) == 1)  # daily backup
    speech, text = _highlight_two(window)
    target = tmp_path / "copy.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    window.backups.back_up()
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(),
                    timeout=20000)
    window.reader.select(70, 80)
    window.annotating.highlight("pink")
    assert len(window.library.annotations.of_speech(speech.id)) == 3
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Yes))
    window.backups.restore()
    assert "Restored from copy.sqlite" in window.statusBar().currentMessage()
    assert len(window.library.annotations.of_speech(speech.id)) == 2
    assert not window.undo_stack.canUndo()
    assert window.library_pane.model.speech_ids()
