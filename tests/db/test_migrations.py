import sqlite3

import pytest

from analysis.language.tokens import index_text
from db import Library, LibraryError, init_db
from db.migrations import SCHEMA_VERSION, schema_version
from db.models import MODELS
from tests.db.conftest import old_library
from tests.speeches import SAFETY


def test_a_version_1_library_is_upgraded_with_a_copy_taken_first(tmp_path):
    path = tmp_path / "old.sqlite"
    db = old_library(path, 1)
    assert schema_version(db) == 1
    db.close()
    with Library(path) as library:
        assert schema_version(library.db) == SCHEMA_VERSION
        [speech] = library.speeches.all()
        assert speech.title == "旧讲话"
        assert library.speeches.get(speech.id).text == SAFETY
        assert speech.chars == len(SAFETY)  # v6 counted the old speech's characters
        indexes = {row[0] for row in library.db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"annotation_speech", "source_path"} <= indexes
    [copy] = (tmp_path / "old.sqlite.backups").glob(f"old-*-before-v{SCHEMA_VERSION}.sqlite")
    with sqlite3.connect(copy) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        assert old.execute("SELECT title FROM speech").fetchall() == [("旧讲话",)]


def test_a_new_library_has_no_backup_and_the_models_match_the_schema(tmp_path):
    path = tmp_path / "new.sqlite"
    db = init_db(path)
    for model in MODELS:
        columns = {c.name for c in db.get_columns(model._meta.table_name)}
        fields = {f.column_name for f in model._meta.sorted_fields} - {"rowid"}  # FTS5's own
        assert columns == fields, model
    db.close()
    assert list(tmp_path.glob("*.backups")) == []


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes("这不是数据库".encode() * 200)
    with pytest.raises(LibraryError) as caught:
        init_db(path)
    assert (caught.value.reason, caught.value.path) == ("damaged", str(path))
    assert path.read_bytes() == "这不是数据库".encode() * 200


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(LibraryError) as caught:
        init_db(path)
    assert caught.value.reason == "foreign"


def test_a_library_from_a_newer_yandu_is_refused(tmp_path):
    path = tmp_path / "future.sqlite"
    init_db(path).close()
    with sqlite3.connect(path) as future:
        future.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(LibraryError) as caught:
        init_db(path)
    assert (caught.value.reason, caught.value.detail) == ("newer", str(SCHEMA_VERSION + 1))


def test_a_version_9_library_gets_the_key_of_each_text(tmp_path):
    from analysis.structure.fingerprint import text_key
    path = tmp_path / "v9.sqlite"
    with Library(path) as library:
        library.importer.import_text(SAFETY, title="旧讲话")
    with sqlite3.connect(path) as old:  # the library as version 9 left it
        old.execute("DROP INDEX speech_listing")
        old.execute("DROP INDEX speech_text_key")
        old.execute("DROP TABLE index_stamp")
        old.execute("ALTER TABLE speech DROP COLUMN text_key")
        for column in ("publication", "page", "url", "published", "doc_number",  # v12's
                       "issue", "compilation", "editors", "place", "publisher", "year"):  # v14's
            old.execute(f"ALTER TABLE speech DROP COLUMN {column}")
        old.execute("DROP TABLE highlight_color")  # v14's
        old.execute("DROP TABLE speech_ocr")  # v16's
        old.execute("DROP TABLE pasted_text")  # v19's
        old.execute("DROP INDEX formula_text")  # v20's, which took mention_kind away
        old.execute("DROP INDEX source_importing")  # v22's
        old.execute("DROP INDEX speech_by_id")  # v23's
        old.execute("DROP INDEX source_path")  # v24's
        old.execute("DROP TABLE speech_key")  # v25's
        old.execute("UPDATE mention SET kind = CASE kind WHEN 0 THEN 'directive' "  # v26's
                    "WHEN 1 THEN 'figure' WHEN 2 THEN 'formula' WHEN 3 THEN 'date' "
                    "ELSE 'document' END")
        old.execute("CREATE INDEX mention_kind ON mention (kind, speech_id)")
        for table in ("sync_key", "sync_state", "sync_log"):  # v17's
            old.execute(f"DROP TABLE {table}")
        for table in ("group_highlight", "group_member"):  # v18's
            old.execute(f"DROP TABLE {table}")
        old.execute("PRAGMA user_version = 9")
    with Library(path) as library:
        [key] = library.db.execute_sql("SELECT text_key FROM speech").fetchone()
        assert key == text_key(SAFETY)
        assert library.importer.import_text(SAFETY.replace("\n", "\n\n")).status == "duplicate"
        assert library.db.execute_sql(  # v20: the kinds are read through partial indexes
            "SELECT count(*) FROM sqlite_master WHERE name = 'mention_kind'").fetchone() == (0,)
        assert library.study.mention_count("directive") > 0


def test_a_version_11_library_loses_its_index_copy_and_its_mentions_default_keys(tmp_path):
    """V13: the speech index is made contentless and built again in the background; mention
    data (and the corrections compared with it) drop their null and false keys."""
    path = tmp_path / "v11.sqlite"
    db = old_library(path, 11, analyzer_version=5)
    db.execute_sql("INSERT INTO speech_fts (rowid, body) VALUES (1, ?)", (index_text(SAFETY),))
    verbose = ('{"value": 3.0, "unit": "次", "approx": false, "placeholder": true, '
               '"direction": null, "marker": [1, 2], "marked": true}')
    db.execute_sql("INSERT INTO mention (speech_id, kind, start, \"end\", text, data) "
                   "VALUES (1, 'figure', 0, 2, '3次', ?)", (verbose,))
    db.execute_sql("INSERT INTO mention_correction (speech_id, action, kind, start, \"end\", "
                   "quote, data, corrected_at) VALUES (1, 'mark', 'figure', 0, 2, '3次', ?, "
                   "'2024-01-01 10:00:00')", (verbose,))
    db.close()
    with Library(path) as library:
        compact = '{"value":3.0,"unit":"次","placeholder":true,"marker":[1,2],"marked":true}'
        assert library.db.execute_sql("SELECT data FROM mention").fetchall() == [(compact,)]
        assert library.db.execute_sql(
            "SELECT data FROM mention_correction").fetchall() == [(compact,)]
        tables = {name for (name,) in library.db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
        assert "speech_fts_content" not in tables
        assert library.search.find("隐患").groups == []  # until the window builds it
        assert library.index.unindexed_count() == 1
        assert library.index.build() == 1
        assert [g.speech_id for g in library.search.find("隐患").groups] == [1]
        library.corrections.withdraw(1)  # the mark's mention is found by its data
        assert library.db.execute_sql("SELECT count(*) FROM mention").fetchone()[0] == 0
        library.speeches.delete([1])
        library.speeches.purge_deleted()
        assert library.db.execute_sql("SELECT count(*) FROM speech_fts").fetchone()[0] == 0


def test_a_version_13_library_gets_colours_without_names(tmp_path):
    path = tmp_path / "v13.sqlite"
    init_db(path, target=13).close()
    with Library(path) as library:
        assert library.annotations.color_names() == {}
        library.annotations.name_color("yellow", "重点")
        assert library.annotations.color_names() == {"yellow": "重点"}


def test_a_version_25_library_stores_each_mention_s_kind_as_a_number(tmp_path):
    """V26: the kinds' words become numbers in a table made anew; what the library gives back
    is the same."""
    path = tmp_path / "v25.sqlite"
    db = old_library(path, 25)
    words = {"directive": "各部门要切实履行监管职责。", "figure": "3起", "formula": "主体责任",
             "date": "6月底", "document": "安全生产工作会议"}
    for kind, text in words.items():
        start = SAFETY.index(text)
        db.execute_sql("INSERT INTO mention (speech_id, kind, start, \"end\", text, data) "
                       "VALUES (1, ?, ?, ?, ?, '{}')", (kind, start, start + len(text), text))
    db.close()
    with sqlite3.connect(path) as other:  # another program, foreign keys off (its default)
        other.execute("INSERT INTO mention (speech_id, kind, start, \"end\", text) "
                      "VALUES (99, 'figure', 0, 2, '同志'), (1, 'Figure', 0, 2, '同志')")
    with Library(path) as library:
        assert library.db.execute_sql(  # the row of no speech left behind, an odd kind kept
            "SELECT typeof(kind), kind FROM mention ORDER BY id").fetchall() == [
            ("integer", number) for number in range(5)] + [("text", "Figure")]
        mentions = library.speeches.get(1).mentions
        assert sorted((m.kind, m.text) for m in mentions) == sorted([*words.items(),
                                                                     ("Figure", "同志")])
        [directive] = library.study.mentions("directive")
        assert directive.text == words["directive"]
        assert [f.text for f in library.study.formulas()] == ["主体责任"]
        speech = library.importer.import_text(SAFETY + "\n第二份", "新讲话")
        assert speech.status == "imported"
        kinds = library.db.execute_sql("SELECT DISTINCT typeof(kind) FROM mention "
                                       "WHERE speech_id > 1").fetchall()
        assert kinds == [("integer",)]  # the new speech's
