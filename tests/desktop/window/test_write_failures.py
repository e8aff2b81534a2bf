"""Every write the window makes, made to fail (a full disk, a read-only file): the message,
the undo stack and the library must agree. A write that fails says so once, naming the file and
the reason, leaves nothing in the library and nothing new to undo; an undo or redo that fails
leaves the stack where the library is. And the bug this boundary was made for: review cards
that cannot be made after a highlight was saved do not make the highlight "not saved"."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMessageBox

from desktop.dialogs.review_dialog import ReviewDialog
from desktop.dialogs.tag_manager import TagManager
from tests.desktop.conftest import REASONS, library_state, type_text

FAULTS = list(REASONS)


@pytest.fixture
def marked(window):
    """The first speech open, with one highlight made before anything fails."""
    speech = window.library.speeches.all()[0]
    window.open_speech(speech.id)
    made = window.annotating.highlight("yellow", (10, 30))
    assert made is not None
    window.library.tags.set_speech(speech.id, ["旧标签"])
    window.open_speech(speech.id)
    window.annotations.select(made)
    return speech.id, made


def _fails_once(window, no_message_boxes, fault, act, title="Not saved"):
    """Run `act` with the fault on; the library and the undo stack must not change, and one
    warning must say why, naming the file."""
    before, undoable = library_state(window.library.path), window.undo_stack.count()
    index = window.undo_stack.index()
    shown = len(no_message_boxes)
    act()
    new = no_message_boxes[shown:]
    assert [(kind, box_title) for kind, box_title, _ in new] == [("warning", title)], new
    text = new[0][2]
    assert str(window.library.path) in text and REASONS[fault] in text
    assert library_state(window.library.path) == before
    assert (window.undo_stack.count(), window.undo_stack.index()) == (undoable, index)
    return text


@pytest.mark.parametrize("fault", FAULTS)
def test_a_highlight_that_cannot_be_saved(window, marked, faults, no_message_boxes, fault):
    faults.make(fault, window.library)
    text = _fails_once(window, no_message_boxes, fault,
                       lambda: window.annotating.highlight("green", (40, 60)))
    assert "Nothing of this change was written" in text
    assert [a.id for a in window.reader.annotations()] == [marked[1]]


@pytest.mark.parametrize("fault", FAULTS)
def test_editing_a_highlight_that_cannot_be_saved(qtbot, window, marked, faults,
                                                  no_message_boxes, fault):
    pane = window.annotations
    faults.make(fault, window.library)
    _fails_once(window, no_message_boxes, fault, lambda: pane.color_buttons["pink"].click())
    _fails_once(window, no_message_boxes, fault,
                lambda: pane.note_edit.setPlainText("存不下的笔记"))
    assert pane.note_edit.toPlainText() == ""  # the box shows what the library holds
    _fails_once(window, no_message_boxes, fault,
                lambda: (type_text(pane.tag_editor.edit, "新标签"),
                         qtbot.keyClick(pane.tag_editor.edit, Qt.Key.Key_Return)))
    _fails_once(window, no_message_boxes, fault, lambda: pane.delete_button.click())
    assert [r.id for r in pane.records] == [marked[1]]


@pytest.mark.parametrize("fault", FAULTS)
def test_reattaching_an_orphan_that_cannot_be_saved(window, marked, faults, no_message_boxes,
                                                    fault):
    speech_id, made = marked
    window.library.db.execute_sql("UPDATE annotation SET orphan = 1 WHERE id = ?", (made,))
    window.open_speech(speech_id)
    window.annotations.select(made)
    window.reader.select(50, 60)
    faults.make(fault, window.library)
    _fails_once(window, no_message_boxes, fault,
                lambda: window.annotations.reattach_button.click())
    assert window.library.annotations.get(made).orphan


@pytest.mark.parametrize("fault", FAULTS)
def test_tagging_and_deleting_speeches_that_cannot_be_saved(qtbot, window, marked, faults,
                                                            no_message_boxes, fault):
    speech_id, _ = marked
    faults.make(fault, window.library)
    tags = window.reader.tags
    _fails_once(window, no_message_boxes, fault,
                lambda: (type_text(tags.edit, "另一个"),
                         qtbot.keyClick(tags.edit, Qt.Key.Key_Return)))
    assert tags.tags == ["旧标签"]
    _fails_once(window, no_message_boxes, fault,
                lambda: window.annotating.delete_speeches([speech_id]))
    assert speech_id in window.library_pane.speech_ids()


@pytest.mark.parametrize("fault", FAULTS)
def test_undo_and_redo_that_cannot_be_saved_leave_the_stack_where_the_library_is(
        window, marked, faults, no_message_boxes, fault):
    speech_id, made = marked
    faults.make(fault, window.library)
    _fails_once(window, no_message_boxes, fault, window.action["undo"].trigger,
                title="Not undone")
    assert window.undo_stack.canUndo() and [a.id for a in window.reader.annotations()] == [made]
    faults.clear()
    window.action["undo"].trigger()  # now it can
    assert window.library.annotations.of_speech(speech_id) == []
    faults.make(fault, window.library)
    _fails_once(window, no_message_boxes, fault, window.action["redo"].trigger,
                title="Not redone")
    assert window.undo_stack.canRedo() and window.reader.annotations() == []
    faults.clear()
    window.action["redo"].trigger()
    assert [a.id for a in window.library.annotations.of_speech(speech_id)] == [made]


@pytest.mark.parametrize("fault", FAULTS)
def test_the_tag_manager_when_tags_cannot_be_saved(window, marked, faults, no_message_boxes,
                                                   monkeypatch, fault):
    window.library.tags.create("合并到此")
    manager = TagManager(window.library, window.writes, window)
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args, **kwargs: ("新名字", True)))
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *args, **kwargs: ("合并到此", True)))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#336699")))
    names = [t.name for t in manager.model.rows]
    faults.make(fault, window.library)
    for button in ("New", "Rename", "Merge into", "Colour", "Delete"):
        manager.view.selectRow(names.index("旧标签"))
        _fails_once(window, no_message_boxes, fault, manager.buttons[button].click)
        assert [t.name for t in manager.model.rows] == names  # the list shows the library
    manager.close()


@pytest.mark.parametrize("fault", FAULTS)
def test_grading_a_card_that_cannot_be_saved(qtbot, window, marked, faults, no_message_boxes,
                                             fault):
    cards = window.library.review.due_cards()
    assert cards
    dialog = ReviewDialog(window.library, window.writes, cards, window)
    qtbot.addWidget(dialog)
    dialog.reveal()
    faults.make(fault, window.library)
    _fails_once(window, no_message_boxes, fault, lambda: dialog.grade(3))
    assert (len(dialog.queue), dialog.reviewed) == (len(cards), 0)  # still to be answered
    faults.clear()
    dialog.grade(3)
    assert dialog.reviewed == 1 and window.library.review.due_count() == len(cards) - 1


@pytest.mark.parametrize("fault", FAULTS)
def test_emptying_the_trash_when_it_cannot_be_saved(qtbot, window, marked, faults,
                                                    no_message_boxes, monkeypatch, fault):
    from PySide6.QtWidgets import QMessageBox

    from desktop.dialogs.trash_dialog import TrashDialog
    speech_id, _ = marked
    window.annotating.delete_speeches([speech_id])
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *args: QMessageBox.StandardButton.Yes))
    dialog = TrashDialog(window.library, window.writes, window)
    qtbot.addWidget(dialog)
    faults.make(fault, window.library)
    shown = len(no_message_boxes)
    dialog.empty_button.click()
    [(kind, title, text)] = no_message_boxes[shown:]
    assert (kind, title) == ("warning", "Trash not emptied") and REASONS[fault] in text
    assert (speech_id, 1) in library_state(window.library.path)["speech"]  # still in the trash
    assert dialog.list.count() == 1
    faults.clear()
    dialog.empty_button.click()
    assert (speech_id, 1) not in library_state(window.library.path)["speech"]
    assert dialog.list.count() == 0


def test_cards_that_cannot_be_made_after_a_good_highlight(window, marked, faults,
                                                          no_message_boxes):
    """The bug: the highlight was saved, so it must not be reported as not saved."""
    speech_id, first = marked
    cards = window.library.review.due_count()
    shown, undoable = len(no_message_boxes), window.undo_stack.count()
    faults.full_disk(window.library, only="INTO card")
    made = window.annotating.highlight("green", (40, 60))
    assert made is not None
    assert [a.id for a in window.library.annotations.of_speech(speech_id)] == [first, made]
    assert window.undo_stack.count() == undoable + 1
    [(kind, title, text)] = no_message_boxes[shown:]
    assert (kind, title) == ("warning", "Review cards")
    assert "the change is saved" in text and "Nothing of this change was written" not in text
    assert window.library.review.due_count() == cards
    faults.clear()
    window.sync_cards()
    made_cards = window.library.review.due_count() - cards
    assert made_cards in (1, 2)  # the excerpt, and a key-term cloze when it has a term
    assert f"{cards + made_cards} due for review" in window.status_label.text()


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
