import pytest

from tests.speeches import FLOOD, SAFETY


@pytest.fixture
def ids(library, tmp_path):
    for name, text in (("a.txt", SAFETY), ("b.txt", FLOOD)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        library.import_file(tmp_path / name)
    return [s.id for s in library.list_speeches()]


def usage(library):
    return {t.name: (t.speeches, t.annotations) for t in library.tags()}


def test_speech_tags_are_listed_with_the_speech(library, ids):
    library.set_speech_tags(ids[0], ["安全", "会议", "安全"])
    assert library.speech_tags(ids[0]) == ["会议", "安全"]
    assert [s.tags for s in library.list_speeches()] == [["会议", "安全"], []]
    assert library.tag_names() == ["会议", "安全"]


def test_counts_cover_speeches_and_annotations(library, ids):
    library.set_speech_tags(ids[0], ["重点"])
    library.set_speech_tags(ids[1], ["重点"])
    library.add_annotation(ids[0], 0, 4, "yellow", tags=["重点", "隐患"])
    assert usage(library) == {"重点": (2, 1), "隐患": (0, 1)}


def test_rename_keeps_what_is_tagged_and_refuses_a_taken_name(library, ids):
    library.set_speech_tags(ids[0], ["防汛", "安全"])
    tag = next(t for t in library.tags() if t.name == "防汛")
    library.rename_tag(tag.id, "汛期")
    assert library.speech_tags(ids[0]) == ["安全", "汛期"]
    with pytest.raises(ValueError, match="merge"):
        library.rename_tag(tag.id, "安全")


def test_merge_moves_everything_to_the_target_without_duplicates(library, ids):
    library.set_speech_tags(ids[0], ["隐患", "隐患排查"])
    library.set_speech_tags(ids[1], ["隐患"])
    note = library.add_annotation(ids[1], 0, 3, "blue", tags=["隐患"])
    tags = {t.name: t.id for t in library.tags()}
    library.merge_tags(tags["隐患"], tags["隐患排查"])
    assert usage(library) == {"隐患排查": (2, 1)}
    assert library.speech_tags(ids[0]) == ["隐患排查"]
    assert library.get_annotation(note.id).tags == ["隐患排查"]


def test_delete_and_recolour(library, ids):
    library.set_speech_tags(ids[0], ["甲", "乙"])
    tags = {t.name: t.id for t in library.tags()}
    library.set_tag_color(tags["甲"], "#cc0000")
    library.delete_tag(tags["乙"])
    assert [(t.name, t.color) for t in library.tags()] == [("甲", "#cc0000")]
    assert library.speech_tags(ids[0]) == ["甲"]


def test_create_refuses_empty_and_duplicate_names(library):
    library.create_tag("新")
    for name in ("", "  ", "新"):
        with pytest.raises(ValueError):
            library.create_tag(name)
