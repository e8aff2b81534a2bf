"""The full-text index writer keeps speech text and notes in step with what they index."""
import pytest

from analysis.language.tokens import index_stamp, index_text
from db import Library
from db.index import ID_BITS, ID_MASK, entries_stamp, entry_key
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
    assert library.index.keys([drill]) == []
    assert _entries(library) == _made_anew(library)
    again = _import(library, DRILL, "演练讲话")
    assert set(_found(library, "演练")) == {again}


def test_an_index_is_built_for_speeches_stored_before_it_existed(tmp_path):
    path = tmp_path / "old.sqlite"
    with Library(path) as library:
        _import(library, HAZARDS, "隐患讲话")
        _forget_entries(library)
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
    _forget_entries(library)
    assert library.index.build(cancelled=lambda: True) == 0
    assert library.index.unindexed_count() == 3
    seen = []
    assert library.index.build(progress=lambda done, total: seen.append((done, total))) == 3
    assert library.index.unindexed_count() == 0 and seen == [(3, 3)]


def _forget_entries(library):
    """The library as one stored before its index existed."""
    library.db.execute_sql("INSERT INTO speech_fts (speech_fts) VALUES ('delete-all')")
    library.db.execute_sql("DELETE FROM speech_key")


def _entries(library, table="speech_fts"):
    """Every (term, speech id, position) the index holds."""
    library.db.execute_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_instances "
                           f"USING fts5vocab(main, {table}, instance)")
    return sorted(library.db.execute_sql(
        f"SELECT term, doc, offset FROM temp.{table}_instances").fetchall())


def _made_anew(library):
    """What the index would hold if built now from the speeches' texts (hidden merged
    speeches have no entry)."""
    library.db.execute_sql("DROP TABLE IF EXISTS temp.fresh")
    library.db.execute_sql("DROP TABLE IF EXISTS temp.fresh_instances")
    library.db.execute_sql("CREATE VIRTUAL TABLE temp.fresh USING fts5(body, content = '', "
                           "tokenize = 'unicode61')")
    for speech_id, date, text in library.db.execute_sql(
            "SELECT id, date, text FROM speech WHERE merged_into IS NULL").fetchall():
        library.db.execute_sql("INSERT INTO temp.fresh (rowid, body) VALUES (?, ?)",
                               (entry_key(speech_id, date), index_text(text)))
    library.db.execute_sql("CREATE VIRTUAL TABLE temp.fresh_instances "
                           "USING fts5vocab(temp, fresh, instance)")
    return sorted(library.db.execute_sql(
        "SELECT term, doc, offset FROM temp.fresh_instances").fetchall())


def test_the_index_keeps_no_copy_and_stays_exact_through_every_change(library, tmp_path):
    """The index holds only postings (contentless): each entry is taken out with the tokens of
    the text it was made from, so after every kind of change it equals one built anew."""
    page = tmp_path / "speeches.txt"
    page.write_text(SAFETY + "\n\n" + DRILL, encoding="utf-8")
    library.importer.import_file(page)
    first, second = sorted(s.id for s in library.speeches.all())
    tables = {name for (name,) in library.db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    assert "speech_fts_content" not in tables
    assert _entries(library) == _made_anew(library) != []
    text = library.speeches.get(first).text
    third = library.structure.split(first, len(text) // 2).other_id
    assert _entries(library) == _made_anew(library)
    library.structure.remove(first, 0, 4)
    assert _entries(library) == _made_anew(library)
    library.structure.merge(first)
    assert _entries(library) == _made_anew(library)
    library.corrections.edit([first, second], {"date": "2021-05-04"})  # entries keyed anew
    assert _entries(library) == _made_anew(library)
    page.write_text(SAFETY.replace("安全", "安稳") + "\n\n" + DRILL, encoding="utf-8")
    assert library.importer.import_file(page).status == "updated"
    assert library.speeches.get(first).summary.date == "2021-05-04"  # the correction put back…
    assert _entries(library) == _made_anew(library)  # …and the entry keyed by it
    library.speeches.delete([first, second, third])
    library.speeches.restore([first])
    assert _entries(library) == _made_anew(library)
    library.speeches.purge_deleted()
    assert _entries(library) == _made_anew(library)
    assert set(_found(library, "演练")) == set()


def test_an_index_made_with_other_tokens_is_built_anew(library):
    """A new jieba or user dictionary makes other tokens; the old entries could not be
    taken out exactly, so the whole index is emptied and built again."""
    speech = _import(library, HAZARDS, "隐患讲话")
    library.db.execute_sql("UPDATE index_stamp SET stamp = 'jieba 0.39 userdict old'")
    assert library.index.unindexed_count() == 1
    assert library.index.build() == 1
    assert library.index.unindexed_count() == 0
    assert _entries(library) == _made_anew(library)
    assert set(_found(library, "隐患")) == {speech}
    [(stamp,)] = library.db.execute_sql("SELECT stamp FROM index_stamp").fetchall()
    assert stamp == entries_stamp() and stamp.startswith(index_stamp())


def test_entries_are_keyed_newest_last_as_the_list_sorts_dates(library):
    """A key orders speeches as SQLite's `date DESC NULLS LAST, id DESC` does, reversed:
    partial dates before the days in them, no date first."""
    dates = [None, "2024", "2024-03", "2024-03-05", "2023-12-31", "2024-03-05", "1999-01",
             None, "2024-11-30"]
    ordered = [row[0] for row in library.db.execute_sql(
        "WITH d(id, date) AS (VALUES " + ", ".join("(?, ?)" for _ in dates) + ") "
        "SELECT id FROM d ORDER BY date DESC NULLS LAST, id DESC",
        [value for number, date in enumerate(dates, 1) for value in (number, date)]
    ).fetchall()]
    keys = {entry_key(number, date): number for number, date in enumerate(dates, 1)}
    assert [keys[key] for key in sorted(keys, reverse=True)] == ordered
    assert all(key & ID_MASK == number for key, number in keys.items())
    with pytest.raises(ValueError):  # two speeches must never share a key
        entry_key(ID_MASK + 1, "2024-03-05")


def test_a_corrected_date_moves_the_entry_and_an_undo_moves_it_back(library):
    speech = _import(library, HAZARDS, "隐患讲话")
    assert library.index.keys([speech]) == [entry_key(speech, None)]
    before = library.corrections.edit([speech], {"date": "2021年5月4日"})
    assert library.index.keys([speech]) == [entry_key(speech, "2021-05-04")] != [speech]
    assert _entries(library) == _made_anew(library)
    assert set(_found(library, "隐患")) == {speech}
    library.corrections.restore(before)
    assert library.index.keys([speech]) == [entry_key(speech, None)]
    assert _entries(library) == _made_anew(library)


def test_dates_written_as_a_page_writes_them_are_keyed_by_their_day(library):
    written = ["2024/3/5", "2024年3月5日", "2024-3-15", "2024-12-01", "2023年12月", "2024",
               "20240305", "2024-03-05T10:00"]
    days = [entry_key(0, date) >> ID_BITS for date in written]
    assert days == [20240305, 20240305, 20240315, 20241201, 20231200, 20240000, 20240305,
                    20240305]


def test_a_build_skips_what_another_writer_indexed_meanwhile(library, monkeypatch):
    ids = [_import(library, SAFETY + f"\n第{number}份", f"讲话{number}") for number in range(3)]
    _forget_entries(library)
    monkeypatch.setattr("db.index.BUILD_BATCH", 1)

    def meanwhile(done, total):  # as a second process indexing the next speech would
        if done == 1:
            library.index.add_speech(ids[1], library.speeches.get(ids[1]).text)

    library.index.build(progress=meanwhile)
    assert library.index.unindexed_count() == 0
    assert _entries(library) == _made_anew(library)


def _segments(library):
    return library.db.execute_sql(
        "SELECT count(DISTINCT segid) FROM speech_fts_idx").fetchone()[0]


def test_a_build_of_the_whole_index_merges_it_into_one_segment(library, monkeypatch):
    """FTS5 writes a segment per transaction; after a build that made most of the index the
    segments are merged into one, a step at a time (a stop is heard between steps), and the
    index holds the same entries."""
    monkeypatch.setattr("db.index.BUILD_BATCH", 1)
    for number in range(12):
        _import(library, SAFETY + f"\n第{number}份", f"讲话{number}")
    made = _made_anew(library)
    _forget_entries(library)
    asked = []

    def stop_once_indexed() -> bool:  # asked before each of the 12 batches, then to merge
        asked.append(1)
        return len(asked) > 12
    assert library.index.build(cancelled=stop_once_indexed) == 12
    assert _segments(library) == 12 and _entries(library) == made

    _forget_entries(library)
    assert library.index.build() == 12
    assert _segments(library) == 1 and _entries(library) == made
    assert len(library.search.find("隐患").groups) == 12

    drill = _import(library, DRILL, "演练讲话")  # in a segment of its own
    library.index.remove_speech(drill)
    assert library.index.build() == 1  # a few speeches: the whole index is not rewritten
    assert _segments(library) > 1 and _entries(library) == _made_anew(library)
