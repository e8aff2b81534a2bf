"""The window's undo stack: each command runs its write through the boundary, which says what
the write touched; undo and redo ask the library to take the last edit back; a command that
cannot be saved the first time is not kept; notes typed into one highlight are one step."""
import pytest
from PySide6.QtWidgets import QWidget

from db import Touched
from desktop.common.undo import EditCommand, UndoStack
from desktop.common.writes import Change, Writes
from tests.db.test_structure import CUT, ONE


@pytest.fixture
def setup(qtbot, library):
    parent = QWidget()
    qtbot.addWidget(parent)
    writes = Writes(parent)
    changes = []
    writes.changed.connect(changes.append)
    library.importer.import_text(ONE, "讲话")
    speech = library.speeches.all()[0].id
    return library, writes, UndoStack(parent), speech, changes


def command(library, writes, text, write, focus=None, origin=None):
    return EditCommand(text, library, writes, write, focus, origin)


def test_a_highlight_is_done_undone_and_redone_under_one_id(setup):
    library, writes, stack, speech, changes = setup
    outcome = stack.push_change(command(library, writes, "Highlight", lambda: (
        library.edits.add_highlight(speech, 5, 15, "blue")), speech))
    assert outcome.saved
    made = outcome.result.id
    touched = Touched(annotations=frozenset({speech}), cards=True)
    assert changes == [Change(touched, focus=speech)]  # what the write said it touched
    stack.undo_change()
    assert library.annotations.of_speech(speech) == [] and changes[-1].touched == touched
    stack.redo_change()
    assert [a.id for a in library.annotations.of_speech(speech)] == [made]


def test_notes_typed_into_one_highlight_are_one_step(setup):
    library, writes, stack, speech, changes = setup
    made = stack.push_change(command(library, writes, "Highlight", lambda: (
        library.edits.add_highlight(speech, 5, 15, "blue")), speech)).result.id
    pane = object()
    for typed in ("申", "申论", "申论素材"):
        stack.push_change(command(library, writes, "Edit note", lambda typed=typed: (
            library.edits.change_highlight(made, note=typed)), speech, pane))
    assert changes[-1].origin is pane  # the pane that typed it shows it already
    stack.push_change(command(library, writes, "Change colour", lambda: (
        library.edits.change_highlight(made, color="pink")), speech))
    assert stack.count() == 3
    stack.undo_change()
    assert library.annotations.get(made).color == "blue"
    assert library.annotations.get(made).note == "申论素材"
    stack.undo_change()
    assert library.annotations.get(made).note == ""
    stack.redo_change()
    assert library.annotations.get(made).note == "申论素材"


def test_a_change_that_cannot_be_saved_is_not_kept(setup, faults, no_message_boxes):
    library, writes, stack, speech, changes = setup
    faults.read_only(library)
    outcome = stack.push_change(command(library, writes, "Highlight", lambda: (
        library.edits.add_highlight(speech, 5, 15, "blue")), speech))
    assert not outcome.saved and stack.count() == 0 and changes == []
    assert len(no_message_boxes) == 1


def test_an_undo_that_cannot_be_saved_leaves_the_change_done_and_undoable(
        setup, faults, no_message_boxes):
    library, writes, stack, speech, _ = setup
    text = library.speeches.get(speech).text
    stack.push_change(command(library, writes, "Split", lambda: (
        library.edits.change_text(speech, "split", text.index(CUT))), speech))
    faults.full_disk(library)
    stack.undo_change()
    assert len(library.speeches.all()) == 2 and stack.canUndo()
    assert "the disk is full" in no_message_boxes[-1][2]
    faults.clear()
    stack.undo_change()
    assert [s.id for s in library.speeches.all()] == [speech]


def test_the_undo_and_redo_actions_say_what_they_would_do(setup):
    from PySide6.QtGui import QAction
    library, writes, stack, speech, _ = setup
    undo, redo = QAction("&Undo"), QAction("&Redo")
    stack.bind(undo, redo)
    assert not undo.isEnabled() and not redo.isEnabled()
    stack.push_change(command(library, writes, "Highlight", lambda: (
        library.edits.add_highlight(speech, 5, 15, "blue")), speech))
    assert (undo.text(), undo.isEnabled()) == ("&Undo Highlight", True)
    stack.undo_change()
    assert (redo.text(), redo.isEnabled(), undo.isEnabled()) == ("&Redo Highlight", True, False)
