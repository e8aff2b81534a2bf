"""The library is one file opened once, and parts that share its connection and index."""
from db import Library
from tests.db.test_importer import TWO_SPEECHES


def test_library_persists_across_opens(tmp_path):
    path = tmp_path / "lib.sqlite"
    page = tmp_path / "page.txt"
    page.write_text(TWO_SPEECHES, encoding="utf-8")
    with Library(path) as library:
        library.importer.import_file(page)
    with Library(path) as library:
        assert [s.title for s in library.speeches.all()] == [
            "镇长在全镇安全生产工作会议上的讲话", "县长在全县防汛工作会议上的讲话"]


def test_the_parts_share_one_connection_and_one_index_writer(library):
    parts = [library.speeches, library.importer, library.annotations, library.tags,
             library.search, library.study, library.review, library.excerpts, library.backups]
    assert {id(part.db) for part in parts} == {id(library.db)}
    writers = [library.speeches.index, library.importer.index, library.annotations.index,
               library.excerpts.index]
    assert all(writer is library.index for writer in writers)


def test_a_note_written_by_one_part_is_found_by_another(library, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(TWO_SPEECHES, encoding="utf-8")
    library.importer.import_file(page)
    speech = library.speeches.all()[0].id
    library.annotations.add(speech, 0, 4, "yellow", "应急预案要点")
    [group] = library.search.find("预案要点").groups
    assert group.speech_id == speech and group.hits[0].where == "note"


def test_closing_closes_this_threads_connection(tmp_path):
    with Library(tmp_path / "lib.sqlite") as library:
        assert not library.db.is_closed()
    assert library.db.is_closed()
    library.close()  # closing twice is harmless
