"""The window on a bad day: a full disk while highlighting, a second window on the same
library."""
from PySide6.QtCore import QLockFile

from desktop.app import lock_library


def test_a_highlight_that_cannot_be_saved_says_so_and_leaves_nothing(qtbot, window,
                                                                     no_message_boxes):
    speech = window.library.speeches.all()[0]
    window.open_speech(speech.id)
    before = window.library.annotations.of_speech(speech.id)
    pages = window.library.db.execute_sql("PRAGMA page_count").fetchone()[0]
    window.library.db.execute_sql("PRAGMA query_only = ON")
    assert window.annotating.highlight("yellow", (10, 30)) is None
    [(kind, title, text)] = no_message_boxes
    assert (kind, title) == ("warning", "Not saved") and "read-only" in text
    assert window.library.annotations.of_speech(speech.id) == before
    assert not window.undo_stack.canUndo()  # nothing to undo: nothing happened
    assert len(window.reader.annotations()) == len(before)
    window.library.db.execute_sql("PRAGMA query_only = OFF")
    window.library.db.execute_sql(f"PRAGMA max_page_count = {pages}")
    window.reader.select(10, 30)
    window.annotating.note()
    window.annotations.note_edit.setPlainText("很长的笔记" * 50000)
    assert "the disk is full" in no_message_boxes[-1][2]
    assert all(a.note != "很长的笔记" * 50000 for a in window.library.annotations.of_speech(speech.id))


def test_a_second_window_on_the_same_library_is_refused(tmp_path, no_message_boxes):
    path = tmp_path / "library.sqlite"
    first = lock_library(path)
    assert isinstance(first, QLockFile)
    assert lock_library(path) is None
    [(kind, _, text)] = no_message_boxes
    assert kind == "warning" and "already open in another Yandu window" in text
    first.unlock()
    again = lock_library(path)
    assert again is not None
    again.unlock()
