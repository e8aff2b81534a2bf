import sqlite3

import pytest

import db.importer
from db import Library
from tests.speeches import FLOOD, SAFETY

TWO_SPEECHES = f"镇长在全镇安全生产工作会议上的讲话\n{SAFETY}\n县长在全县防汛工作会议上的讲话\n{FLOOD}"


def rows(path, table):
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_import_stores_sources_speeches_and_outlines(library, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(TWO_SPEECHES, encoding="gb18030")
    result = library.importer.import_file(page)
    assert (result.status, result.speeches) == ("imported", 2)
    speeches = library.speeches.all()
    assert [(s.title, s.speaker, s.position, s.source_path) for s in speeches] == [
        ("镇长在全镇安全生产工作会议上的讲话", "镇长", 0, str(page.resolve())),
        ("县长在全县防汛工作会议上的讲话", "县长", 1, str(page.resolve()))]
    record = library.speeches.get(speeches[1].id)
    assert record.text == FLOOD
    assert record.summary.chars == len(FLOOD)
    assert [(s.level, s.label) for s in record.outline if s.kind == "heading"] == [
        (1, "一、"), (1, "二、"), (1, "三、")]
    by_id = {s.id: s for s in record.outline}
    items = [s for s in record.outline if s.kind == "item"]
    assert [by_id[s.parent_id].label for s in items] == ["二、", "二、"]
    assert all(record.text[s.start:].startswith(s.label) for s in record.outline)


def test_reimporting_the_same_bytes_is_a_no_op(library, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(TWO_SPEECHES, encoding="utf-8")
    first = library.importer.import_file(page)
    copy = tmp_path / "elsewhere" / "same.txt"
    copy.parent.mkdir()
    copy.write_bytes(page.read_bytes())
    again = library.importer.import_file(copy)
    assert again.status == "unchanged"
    assert again.source_id == first.source_id
    assert again.restored == 0
    assert library.speeches.count() == 2 and library.speeches.source_count() == 1


def test_a_failure_while_storing_leaves_nothing_of_the_file(library, tmp_path, monkeypatch):
    page = tmp_path / "page.txt"
    page.write_text(TWO_SPEECHES, encoding="utf-8")
    calls = []

    def fail_on_second_speech(database, speech_id, outline):
        calls.append(speech_id)
        if len(calls) == 2:  # the first speech and its outline are written by now
            raise RuntimeError("disk pulled out")
        return original(database, speech_id, outline)

    original = db.importer._store_outline
    monkeypatch.setattr(db.importer, "_store_outline", fail_on_second_speech)
    with pytest.raises(RuntimeError):
        library.importer.import_file(page)
    assert calls, "the failure was never reached"
    for table in ("source", "speech", "outline_section"):
        assert rows(library.path, table) == 0
    monkeypatch.undo()
    assert library.importer.import_file(page).status == "imported"
    assert library.speeches.count() == 2


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "the file is empty"),
    ("binary.txt", bytes(range(256)) * 64, None),
    ("undecodable.txt", bytes(range(0x80, 0x100)) * 40, None),
    ("latin.txt", b"Just some English words in a plain text file.\n" * 10, "no Chinese text found"),
    ("sheet.xlsx", b"PK\x03\x04", "unsupported file type"),
    ("broken.docx", b"not a zip at all", "not a Word .docx file"),
    ("broken.pdf", b"%PDF-1.4\n garbage", "PDF"),
])
def test_bad_files_fail_with_a_reason_and_change_nothing(library, tmp_path, name, content, reason):
    good = tmp_path / "good.txt"
    good.write_text(SAFETY, encoding="utf-8")
    library.importer.import_file(good)
    before = library.speeches.all()
    bad = tmp_path / name
    bad.write_bytes(content)
    result = library.importer.import_file(bad)
    assert result.status == "failed"
    assert result.error.reason and "\n" not in result.error.reason
    assert result.error.name == str(bad)
    if reason:
        assert reason in result.error.reason
    assert library.speeches.all() == before


def test_folders_are_imported_recursively_and_bad_files_are_skipped(library, tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(SAFETY, encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text(FLOOD, encoding="utf-16")
    (tmp_path / "a" / "b" / "empty.txt").write_bytes(b"")
    (tmp_path / "a" / "b" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "a" / ".hidden").mkdir()
    (tmp_path / "a" / ".hidden" / "three.txt").write_text(SAFETY + "。", encoding="utf-8")
    results = list(library.importer.import_paths([tmp_path / "a"]))
    assert [(r.path.rsplit("/", 1)[1], r.status) for r in results] == [
        ("one.txt", "imported"), ("empty.txt", "failed"), ("two.txt", "imported")]
    assert sorted(s.chars for s in library.speeches.all()) == sorted([len(SAFETY), len(FLOOD)])


def test_import_can_be_cancelled_between_files(library, tmp_path):
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(SAFETY + "补充" * i, encoding="utf-8")
    done = []
    for result in library.importer.import_paths([tmp_path], cancelled=lambda: len(done) >= 2):
        done.append(result)
    assert len(done) == 2 and library.speeches.count() == 2


def test_a_missing_speech_is_a_lookup_error(library):
    with pytest.raises(LookupError, match="no speech with id 42"):
        library.speeches.get(42)


def test_foreign_keys_and_wal_are_on(library):
    assert library.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert library.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_library_persists_across_opens(tmp_path):
    path = tmp_path / "lib.sqlite"
    page = tmp_path / "page.txt"
    page.write_text(TWO_SPEECHES, encoding="utf-8")
    with Library(path) as library:
        library.importer.import_file(page)
    with Library(path) as library:
        assert [s.title for s in library.speeches.all()] == [
            "镇长在全镇安全生产工作会议上的讲话", "县长在全县防汛工作会议上的讲话"]
