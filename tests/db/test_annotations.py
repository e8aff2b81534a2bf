import pytest

from db import Library
from tests.speeches import SAFETY


def test_annotation_keeps_quote_context_note_and_tags(library, speech_id):
    start = SAFETY.index("各部门要切实履行监管职责")
    end = start + len("各部门要切实履行监管职责")
    made = library.annotations.add(speech_id, start, end, "green", "考核重点", ["监管", "责任"])
    again = library.annotations.of_speech(speech_id)[0]
    assert again == made
    assert (again.quote, again.color, again.note, again.tags) == (
        "各部门要切实履行监管职责", "green", "考核重点", ["监管", "责任"])
    assert again.prefix == SAFETY[start - 32:start] and again.suffix == SAFETY[end:end + 32]
    assert library.speeches.all()[0].annotations == 1


def test_annotations_come_in_text_order(library, speech_id):
    library.annotations.add(speech_id, 50, 55, "yellow")
    library.annotations.add(speech_id, 10, 12, "blue")
    library.annotations.add(speech_id, 30, 40, "pink")
    assert [a.start for a in library.annotations.of_speech(speech_id)] == [10, 30, 50]


def test_update_changes_only_what_is_given(library, speech_id):
    made = library.annotations.add(speech_id, 0, 3, "yellow", "旧", ["甲"])
    library.annotations.update(made.id, note="新")
    library.annotations.update(made.id, tags=["乙", "甲"])
    after = library.annotations.get(made.id)
    assert (after.color, after.note, after.tags) == ("yellow", "新", ["乙", "甲"])


def test_deleted_annotation_comes_back_under_its_id(library, speech_id):
    made = library.annotations.add(speech_id, 5, 9, "orange", "笔记", ["标签"])
    gone = library.annotations.delete(made.id)
    assert library.annotations.of_speech(speech_id) == []
    back = library.annotations.restore(gone)
    assert back == made


@pytest.mark.parametrize("start, end", [(-1, 3), (5, 5), (0, len(SAFETY) + 1)])
def test_range_outside_the_text_is_refused(library, speech_id, start, end):
    with pytest.raises(ValueError, match="outside the speech"):
        library.annotations.add(speech_id, start, end, "yellow")
    assert library.annotations.of_speech(speech_id) == []


def test_annotations_survive_reopening_the_file(library, speech_id):
    made = library.annotations.add(speech_id, 3, 8, "blue", "note")
    with Library(library.path) as other:
        assert other.annotations.of_speech(speech_id) == [made]


def test_a_colour_is_named_renamed_and_unnamed_and_the_names_survive_reopening(library):
    assert library.annotations.color_names() == {}
    library.annotations.name_color("yellow", " 重点 ")
    library.annotations.name_color("green", "数据")
    library.annotations.name_color("green", "数字")
    with Library(library.path) as other:
        assert other.annotations.color_names() == {"yellow": "重点", "green": "数字"}
    library.annotations.name_color("yellow", "  ")  # an empty name takes the name away
    assert library.annotations.color_names() == {"green": "数字"}


def test_only_a_colour_can_be_named(library):
    with pytest.raises(ValueError):
        library.annotations.name_color("", "重点")
