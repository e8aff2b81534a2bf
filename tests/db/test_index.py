"""The full-text index writer keeps speech text and notes in step with what they index."""
from db import Library
from db.migrations import SCHEMA_VERSION
from tests.db.test_search import DRILL, HAZARDS, _found, _import
from tests.speeches import SAFETY


def test_the_index_follows_delete_purge_and_reimport(library, speeches, tmp_path):
    drill = speeches["drill"]
    library.speeches.delete([drill])
    assert set(_found(library, "演练")) == set()
    library.speeches.restore([drill])
    assert set(_found(library, "演练")) == {drill}
    library.speeches.delete([drill])
    library.speeches.purge_deleted()
    rows = library.db.execute_sql("SELECT count(*) FROM speech_fts WHERE rowid = ?", (drill,))
    assert rows.fetchone()[0] == 0
    again = _import(library, DRILL, "演练讲话")
    assert set(_found(library, "演练")) == {again}


def test_an_index_is_built_for_speeches_stored_before_it_existed(tmp_path):
    path = tmp_path / "old.sqlite"
    with Library(path) as library:
        _import(library, HAZARDS, "隐患讲话")
        library.db.execute_sql("DELETE FROM speech_fts")
        assert library.index.unindexed_count() == 1
        assert library.search.find("隐患").groups == []
        assert library.index.build() == 1
        assert library.index.unindexed_count() == 0
        assert len(library.search.find("隐患").groups[0].hits) == 3
    assert SCHEMA_VERSION >= 4


def test_a_note_is_indexed_replaced_and_removed(library):
    speech = _import(library, SAFETY, "安全讲话")
    library.index.set_note(999, "防汛 预案")  # the index follows what it is told
    rows = "SELECT count(*) FROM note_fts WHERE note_fts MATCH ?"
    assert library.db.execute_sql(rows, ('"预案"',)).fetchone()[0] == 1
    library.index.set_note(999, "演练")
    assert library.db.execute_sql(rows, ('"预案"',)).fetchone()[0] == 0
    library.index.set_note(999, "  ")
    assert library.db.execute_sql("SELECT count(*) FROM note_fts").fetchone()[0] == 0
    assert speech


def test_building_the_index_reports_progress_and_stops_when_cancelled(library):
    for number in range(3):
        _import(library, SAFETY + f"\n第{number}份", f"讲话{number}")
    library.db.execute_sql("DELETE FROM speech_fts")
    assert library.index.build(cancelled=lambda: True) == 0
    assert library.index.unindexed_count() == 3
    seen = []
    assert library.index.build(progress=lambda done, total: seen.append((done, total))) == 3
    assert library.index.unindexed_count() == 0 and seen == [(3, 3)]
