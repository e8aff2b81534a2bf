import pytest

from db import Library
from tests.speeches import SAFETY


@pytest.fixture
def speech_id(library, tmp_path):
    page = tmp_path / "safety.txt"
    page.write_text(SAFETY, encoding="utf-8")
    library.importer.import_file(page)
    return library.speeches.all()[0].id


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


def test_deleted_speeches_hide_until_purged_and_can_be_restored(library, speech_id, tmp_path):
    library.annotations.add(speech_id, 3, 8, "blue")
    library.speeches.delete([speech_id])
    assert library.speeches.all() == [] and library.speeches.count() == 0
    with pytest.raises(LookupError):
        library.speeches.get(speech_id)
    library.speeches.restore([speech_id])
    assert [s.id for s in library.speeches.all()] == [speech_id]
    assert len(library.annotations.of_speech(speech_id)) == 1
    library.speeches.delete([speech_id])
    assert library.speeches.purge_deleted() == 1
    assert library.speeches.source_count() == 0
    assert library.importer.import_file(tmp_path / "safety.txt").status == "imported"


def test_reimporting_a_deleted_speech_brings_it_back(library, speech_id, tmp_path):
    library.speeches.delete([speech_id])
    result = library.importer.import_file(tmp_path / "safety.txt")
    assert (result.status, result.restored) == ("unchanged", 1)
    assert [s.id for s in library.speeches.all()] == [speech_id]


def test_pasted_text_becomes_a_speech_with_the_given_title(library):
    result = library.importer.import_text(SAFETY, "我的标题")
    assert (result.status, result.speeches) == ("imported", 1)
    [speech] = library.speeches.all()
    assert (speech.title, speech.source_path) == ("我的标题", "pasted text")
    assert library.speeches.get(speech.id).text == SAFETY
    assert library.importer.import_text(SAFETY, "again").status == "unchanged"


def test_pasted_text_without_chinese_is_refused(library):
    result = library.importer.import_text("hello world " * 20, "x")
    assert result.status == "failed" and "no Chinese text" in result.error.reason
    assert library.speeches.count() == 0
