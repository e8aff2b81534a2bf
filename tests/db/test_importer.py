import sqlite3

import pytest

import db.contents
import db.importer
from analysis.version import ANALYZER_VERSION
from db import Library
from tests.query_plans import plan, statements
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

    original = db.contents.store_outline
    monkeypatch.setattr(db.contents, "store_outline", fail_on_second_speech)
    with pytest.raises(RuntimeError):
        library.importer.import_file(page)
    assert calls, "the failure was never reached"
    for table in ("source", "speech", "outline_section"):
        assert rows(library.path, table) == 0
    monkeypatch.undo()
    assert library.importer.import_file(page).status == "imported"
    assert library.speeches.count() == 2


def test_each_speech_is_stored_before_the_next_is_analysed(library, tmp_path, monkeypatch):
    """A big collection never holds more than one speech's analysis."""
    import analysis.pipeline
    page = tmp_path / "page.txt"
    page.write_text(TWO_SPEECHES * 2, encoding="utf-8")
    events = []
    analyse, store = analysis.pipeline.analyze_chunk, db.contents.store_mentions
    monkeypatch.setattr(analysis.pipeline, "analyze_chunk", lambda position, chunk: (
        events.append(("analyse", position)) or analyse(position, chunk)))
    monkeypatch.setattr(db.contents, "store_mentions", lambda database, speech_id, mentions: (
        events.append(("store", speech_id)) or store(database, speech_id, mentions)))
    assert library.importer.import_file(page).speeches == 4
    ids = [speech.id for speech in library.speeches.all()]
    assert events == [event for position, speech_id in enumerate(ids)
                      for event in (("analyse", position), ("store", speech_id))]


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
    (tmp_path / "a" / "b" / "song.mp3").write_bytes(b"ID3\x03")  # not a kind Yandu reads
    (tmp_path / "a" / "b" / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # a photo cut short
    (tmp_path / "a" / ".hidden").mkdir()
    (tmp_path / "a" / ".hidden" / "three.txt").write_text(SAFETY + "。", encoding="utf-8")
    results = list(library.importer.import_paths([tmp_path / "a"]))
    assert [(r.path.rsplit("/", 1)[1], r.status) for r in results] == [
        ("one.txt", "imported"), ("empty.txt", "failed"), ("photo.jpg", "failed"),
        ("two.txt", "imported")]
    assert sorted(s.chars for s in library.speeches.all()) == sorted([len(SAFETY), len(FLOOD)])


def test_import_can_be_cancelled_between_files(library, tmp_path):
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(SAFETY + "补充" * i, encoding="utf-8")
    done = []
    for result in library.importer.import_paths([tmp_path], cancelled=lambda: len(done) >= 2):
        done.append(result)
    assert len(done) == 2 and library.speeches.count() == 2


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


def test_mentions_are_stored_at_import(library, texts_dir):
    library.importer.import_file(texts_dir / "single-speech.txt")
    [summary] = library.speeches.all()
    record = library.speeches.get(summary.id)
    kinds = {m.kind for m in record.mentions}
    assert kinds == {"directive", "figure", "date", "formula", "document"}
    for mention in record.mentions:
        assert record.text[mention.start:mention.end] == mention.text
    figure = next(m for m in record.mentions if m.text == "2.12亿元")
    assert figure.data["value"] == 212_000_000 and figure.data["kind"] == "money"
    assert library.importer.stale_count() == 0


def test_mentions_are_recomputed_when_the_analyzer_version_changes(tmp_path, texts_dir):
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        library.importer.import_file(texts_dir / "single-speech.txt")
        [summary] = library.speeches.all()
        before = library.speeches.get(summary.id).mentions
    with sqlite3.connect(path) as connection:  # as an older Yandu left it
        connection.execute("DELETE FROM mention")
        connection.execute("UPDATE speech SET analyzer_version = ?", (ANALYZER_VERSION - 1,))
    with Library(path) as library:
        assert library.importer.stale_count() == 1
        assert library.speeches.get(summary.id).mentions == []
        seen = []
        assert library.importer.reanalyze(progress=lambda done, total: seen.append((done, total))) == 1
        assert seen == [(1, 1)] and library.importer.stale_count() == 0
        assert library.speeches.get(summary.id).mentions == before


def test_reanalysis_stops_when_cancelled(tmp_path, texts_dir):
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        library.importer.import_file(texts_dir / "compilation-page.txt")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE speech SET analyzer_version = 1")
    with Library(path) as library:
        calls = iter([False, False, True])
        assert library.importer.reanalyze(cancelled=lambda: next(calls)) == 2
        assert library.importer.stale_count() == 3


def test_a_file_is_shown_whole_only_once_it_is_stored_whole(library, tmp_path, faults):
    page = tmp_path / "three.txt"
    page.write_text("\n\n".join([SAFETY, FLOOD, SAFETY.replace("同志们", "各位同志")]),
                    encoding="utf-8")
    stored = []
    real = library.importer._store_speech

    def store(*args, **kwargs):  # a full disk as the third speech is stored
        stored.append(1)
        if len(stored) == 3:  # the first two are stored, hidden
            faults.full_disk(library, only='INSERT INTO "speech"')
        return real(*args, **kwargs)
    library.importer._store_speech = store
    _import_on_a_full_disk(library, faults, page)
    assert _sources_and_speeches(library) == (0, 0)
    assert library.search.find("落实").hits == 0


def _import_on_a_full_disk(library, faults, page):
    """Import `page` with the disk full (faults set beforehand): the file fails, saying why."""
    [result] = library.importer.import_paths([page])
    faults.clear()
    assert result.status == "failed" and "disk is full" in str(result.error)


def _sources_and_speeches(library):
    with library.using():
        from db.models import Source, Speech
        return Source.select().count(), Speech.select().count()


def test_a_file_of_one_speech_is_stored_in_one_transaction(library, tmp_path, faults):
    """Nothing of it is ever visible half-stored, hidden or marked as being imported."""
    page = tmp_path / "one.txt"
    page.write_text(SAFETY, encoding="utf-8")
    run: list[str] = []
    library.db.connection().set_trace_callback(run.append)
    try:
        result = library.importer.import_file(page)
    finally:
        library.db.connection().set_trace_callback(None)
    assert result.status == "imported" and result.speeches == 1
    assert [sql for sql in run if sql.startswith(("BEGIN", "COMMIT"))] == ["BEGIN", "COMMIT"]
    assert not any("importing" in sql and sql.startswith("UPDATE") for sql in run)
    with library.using():
        from db.models import Source, Speech
        assert Source.get().importing is None and not Speech.get().deleted

    other = tmp_path / "other.txt"
    other.write_text(FLOOD, encoding="utf-8")
    faults.full_disk(library, only="INSERT INTO mention")
    _import_on_a_full_disk(library, faults, other)
    assert _sources_and_speeches(library) == (1, 1)
    assert library.search.find("防汛").hits == 0


def test_a_cancel_while_a_file_of_one_speech_is_analysed_keeps_nothing_of_it(
        library, tmp_path, monkeypatch):
    import analysis.pipeline
    page = tmp_path / "one.txt"
    page.write_text(SAFETY, encoding="utf-8")
    asked: list[bool] = []
    analyse = analysis.pipeline.analyze_chunk

    def analysed_then_cancelled(position, chunk):
        asked.append(True)  # the user presses Cancel while the speech is being analysed
        return analyse(position, chunk)
    monkeypatch.setattr(analysis.pipeline, "analyze_chunk", analysed_then_cancelled)
    assert list(library.importer.import_paths([page], cancelled=lambda: bool(asked))) == []
    assert asked and rows(library.path, "source") == 0 and rows(library.path, "speech") == 0


def test_what_a_killed_import_left_hidden_is_cleared_at_the_next_start(tmp_path):
    import os

    from db.models import Source, Speech
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        library.importer.import_text(SAFETY, "安全讲话")
        with library.using():
            source = Source.get()
            for owner, pid in (("dead", 2**22 + 7), ("alive", os.getpid())):
                copy = Source.create(path=owner, sha256=owner, format="txt", size=1,
                                     imported_at=source.imported_at,
                                     importing=f"{pid}@{__import__('socket').gethostname()}")
                Speech.create(source=copy, position=0, text="隐藏的讲话", text_hash="x",
                              analyzer_version=1, created_at=source.imported_at, deleted=True)
        assert library.speeches.trash() == [] and library.speeches.deleted_count() == 0
        assert library.speeches.purge_deleted() == 0  # a file still being imported stays
    with Library(path) as library, library.using():
        assert sorted(s.path for s in Source.select()) == ["alive", "pasted text"]


def test_the_same_bytes_stored_meanwhile_by_another_import_are_already_there(
        library, tmp_path, monkeypatch):
    import db.importer
    page = tmp_path / "safety.txt"
    page.write_text(SAFETY, encoding="utf-8")
    library.importer.import_file(page)
    real, calls = db.importer._existing, []

    def not_yet(*args):  # as if another import stored them between the check and the store
        calls.append(1)
        return None if len(calls) == 1 else real(*args)
    monkeypatch.setattr(db.importer, "_existing", not_yet)
    monkeypatch.setattr(db.importer, "_known_texts", lambda keys: {})  # nor its text
    copy = tmp_path / "copy.txt"
    copy.write_bytes(page.read_bytes())
    result = library.importer.import_file(copy)
    assert result.status == "unchanged" and library.speeches.count() == 1


def test_a_file_imported_again_does_not_store_a_text_the_library_held_already(
        library, tmp_path):
    (tmp_path / "safety.txt").write_text(SAFETY, encoding="utf-8")
    library.importer.import_file(tmp_path / "safety.txt")
    both = tmp_path / "both.txt"
    both.write_text(TWO_SPEECHES, encoding="utf-8")
    first = library.importer.import_file(both)
    assert first.speeches == 1 and len(first.duplicates) == 1  # SAFETY was there
    both.write_text(TWO_SPEECHES.replace("防汛", "防汛抗旱"), encoding="utf-8")
    again = library.importer.import_file(both)
    assert again.status == "updated"
    texts = [library.speeches.get(speech.id).text for speech in library.speeches.all()]
    assert len(texts) == 2 and texts.count(SAFETY) == 1
    assert any("防汛抗旱" in text for text in texts)


def _html(title, text):
    paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{paragraphs}</body></html>"


def test_the_same_text_in_another_encoding_format_or_name_is_not_stored_twice(library, tmp_path):
    first = tmp_path / "page.txt"
    first.write_text(TWO_SPEECHES, encoding="utf-8")
    stored = library.importer.import_file(first)
    assert (stored.status, stored.speeches, stored.duplicates) == ("imported", 2, [])
    speeches = {s.title: s.id for s in library.speeches.all()}
    gbk = tmp_path / "另存为.txt"
    gbk.write_text(TWO_SPEECHES.replace("\n", "\r\n\r\n"), encoding="gb18030")
    again = library.importer.import_file(gbk)
    assert again.status == "duplicate" and again.source_id is None
    assert again.duplicates == [(speeches["镇长在全镇安全生产工作会议上的讲话"],
                                 "镇长在全镇安全生产工作会议上的讲话"),
                                (speeches["县长在全县防汛工作会议上的讲话"],
                                 "县长在全县防汛工作会议上的讲话")]
    page = tmp_path / "flood.html"
    page.write_text(_html("县长在全县防汛工作会议上的讲话", FLOOD), encoding="utf-8")
    assert library.importer.import_file(page).duplicates == [
        (speeches["县长在全县防汛工作会议上的讲话"], "县长在全县防汛工作会议上的讲话")]
    assert library.speeches.count() == 2 and library.speeches.source_count() == 1


def test_a_file_with_one_known_speech_stores_only_the_new_one(library, tmp_path):
    library.importer.import_text(SAFETY, title="镇长在全镇安全生产工作会议上的讲话")
    [known] = library.speeches.all()
    page = tmp_path / "both.txt"
    page.write_text(TWO_SPEECHES, encoding="utf-8")
    result = library.importer.import_file(page)
    assert (result.status, result.speeches, result.duplicates) == (
        "imported", 1, [(known.id, "镇长在全镇安全生产工作会议上的讲话")])
    assert sorted(s.title for s in library.speeches.all()) == sorted(
        ["镇长在全镇安全生产工作会议上的讲话", "县长在全县防汛工作会议上的讲话"])


def test_a_deleted_speech_does_not_stop_its_text_coming_back(library, tmp_path):
    library.importer.import_text(SAFETY, title="讲话")
    [speech] = library.speeches.all()
    library.speeches.delete([speech.id])
    again = library.importer.import_text(SAFETY + "\n", title="讲话")
    assert again.status == "imported" and library.speeches.count() == 1


def _folder_of_speeches(tmp_path, count=6):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(count):
        (folder / f"{number:02}.txt").write_text(
            TWO_SPEECHES.replace("同志们", f"同志们{number:02}"), encoding="utf-8")
    (folder / "zz-empty.txt").write_bytes(b"")
    return folder


def _stored(library):
    return [(s.title, library.speeches.get(s.id).text,
             [(m.kind, m.start, m.end, m.data) for m in library.speeches.get(s.id).mentions])
            for s in library.speeches.all()]


def test_a_folder_analysed_in_worker_processes_is_stored_as_one_process_stores_it(tmp_path):
    folder = _folder_of_speeches(tmp_path)
    with Library(tmp_path / "serial.sqlite") as serial, \
            Library(tmp_path / "workers.sqlite") as parallel:
        one = list(serial.importer.import_paths([folder], workers=1))
        two = list(parallel.importer.import_paths([folder], workers=2))
        assert [(r.path, r.status, r.speeches) for r in one] == \
            [(r.path, r.status, r.speeches) for r in two]
        assert two[-1].status == "failed" and "zz-empty.txt" in two[-1].error.name
        assert _stored(serial) == _stored(parallel) and len(_stored(parallel)) == 12


def test_an_import_in_workers_stops_between_files_when_cancelled(tmp_path):
    folder = _folder_of_speeches(tmp_path, count=8)
    results = []
    with Library(tmp_path / "library.sqlite") as library:
        for result in library.importer.import_paths(
                [folder], cancelled=lambda: len(results) >= 3, workers=2):
            results.append(result)  # the cancel comes once three files are stored
        assert len(results) == 3 and library.speeches.count() == 6


def test_a_worker_killed_part_way_leaves_the_rest_of_the_folder_to_this_process(
        tmp_path, monkeypatch):
    import concurrent.futures
    import os
    import signal
    import time
    from concurrent.futures import ProcessPoolExecutor
    pools = []

    class Watched(ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            pools.append(self)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Watched)
    folder = _folder_of_speeches(tmp_path, count=8)

    def progress(done, total, name):
        if done == 3:  # the files ahead are analysed; a worker dies (as under the OOM killer)
            time.sleep(3)
            worker = next(iter(pools[0]._processes.values()))
            os.kill(worker.pid, signal.SIGKILL)
            time.sleep(1)
    with Library(tmp_path / "library.sqlite") as library:
        results = list(library.importer.import_paths([folder], progress=progress, workers=2))
        assert [r.status for r in results] == ["imported"] * 8 + ["failed"]
        assert library.speeches.count() == 16


def test_a_cancel_during_a_big_file_keeps_nothing_of_it(tmp_path):
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "a.txt").write_text(TWO_SPEECHES, encoding="utf-8")
    compilation = "\n".join(f"第{n}篇讲话\n" + SAFETY.replace("同志们", f"同志们{n:02}")
                            for n in range(12))
    (folder / "b.txt").write_text(compilation, encoding="utf-8")
    stored = []
    with Library(tmp_path / "library.sqlite") as library:
        real = db.contents.store

        def counting(*args):
            stored.append(args[2])
            return real(*args)
        import unittest.mock
        with unittest.mock.patch.object(db.contents, "store", counting):
            results = list(library.importer.import_paths(
                [folder], cancelled=lambda: len(stored) >= 5, workers=1))
        assert [r.status for r in results] == ["imported"]  # a.txt; b.txt not kept
        assert library.speeches.count() == 2 and library.speeches.source_count() == 1
        assert rows(tmp_path / "library.sqlite", "speech") == 2


def test_a_file_imported_again_keeps_its_place_in_the_list(library, tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(TWO_SPEECHES, encoding="utf-8")
    second.write_text(SAFETY.replace("安全", "平安"), encoding="utf-8")
    list(library.importer.import_paths([first, second]))
    order = [s.id for s in library.speeches.all()]
    first.write_text(TWO_SPEECHES.replace("防汛", "防汛抗旱"), encoding="utf-8")
    result = library.importer.import_file(first)
    assert result.status == "updated"
    assert [s.id for s in library.speeches.all()] == order


def test_a_file_imported_again_says_its_speeches_changed(library, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(TWO_SPEECHES, encoding="utf-8")
    library.importer.import_file(page)
    ids = {s.id for s in library.speeches.all()}
    page.write_text(TWO_SPEECHES.replace("防汛", "防汛抗旱"), encoding="utf-8")
    result = library.importer.import_file(page)
    assert result.status == "updated"
    # their text is read again wherever it is shown, with their highlights placed anew
    assert result.touched.rows == ids and result.touched.annotations == ids
    assert result.touched.listing


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> bytes:
    """A speech written here, printed on two pages and scanned into a PDF without text."""
    from tests.conftest import missing
    from tests.ocr_pages import Options, cjk_font_file, pdf_bytes, render_pages
    if cjk_font_file() is None:
        missing("needs a font with Chinese characters to draw the scanned pages "
                "(apt-get install fonts-noto-cjk)")
    pages = render_pages("关于防汛工作的讲话\n" + FLOOD * 3, Options(dpi=150))
    assert len(pages) == 2
    return pdf_bytes(pages)


@pytest.fixture
def ocr_cache(tmp_path_factory, monkeypatch):
    """One cache for the scans of these tests: the pages are read once."""
    monkeypatch.setenv("YANDU_OCR_CACHE", str(tmp_path_factory.getbasetemp() / "importer-ocr"))


def test_a_scan_is_read_page_by_page_and_kept_as_read_by_ocr(library, tmp_path, scan,
                                                               ocr_cache):
    path = tmp_path / "扫描件.pdf"
    path.write_bytes(scan)
    pages = []
    [result] = library.importer.import_paths(
        [path], pages=lambda done, total, name: pages.append((done, total, name)))
    assert result.status == "imported"
    assert [(done, total) for done, total, _ in pages] == [(1, 2), (2, 2)]
    assert all(name.endswith("扫描件.pdf") for _, _, name in pages)
    speeches = [library.speeches.get(summary.id) for summary in library.speeches.all()]
    assert speeches and all(speech.ocr for speech in speeches)
    assert "防汛" in speeches[0].text
    assert all(0 <= start < end <= len(speech.text)
               for speech in speeches for start, end in speech.uncertain)


def test_a_scan_cancelled_between_pages_leaves_nothing(library, tmp_path, scan, ocr_cache):
    path = tmp_path / "扫描件.pdf"
    path.write_bytes(scan)
    pages = []
    results = list(library.importer.import_paths(
        [path], cancelled=lambda: bool(pages),
        pages=lambda done, total, name: pages.append(done)))
    assert results == [] and pages == [1]
    assert rows(library.path, "source") == 0 and library.speeches.all() == []


def test_in_a_folder_read_by_workers_a_scan_is_read_here_page_by_page(library, tmp_path,
                                                                       scan, ocr_cache):
    for number, text in enumerate([FLOOD, SAFETY, FLOOD.replace("防汛", "抗旱")]):
        (tmp_path / f"{number}.txt").write_text(f"讲话{number}\n{text}", "utf-8")
    (tmp_path / "扫描件.pdf").write_bytes(scan)
    pages = []
    results = list(library.importer.import_paths(
        [tmp_path], workers=2, pages=lambda done, total, name: pages.append((done, total))))
    assert [result.status for result in results] == ["imported"] * 4
    assert pages == [(1, 2), (2, 2)]
    assert {(summary.source_path.endswith(".pdf"), library.speeches.get(summary.id).ocr)
            for summary in library.speeches.all()} == {(True, True), (False, False)}


def test_a_phone_photo_of_a_page_imports_as_a_speech_with_its_layers(library, tmp_path,
                                                                      ocr_cache):
    """A page photographed askew, grainy, saved sideways as a JPEG with the camera's
    orientation tag: read upright into a speech with its outline, directives and figures."""
    from PIL import Image

    from tests.conftest import missing
    from tests.ocr_pages import Options, cjk_font_file, image_bytes, render_pages
    if cjk_font_file() is None:
        missing("needs a font with Chinese characters to draw the photographed page "
                "(apt-get install fonts-noto-cjk)")
    text = FLOOD.replace("今年汛期降水偏多，", "今年汛期降水比常年偏多23.5%，")
    [page] = render_pages("关于防汛工作的讲话\n" + text, Options(
        dpi=200, rotation=1.5, noise=0.004, jpeg_quality=70))  # a phone: 12 MP for A4
    sideways = page.transpose(Image.Transpose.ROTATE_90)  # the camera held on its side
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: turn 90° clockwise to see it upright
    photo = tmp_path / "IMG_2046.jpg"
    photo.write_bytes(image_bytes(sideways, "JPEG", quality=80, exif=exif))
    [result] = library.importer.import_paths([photo])
    assert result.status == "imported"
    [summary] = library.speeches.all()
    speech = library.speeches.get(summary.id)
    assert speech.ocr and summary.title == "关于防汛工作的讲话"
    assert "克服麻痹思想" in speech.text
    assert [entry.label for entry in speech.outline if entry.kind == "heading"][:2] == [
        "一、", "二、"]
    kinds = {mention.kind for mention in speech.mentions}
    assert {"directive", "figure"} <= kinds


def test_scans_handed_back_by_the_workers_keep_them_busy_with_the_next_files(
        library, tmp_path, scan, ocr_cache, monkeypatch):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.pdf").write_bytes(scan)
    for number in range(6):
        (tmp_path / f"t{number}.txt").write_text(
            f"讲话{number}\n" + FLOOD.replace("防汛", f"防汛{number}"), "utf-8")
    prepared = []
    store = db.importer.Importer._import_prepared

    def counted(self, file):
        prepared.append(file.name)
        return store(self, file)
    monkeypatch.setattr(db.importer.Importer, "_import_prepared", counted)
    results = list(library.importer.import_paths([tmp_path], workers=2))
    assert [result.status for result in results] == ["imported", "unchanged", "unchanged"] + [
        "imported"] * 6
    assert sorted(name.rsplit("/", 1)[1] for name in prepared) == [
        f"t{number}.txt" for number in range(6)]


def test_the_imports_left_unfinished_are_found_through_an_index(library):
    # Asked at every start: reading every file's row took 12 ms at 100,000 speeches.
    cleared = []
    [unfinished] = statements(library, lambda: cleared.append(
        library.importer.clear_unfinished()), containing='"importing"')
    assert cleared == [0]
    steps = plan(library, unfinished)
    assert "INDEX source_importing" in steps, steps


def test_the_file_imported_before_from_the_same_place_is_found_through_an_index(
        library, tmp_path):
    # Asked before every file is stored: reading every file's row took 12 ms at 100,000.
    page = tmp_path / "page.txt"
    page.write_text(SAFETY, encoding="utf-8")
    [earlier] = statements(library, lambda: library.importer.import_file(page),
                           containing="WHERE path = ?")
    steps = plan(library, earlier)
    assert "INDEX source_path" in steps and "SCAN" not in steps, steps


BROKEN_SERVER = """
import multiprocessing, sys
import db.importer
from db import Library

def context():  # a fork server whose preload fails: it ends as it starts
    forking = multiprocessing.get_context("forkserver")
    forking.set_forkserver_preload(["failing_preload"])
    return forking

db.importer._worker_context = context
if __name__ == "__main__":
    with Library(sys.argv[2]) as library:
        print(sorted(str(result.status.value)
                     for result in library.importer.import_paths([sys.argv[1]])))
"""


def test_a_folder_is_imported_here_when_the_workers_fork_server_cannot_start(tmp_path):
    import os
    import subprocess
    import sys

    from tests.conftest import REPO
    folder = tmp_path / "folder"
    folder.mkdir()
    for number in range(6):
        (folder / f"{number}.txt").write_text(SAFETY + f"第{number}份\n", encoding="utf-8")
    (tmp_path / "failing_preload.py").write_text("raise RuntimeError('no warm-up')\n")
    script = tmp_path / "broken_server.py"
    script.write_text(BROKEN_SERVER, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(folder), str(tmp_path / "l.sqlite")],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": f"{REPO}:{tmp_path}"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(["imported"] * 6)
