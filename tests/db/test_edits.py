"""Undoable writes: each says what it touched and has its inverse beside it; undoing gives the
edit that redoes, so undo and redo are one operation, for the window and for `yandu undo`."""
import pytest

from db import Action, Edit, Library, Touched
from tests.db.test_structure import CUT, ONE
from tests.speeches import SAFETY


@pytest.fixture
def speech(library):
    library.importer.import_text(SAFETY, "安全讲话")
    return library.speeches.all()[0].id


def round_trip(library: Library, edit: Edit, state):
    """Undo and redo `edit` twice, each time also through JSON: the library goes back to the
    state before, then to the state after, every time."""
    after = state()
    for _ in range(2):
        undo = library.edits.undo(Edit.from_json(edit.to_json()))
        before = state()
        assert before != after
        edit = library.edits.undo(Edit.from_json(undo.to_json()))
        assert state() == after
    return before


def test_a_highlight_added_comes_and_goes_under_one_id(library, speech):
    edit = library.edits.add_highlight(speech, 5, 15, "blue", "要点", ["甲"])
    made = edit.result.id
    assert edit.touched == Touched(annotations=frozenset({speech}), cards=True)
    before = round_trip(library, edit, lambda: library.annotations.of_speech(speech))
    assert before == []
    assert [a.id for a in library.annotations.of_speech(speech)] == [made]
    assert library.annotations.get(made).tags == ["甲"]


def test_a_highlight_changed_deleted_and_reattached_comes_back(library, speech):
    record = library.edits.add_highlight(speech, 5, 15, "blue", "要点", ["甲"]).result
    changed = library.edits.change_highlight(record.id, note="新笔记", tags=["乙"])
    assert changed.touched == Touched(annotations=frozenset({speech}), tags=True)
    assert not changed.touched.cards  # a note typed makes no cards
    round_trip(library, changed, lambda: library.annotations.get(record.id))
    moved = library.edits.reattach_highlight(record.id, 20, 30)
    assert library.annotations.get(record.id).quote == SAFETY[20:30]
    round_trip(library, moved, lambda: library.annotations.get(record.id))
    deleted = library.edits.delete_highlight(record.id)
    assert round_trip(library, deleted, lambda: library.annotations.of_speech(speech)) != []


def test_speech_tags_and_the_trash_come_back(library, speech):
    tagged = library.edits.set_speech_tags(speech, ["乙", "丙"])
    assert tagged.touched.speech_tags == {speech}
    assert round_trip(library, tagged, lambda: library.tags.of_speech(speech)) == []
    trashed = library.edits.trash_speeches([speech])
    assert trashed.touched.listing and library.speeches.count() == 0
    round_trip(library, trashed, library.speeches.count)


def test_fields_edited_and_given_back_undo_together(library):
    library.importer.import_text(ONE, "讲话")
    speech = library.speeches.all()[0].id
    library.corrections.edit([speech], {"occasion": "大会"})
    edit = library.edits.edit_fields([speech], {"speaker": "王"}, ["occasion"])
    after = library.speeches.get(speech).summary
    assert (after.speaker, after.occasion) == ("王", "全镇安全生产工作会议")  # from its opening
    assert edit.touched == Touched(rows=frozenset({speech}))  # one row, not the list
    before = round_trip(library, edit, lambda: library.speeches.get(speech).summary)
    assert (before.speaker, before.occasion) == (None, "大会")


def test_a_dismissal_and_a_mark_withdrawn_come_back(library):
    library.importer.import_text(ONE, "讲话")
    speech = library.speeches.all()[0].id
    directive = next(m for m in library.speeches.get(speech).mentions if m.kind == "directive")
    dismissed = library.edits.correct_mention(speech, "dismiss", "directive", directive.start,
                                              directive.end)
    assert dismissed.action == Action.MENTION_CORRECTED
    round_trip(library, dismissed, lambda: library.speeches.get(speech).mentions)
    library.corrections.mark(speech, "directive", 0, 4, "hope")
    unmarked = library.edits.correct_mention(speech, "dismiss", "directive", 0, 4)
    assert unmarked.action == Action.MENTION_WITHDRAWN  # the user's own mark, taken back
    def marks():
        return [c for c in library.corrections.of_speech(speech) if c.action == "mark"]
    assert marks() == []
    library.edits.undo(unmarked)
    [mark] = marks()
    assert (mark.start, mark.end, mark.data["strength"]) == (0, 4, "hope")


def test_a_split_taken_back_and_made_again_gives_the_second_part_its_id(library):
    library.importer.import_text(ONE, "讲话")
    speech = library.speeches.all()[0].id
    split = library.edits.change_text(speech, "split", ONE.index(CUT))
    second = split.result.other_id
    assert split.touched.listing and split.touched.rows == {speech, second}
    before = round_trip(library, split, lambda: [s.id for s in library.speeches.all()])
    assert before == [speech]
    assert [s.id for s in library.speeches.all()] == [speech, second]


def test_a_replaced_word_is_taken_back_and_made_again(library):
    library.importer.import_text(ONE, "讲话")
    speech = library.speeches.all()[0].id
    start = ONE.index("麻痹思想")
    edit = library.edits.change_text(speech, "replace", start, start + 4, text="侥幸心理")
    assert edit.touched.rows == {speech} and not edit.touched.listing
    before = round_trip(library, edit, lambda: library.speeches.get(speech).text)
    assert "麻痹思想" in before
    assert "侥幸心理" in library.speeches.get(speech).text


def test_the_command_line_takes_back_its_own_last_edit_from_another_process(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        library.importer.import_text(ONE, "讲话")
        speech = library.speeches.all()[0].id
        library.edits.remember(library.edits.edit_fields([speech], {"speaker": "王"}))
        library.edits.remember(library.edits.edit_fields([speech], {"speaker": "李"}))
    with Library(path) as library:  # as `yandu undo` opens it, later
        assert library.edits.undo_last().action == Action.FIELDS
        assert library.speeches.get(speech).summary.speaker == "王"
        library.edits.undo_last()
        assert library.speeches.get(speech).summary.speaker is None
        assert library.edits.undo_last() is None


def test_a_colour_named_takes_its_old_name_back(library):
    library.annotations.name_color("pink", "提法")
    named = library.edits.name_color("pink", "口径")
    assert named.touched == Touched(colors=True)
    before = round_trip(library, named, library.annotations.color_names)
    assert before == {"pink": "提法"}
    first = library.edits.name_color("blue", "案例")  # a colour that had no name
    assert round_trip(library, first, library.annotations.color_names) == {"pink": "口径"}
