import pytest

from db import Library
from tests.speeches import SAFETY


@pytest.fixture
def speech_id(library, tmp_path):
    page = tmp_path / "safety.txt"
    page.write_text(SAFETY, encoding="utf-8")
    library.import_file(page)
    return library.list_speeches()[0].id


def test_annotation_keeps_quote_context_note_and_tags(library, speech_id):
    start = SAFETY.index("各部门要切实履行监管职责")
    end = start + len("各部门要切实履行监管职责")
    made = library.add_annotation(speech_id, start, end, "green", "考核重点", ["监管", "责任"])
    again = library.annotations(speech_id)[0]
    assert again == made
    assert (again.quote, again.color, again.note, again.tags) == (
        "各部门要切实履行监管职责", "green", "考核重点", ["监管", "责任"])
    assert again.prefix == SAFETY[start - 32:start] and again.suffix == SAFETY[end:end + 32]
    assert library.list_speeches()[0].annotations == 1


def test_annotations_come_in_text_order(library, speech_id):
    library.add_annotation(speech_id, 50, 55, "yellow")
    library.add_annotation(speech_id, 10, 12, "blue")
    library.add_annotation(speech_id, 30, 40, "pink")
    assert [a.start for a in library.annotations(speech_id)] == [10, 30, 50]


def test_update_changes_only_what_is_given(library, speech_id):
    made = library.add_annotation(speech_id, 0, 3, "yellow", "旧", ["甲"])
    library.update_annotation(made.id, note="新")
    library.update_annotation(made.id, tags=["乙", "甲"])
    after = library.get_annotation(made.id)
    assert (after.color, after.note, after.tags) == ("yellow", "新", ["乙", "甲"])


def test_deleted_annotation_comes_back_under_its_id(library, speech_id):
    made = library.add_annotation(speech_id, 5, 9, "orange", "笔记", ["标签"])
    gone = library.delete_annotation(made.id)
    assert library.annotations(speech_id) == []
    back = library.restore_annotation(gone)
    assert back == made


@pytest.mark.parametrize("start, end", [(-1, 3), (5, 5), (0, len(SAFETY) + 1)])
def test_range_outside_the_text_is_refused(library, speech_id, start, end):
    with pytest.raises(ValueError, match="outside the speech"):
        library.add_annotation(speech_id, start, end, "yellow")
    assert library.annotations(speech_id) == []


def test_annotations_survive_reopening_the_file(library, speech_id):
    made = library.add_annotation(speech_id, 3, 8, "blue", "note")
    with Library(library.path) as other:
        assert other.annotations(speech_id) == [made]


def test_deleted_speeches_hide_until_purged_and_can_be_restored(library, speech_id, tmp_path):
    library.add_annotation(speech_id, 3, 8, "blue")
    library.delete_speeches([speech_id])
    assert library.list_speeches() == [] and library.speech_count() == 0
    with pytest.raises(LookupError):
        library.get_speech(speech_id)
    library.restore_speeches([speech_id])
    assert [s.id for s in library.list_speeches()] == [speech_id]
    assert len(library.annotations(speech_id)) == 1
    library.delete_speeches([speech_id])
    assert library.purge_deleted() == 1
    assert library.source_count() == 0
    assert library.import_file(tmp_path / "safety.txt").status == "imported"


def test_reimporting_a_deleted_speech_brings_it_back(library, speech_id, tmp_path):
    library.delete_speeches([speech_id])
    result = library.import_file(tmp_path / "safety.txt")
    assert result.status == "unchanged" and "1 deleted speech(es) restored" in result.message
    assert [s.id for s in library.list_speeches()] == [speech_id]


def test_pasted_text_becomes_a_speech_with_the_given_title(library):
    result = library.import_text(SAFETY, "我的标题")
    assert (result.status, result.speeches) == ("imported", 1)
    [speech] = library.list_speeches()
    assert (speech.title, speech.source_path) == ("我的标题", "pasted text")
    assert library.get_speech(speech.id).text == SAFETY
    assert library.import_text(SAFETY, "again").status == "unchanged"


def test_pasted_text_without_chinese_is_refused(library):
    result = library.import_text("hello world " * 20, "x")
    assert result.status == "failed" and result.message
    assert library.speech_count() == 0
