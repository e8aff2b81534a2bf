import pytest

from tests.query_plans import plan, statements
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


def test_the_lists_first_rows_are_read_in_its_order_without_sorting_every_speech(library):
    # The window reads the first rows before its first paint: a sort of every speech there
    # grew with the library (about 60 ms at 100,000 speeches).
    from tests.speeches import FLOOD, SAFETY
    for text, title in ((SAFETY, "安全讲话"), (FLOOD, "防汛讲话"), (SAFETY + "。", "又一篇")):
        library.importer.import_text(text, title)
    everything = library.speeches.all()
    first_id = everything[0].id
    library.annotations.add(first_id, 0, 4, "yellow")
    first = []
    [listing] = statements(library, lambda: first.extend(library.speeches.all(2)),
                           containing="source_path")
    assert [s.id for s in first] == [s.id for s in everything[:2]]
    assert first[0].annotations == 1 and first[1].annotations == 0
    steps = plan(library, listing)
    assert "TEMP B-TREE" not in steps and "COVERING INDEX speech_listing" in steps, steps


def test_chosen_speeches_rows_are_looked_up_by_id(library):
    # After an edit the window reads the rows of the speeches it touched: through an index by
    # id, not by reading the whole list (11 ms at 100,000 speeches for three).
    from tests.speeches import FLOOD, SAFETY
    for number in range(6):
        library.importer.import_text((SAFETY, FLOOD)[number % 2] + f"第{number}份", f"讲话{number}")
    ids = [s.id for s in library.speeches.all()][:5]
    rows = []
    [lookup] = statements(library, lambda: rows.extend(library.speeches.summaries(ids)),
                          containing="source_path")
    assert sorted(s.id for s in rows) == sorted(ids)
    steps = plan(library, lookup)
    assert "id=?" in steps and "speech_listing" not in steps, steps  # by id, or by rowid
