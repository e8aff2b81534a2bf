"""The real main window on a temporary library, driven like a user."""
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from tests.desktop.conftest import select_text, type_text


def test_import_highlight_note_tag_undo_redo_and_restart(qtbot, windows, tmp_path, texts_dir,
                                                          monkeypatch):
    db = tmp_path / "library.sqlite"
    window = windows.open(db)
    assert window.stack.currentWidget() is window.welcome
    chosen = str(texts_dir / "single-speech.txt")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args, **kwargs: ([chosen], "")))
    window.action["import"].trigger()
    windows.wait_for_job(window)
    assert window.stack.currentWidget() is window.splitter
    [speech] = window.library.speeches.all()
    assert window.current_id == speech.id
    text = window.library.speeches.get(speech.id).text

    needle = "坚决遏制较大以上事故发生"
    start, end = select_text(qtbot, window, needle)
    qtbot.keyClick(window.reader.view, Qt.Key.Key_2)
    [made] = window.library.annotations.of_speech(speech.id)
    assert (made.start, made.end, made.quote, made.color) == (start, end, needle, "green")
    assert window.annotations.current_id() == made.id

    qtbot.mouseClick(window.annotations.note_edit.viewport(), Qt.MouseButton.LeftButton)
    type_text(window.annotations.note_edit, "申论可用")
    assert window.library.annotations.get(made.id).note == "申论可用"
    type_text(window.annotations.tag_editor.edit, "遏制事故")
    qtbot.keyClick(window.annotations.tag_editor.edit, Qt.Key.Key_Return)
    assert window.library.annotations.get(made.id).tags == ["遏制事故"]
    assert window.annotations.model.rows[0].tags == ["遏制事故"]

    window.reader.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.library.annotations.get(made.id).tags == []
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.library.annotations.get(made.id).note == ""  # typing one note is one step
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.library.annotations.of_speech(speech.id) == []
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Z,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [again] = window.library.annotations.of_speech(speech.id)
    assert (again.id, again.quote, again.note, again.tags) == (made.id, needle, "申论可用",
                                                                ["遏制事故"])

    windows.close(window)
    window = windows.open(db)
    assert window.current_id == speech.id
    [kept] = window.annotations.records
    assert text[kept.start:kept.end] == needle == kept.quote
    assert (kept.note, kept.tags, kept.color) == ("申论可用", ["遏制事故"], "green")
    assert [a.id for a in window.reader.annotations()] == [kept.id]


def test_drop_files_and_folders_on_the_window(qtbot, windows, tmp_path, texts_dir):
    window = windows.open(tmp_path / "library.sqlite")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(texts_dir / "forum-page.txt"))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    windows.wait_for_job(window)
    assert window.library.speeches.count() == 1
    assert window.current_id == window.library.speeches.all()[0].id
