import pytest

from db import TagNameError
from tests.speeches import FLOOD, SAFETY


@pytest.fixture
def ids(library, tmp_path):
    for name, text in (("a.txt", SAFETY), ("b.txt", FLOOD)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        library.importer.import_file(tmp_path / name)
    return [s.id for s in library.speeches.all()]


def usage(library):
    return {t.name: (t.speeches, t.annotations) for t in library.tags.all()}


def test_speech_tags_are_listed_with_the_speech(library, ids):
    library.tags.set_speech(ids[0], ["安全", "会议", "安全"])
    assert library.tags.of_speech(ids[0]) == ["会议", "安全"]
    assert [s.tags for s in library.speeches.all()] == [["会议", "安全"], []]
    assert library.tags.names() == ["会议", "安全"]


def test_counts_cover_speeches_and_annotations(library, ids):
    library.tags.set_speech(ids[0], ["重点"])
    library.tags.set_speech(ids[1], ["重点"])
    library.annotations.add(ids[0], 0, 4, "yellow", tags=["重点", "隐患"])
    assert usage(library) == {"重点": (2, 1), "隐患": (0, 1)}


def test_rename_keeps_what_is_tagged_and_refuses_a_taken_name(library, ids):
    library.tags.set_speech(ids[0], ["防汛", "安全"])
    tag = next(t for t in library.tags.all() if t.name == "防汛")
    library.tags.rename(tag.id, "汛期")
    assert library.tags.of_speech(ids[0]) == ["安全", "汛期"]
    with pytest.raises(TagNameError) as caught:
        library.tags.rename(tag.id, "安全")
    assert (caught.value.reason, caught.value.name) == ("taken", "安全")
    with pytest.raises(TagNameError) as caught:
        library.tags.create("  ")
    assert caught.value.reason == "empty"


def test_merge_moves_everything_to_the_target_without_duplicates(library, ids):
    library.tags.set_speech(ids[0], ["隐患", "隐患排查"])
    library.tags.set_speech(ids[1], ["隐患"])
    note = library.annotations.add(ids[1], 0, 3, "blue", tags=["隐患"])
    tags = {t.name: t.id for t in library.tags.all()}
    library.tags.merge(tags["隐患"], tags["隐患排查"])
    assert usage(library) == {"隐患排查": (2, 1)}
    assert library.tags.of_speech(ids[0]) == ["隐患排查"]
    assert library.annotations.get(note.id).tags == ["隐患排查"]


def test_delete_and_recolour(library, ids):
    library.tags.set_speech(ids[0], ["甲", "乙"])
    tags = {t.name: t.id for t in library.tags.all()}
    library.tags.set_color(tags["甲"], "#cc0000")
    library.tags.delete(tags["乙"])
    assert [(t.name, t.color) for t in library.tags.all()] == [("甲", "#cc0000")]
    assert library.tags.of_speech(ids[0]) == ["甲"]


def test_create_refuses_empty_and_duplicate_names(library):
    library.tags.create("新")
    for name in ("", "  ", "新"):
        with pytest.raises(ValueError):
            library.tags.create(name)


def test_colors_name_the_tags_that_have_one(library):
    library.tags.create("重点", "#e53935")
    library.tags.create("无色")
    assert library.tags.colors() == {"重点": "#e53935"}
