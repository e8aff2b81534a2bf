"""Undoable changes: each does and undoes its write through the boundary and says what it
changed; one that cannot be saved the first time is not kept; notes typed merge into one step."""
import pytest
from PySide6.QtWidgets import QWidget

from desktop.annotations.commands import (
    AddAnnotation,
    DeleteAnnotation,
    DeleteSpeeches,
    EditAnnotation,
    ReattachAnnotation,
    SetSpeechTags,
    UndoStack,
)
from desktop.common.writes import Change, Writes
from tests.speeches import SAFETY


@pytest.fixture
def setup(qtbot, library):
    parent = QWidget()
    qtbot.addWidget(parent)
    writes = Writes(parent)
    changes = []
    writes.changed.connect(changes.append)
    library.importer.import_text(SAFETY, "安全讲话")
    speech = library.speeches.all()[0].id
    return library, writes, UndoStack(parent), speech, changes


def test_a_highlight_is_done_undone_and_redone_under_one_id(setup):
    library, writes, stack, speech, changes = setup
    command = AddAnnotation(library, writes, speech, 5, 15, "blue")
    assert stack.push_change(command)
    made = command.record.id
    assert changes == [Change(annotations=frozenset({speech}), focus=speech)]
    stack.undo_change()
    assert library.annotations.of_speech(speech) == []
    stack.redo_change()
    assert [a.id for a in library.annotations.of_speech(speech)] == [made]


def test_notes_typed_into_one_highlight_are_one_step(setup):
    library, writes, stack, speech, _ = setup
    add = AddAnnotation(library, writes, speech, 5, 15, "blue")
    stack.push_change(add)
    for typed in ("申", "申论", "申论素材"):
        record = library.annotations.get(add.record.id)
        stack.push_change(EditAnnotation(library, writes, record, "Edit note", note=typed))
    record = library.annotations.get(add.record.id)
    stack.push_change(EditAnnotation(library, writes, record, "Change colour", color="pink"))
    assert stack.count() == 3
    stack.undo_change()
    assert library.annotations.get(add.record.id).color == "blue"
    stack.undo_change()
    assert library.annotations.get(add.record.id).note == ""


def test_a_change_that_cannot_be_saved_is_not_kept(setup, faults, no_message_boxes):
    library, writes, stack, speech, changes = setup
    faults.read_only(library)
    assert not stack.push_change(AddAnnotation(library, writes, speech, 5, 15, "blue"))
    assert stack.count() == 0 and changes == [] and len(no_message_boxes) == 1


def test_deleting_reattaching_and_tagging_come_back_with_undo(setup):
    library, writes, stack, speech, _ = setup
    record = library.annotations.add(speech, 5, 15, "blue", "要点", ["甲"])
    stack.push_change(DeleteAnnotation(library, writes, record))
    assert library.annotations.of_speech(speech) == []
    stack.undo_change()
    assert library.annotations.of_speech(speech) == [record]
    stack.push_change(ReattachAnnotation(library, writes, record, 20, 30))
    assert library.annotations.get(record.id).quote == SAFETY[20:30]
    stack.undo_change()
    assert library.annotations.get(record.id).quote == record.quote
    stack.push_change(SetSpeechTags(library, writes, speech, [], ["乙"]))
    assert library.tags.of_speech(speech) == ["乙"]
    stack.undo_change()
    assert library.tags.of_speech(speech) == []
    stack.push_change(DeleteSpeeches(library, writes, [speech]))
    assert library.speeches.count() == 0
    stack.undo_change()
    assert library.speeches.count() == 1


def test_the_undo_and_redo_actions_say_what_they_would_do(setup):
    from PySide6.QtGui import QAction
    library, writes, stack, speech, _ = setup
    undo, redo = QAction("&Undo"), QAction("&Redo")
    stack.bind(undo, redo)
    assert not undo.isEnabled() and not redo.isEnabled()
    stack.push_change(AddAnnotation(library, writes, speech, 5, 15, "blue"))
    assert (undo.text(), undo.isEnabled()) == ("&Undo Highlight", True)
    stack.undo_change()
    assert (redo.text(), redo.isEnabled(), undo.isEnabled()) == ("&Redo Highlight", True, False)
