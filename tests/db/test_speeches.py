import pytest

from tests.speeches import SAFETY


def test_a_missing_speech_is_a_lookup_error(library):
    with pytest.raises(LookupError, match="no speech with id 42"):
        library.speeches.get(42)


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


def test_the_list_holds_each_speech_with_its_source_tags_and_highlight_count(library,
                                                                             speech_id):
    library.tags.set_speech(speech_id, ["安全", "乡镇"])
    library.annotations.add(speech_id, 0, 4, "yellow")
    [summary] = library.speeches.all()
    assert (summary.id, summary.tags, summary.annotations) == (speech_id, ["乡镇", "安全"], 1)
    assert summary.source_path.endswith("safety.txt") and summary.chars == len(SAFETY)
    record = library.speeches.get(speech_id)
    assert record.text == SAFETY and record.summary == summary
    assert record.outline and all(SAFETY[m.start:m.end] == m.text for m in record.mentions)
    assert (library.speeches.count(), library.speeches.source_count()) == (1, 1)


def test_the_trash_holds_deleted_speeches_until_emptied(library, tmp_path):
    from tests.speeches import FLOOD, SAFETY
    for text, title in ((SAFETY, "安全讲话"), (FLOOD, "防汛讲话")):
        library.importer.import_text(text, title)
    first, second = library.speeches.all()
    library.speeches.delete([first.id])
    assert [s.title for s in library.speeches.trash()] == ["安全讲话"]
    library.speeches.restore([first.id])
    assert library.speeches.trash() == [] and len(library.speeches.all()) == 2
