"""Undoable corrections: fields, mentions and text, each done, undone and redone, and one
that cannot be saved is not kept."""
import pytest
from PySide6.QtWidgets import QWidget

from desktop.annotations.commands import UndoStack
from desktop.annotations.correction_commands import ChangeText, CorrectMention, EditFields
from desktop.common.writes import Writes
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


def test_edited_fields_and_fields_given_back_undo_together(setup):
    library, writes, stack, speech, changes = setup
    library.corrections.edit([speech], {"occasion": "大会"})
    before = library.speeches.get(speech).summary
    assert stack.push_change(EditFields(library, writes, [speech], {"speaker": "王"},
                                        ["occasion"]))
    after = library.speeches.get(speech).summary
    assert (after.speaker, after.occasion) == ("王", "全镇安全生产工作会议")  # read from its opening
    assert changes[-1].reopen == {speech} and changes[-1].speeches
    stack.undo_change()
    assert library.speeches.get(speech).summary == before
    stack.redo_change()
    assert library.speeches.get(speech).summary == after


def test_a_dismissal_is_undone_and_redone(setup):
    library, writes, stack, speech, changes = setup
    directive = next(m for m in library.speeches.get(speech).mentions if m.kind == "directive")
    command = CorrectMention(library, writes, "Dismiss", speech, "dismiss", directive.kind,
                             directive.start, directive.end)
    assert stack.push_change(command)
    assert directive not in library.speeches.get(speech).mentions
    stack.undo_change()
    assert directive in library.speeches.get(speech).mentions
    stack.redo_change()
    assert directive not in library.speeches.get(speech).mentions


def test_dismissing_the_users_own_mark_is_undone_by_marking_again(setup):
    library, writes, stack, speech, _changes = setup
    library.corrections.mark(speech, "directive", 0, 4, "hope")
    stack.push_change(CorrectMention(library, writes, "Remove mark", speech, "dismiss",
                                     "directive", 0, 4))
    assert library.corrections.of_speech(speech) == []
    stack.undo_change()
    [mark] = library.corrections.of_speech(speech)
    assert (mark.action, mark.data["strength"]) == ("mark", "hope")


def test_a_split_redone_gives_the_second_part_its_id_again(setup):
    library, writes, stack, speech, changes = setup
    text = library.speeches.get(speech).text
    command = ChangeText(library, writes, "Split", speech, "split", text.index(CUT))
    assert stack.push_change(command)
    second = command.made.other_id
    assert changes[-1].speeches and changes[-1].cards  # the new part comes with the list
    stack.undo_change()
    assert [s.id for s in library.speeches.all()] == [speech]
    stack.redo_change()
    assert [s.id for s in library.speeches.all()] == [speech, second]


def test_a_text_change_that_cannot_be_saved_is_not_kept(setup, faults, no_message_boxes):
    library, writes, stack, speech, _changes = setup
    text = library.speeches.get(speech).text
    faults.full_disk(library)
    assert not stack.push_change(ChangeText(library, writes, "Remove", speech, "remove", 0, 5))
    faults.clear()
    assert library.speeches.get(speech).text == text and stack.count() == 0
    assert "the disk is full" in no_message_boxes[-1][2]
