"""Importing from the window: files, folders, paste, samples, cancel, the report, stale speeches."""
import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QPushButton

from db import Library
from desktop.library.library_model import SPEECH_ID_ROLE
from tests.desktop.conftest import _highlight_two, longest
from tests.desktop.study.test_search_pane import _search


def test_import_report_names_failed_files_and_reasons(qtbot, windows, tmp_path, texts_dir,
                                                      no_message_boxes):
    window = windows.open(tmp_path / "library.sqlite")
    folder = tmp_path / "incoming"
    folder.mkdir()
    shutil.copy(texts_dir / "single-speech.txt", folder)
    (folder / "scan.pdf").write_bytes(b"not a pdf at all")
    (folder / "empty.txt").write_bytes(b"")
    window.importing.import_paths([str(folder)])
    windows.wait_for_job(window)
    assert window.library.speeches.count() == 1
    [(kind, _, text)] = no_message_boxes
    assert kind == "warning"
    assert "1 imported" in text and "2 failed" in text
    assert "scan.pdf: " in text and "empty.txt: " in text


def test_a_file_holding_a_speech_already_there_opens_that_speech(qtbot, windows, tmp_path,
                                                                texts_dir, no_message_boxes):
    window = windows.open(tmp_path / "library.sqlite")
    window.importing.import_paths([str(texts_dir / "single-speech.txt")])
    windows.wait_for_job(window)
    [speech] = window.library.speeches.all()
    window.importing.import_paths([str(texts_dir / "compilation-page.txt")])
    windows.wait_for_job(window)
    assert window.current_id != speech.id
    again = tmp_path / "另存为-gbk.txt"  # the same speech, saved again as GBK under a new name
    text = (texts_dir / "single-speech.txt").read_text(encoding="utf-8")
    again.write_text(text.replace("\n", "\r\n"), encoding="gb18030")
    window.importing.import_paths([str(again)])
    windows.wait_for_job(window)
    assert window.library.speeches.count() == 6
    assert window.current_id == speech.id
    assert "0 imported, 1 already in the library" in window.statusBar().currentMessage()
    [(kind, _, message)] = no_message_boxes
    assert kind == "information"
    assert f"另存为-gbk.txt: the same text is already in the library: “{speech.title}” " \
           f"(speech {speech.id})" in message


def test_paste_text_as_a_new_speech(qtbot, windows, tmp_path, monkeypatch):
    from tests.speeches import SAFETY
    window = windows.open(tmp_path / "library.sqlite")
    QApplication.clipboard().setText(SAFETY)
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args, **kwargs: ("全镇安全生产会议讲话", True)))
    qtbot.keyClick(window, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    windows.wait_for_job(window)
    [speech] = window.library.speeches.all()
    assert speech.title == "全镇安全生产会议讲话"
    assert window.reader.text() == SAFETY
    assert window.reader.title.text() == "全镇安全生产会议讲话"


def test_pasted_text_is_named_in_the_interface_language(qtbot, chinese, windows, tmp_path,
                                                       monkeypatch):
    from desktop.library.library_model import SOURCE
    from tests.speeches import SAFETY
    window = windows.open(tmp_path / "library.sqlite")
    QApplication.clipboard().setText(SAFETY)
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args, **kwargs: ("讲话", True)))
    window.importing.paste_speech()
    windows.wait_for_job(window)
    assert "粘贴的文本" in window.reader.details.text()
    assert "pasted" not in window.reader.details.text()
    model = window.library_pane.model
    assert model.index(0, SOURCE).data() == "粘贴的文本"


def _compilations(tmp_path, texts_dir, count):
    """A folder of `count` copies of the five-speech page, each file's speeches its own (the
    same text twice would be stored once)."""
    folder = tmp_path / "many"
    folder.mkdir()
    source = (texts_dir / "compilation-page.txt").read_text(encoding="utf-8")
    for number in range(count):
        (folder / f"{number:02}.txt").write_text(source.replace("同志们", f"同志们{number:02}"),
                                                 encoding="utf-8")
    return folder


def test_cancel_stops_an_import_between_files(qtbot, windows, tmp_path, texts_dir):
    window = windows.open(tmp_path / "library.sqlite")
    folder = _compilations(tmp_path, texts_dir, 40)
    window.importing.import_paths([str(folder)])
    dialog = window.importing.job.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() >= 1, timeout=30000)
    assert dialog.maximum() == 40
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    windows.wait_for_job(window)
    files = window.library.speeches.source_count()
    assert 1 <= files < 40
    assert window.library.speeches.count() == 5 * files
    assert "cancelled" in window.statusBar().currentMessage()


def test_stale_speeches_are_updated_in_the_background(qtbot, windows, texts_db):
    import sqlite3
    with sqlite3.connect(texts_db) as connection:
        connection.execute("UPDATE speech SET analyzer_version = 1")
        connection.execute("DELETE FROM mention")
    window = windows.open(texts_db)
    qtbot.waitUntil(lambda: window.importing.job is not None, timeout=5000)
    windows.wait_for_job(window)
    assert window.library.importer.stale_count() == 0
    window.open_speech(longest(window).id)
    assert len(window.reader.mentions()) > 50


def test_an_unindexed_library_is_indexed_in_the_background(qtbot, windows, texts_db):
    import sqlite3
    with sqlite3.connect(texts_db) as db:
        db.execute("INSERT INTO speech_fts (speech_fts) VALUES ('delete-all')")
        db.execute("DELETE FROM speech_key")
    window = windows.open(texts_db)
    windows.wait_for_job(window)
    assert window.library.index.unindexed_count() == 0
    pane = _search(qtbot, window, "隐患")
    assert pane.results.hits > 0


def test_highlights_come_back_from_a_json_export(qtbot, window, tmp_path, monkeypatch):
    from db import export_excerpts as export
    speech, text = _highlight_two(window)
    export(window.library.excerpts.select(), "json", tmp_path / "notes.json")
    for record in window.library.annotations.of_speech(speech.id):
        window.library.annotations.delete(record.id)
    window.open_speech(speech.id)
    assert window.annotations.records == []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(tmp_path / "notes.json"), "")))
    window.importing.import_annotations()
    qtbot.waitUntil(lambda: "2 highlights added" in window.statusBar().currentMessage(),
                    timeout=20000)
    assert [text[r.start:r.end] for r in window.annotations.records] == [text[10:30],
                                                                         text[40:60]]


def test_a_file_of_highlights_that_is_not_an_export_says_so(qtbot, window, tmp_path,
                                                            monkeypatch, no_message_boxes):
    bad = tmp_path / "notes.json"
    bad.write_text("{这不是 JSON", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(bad), "")))
    window.importing.import_annotations()
    qtbot.waitUntil(lambda: bool(no_message_boxes), timeout=20000)
    [(kind, title, text)] = no_message_boxes
    assert (kind, title) == ("warning", "Import highlights")
    assert text.startswith("notes.json: not JSON (")


def test_a_large_library_shows_its_first_rows_then_the_whole_list_once_painted(
        qtbot, windows, texts_db, monkeypatch):
    import desktop.window.main_window
    monkeypatch.setattr(desktop.window.main_window, "START_ROWS", 2)
    read = []
    real = desktop.window.main_window.MainWindow.refresh_library

    def counted(self, limit=None):
        read.append(limit)
        return real(self, limit)
    monkeypatch.setattr(desktop.window.main_window.MainWindow, "refresh_library", counted)
    window = windows.open(texts_db)
    assert read == [2]  # the first rows only, before the first paint
    total = window.library.speeches.count()
    qtbot.waitUntil(lambda: len(window.library_pane.speech_ids()) == total)
    assert f"{total} speeches" in window.status_label.text()


def test_a_whole_list_read_before_an_edit_does_not_show_the_old_row(qtbot, windows, texts_db,
                                                                     monkeypatch):
    import threading

    import desktop.window.main_window
    from db.speeches import Speeches
    monkeypatch.setattr(desktop.window.main_window, "START_ROWS", 2)
    gate, read = threading.Event(), threading.Event()
    real = Speeches.all

    def slow(self, limit=None):  # a large library's long read, whose rows predate the edit
        rows = real(self, limit)
        if limit is None and threading.current_thread() is not threading.main_thread() \
                and not read.is_set():
            read.set()
            gate.wait(10)
        return rows
    monkeypatch.setattr(Speeches, "all", slow)
    window = windows.open(texts_db)
    qtbot.waitUntil(read.is_set)
    speech_id = window.library_pane.speech_ids()[0]
    window.library_pane.title_edited.emit(speech_id, "改过的标题")
    shown = lambda: window.library_pane.model.index_of(speech_id).data()  # noqa: E731
    qtbot.waitUntil(lambda: shown() == "改过的标题")
    gate.set()
    total = window.library.speeches.count()
    qtbot.waitUntil(lambda: len(window.library_pane.speech_ids()) == total)
    qtbot.wait(100)
    assert shown() == "改过的标题"


def test_paste_offers_the_title_an_import_finds_not_the_first_line(qtbot, windows, tmp_path,
                                                                   monkeypatch):
    from tests.speeches import SAFETY
    window = windows.open(tmp_path / "library.sqlite")
    offered = []

    def ask(*args, **kwargs):
        offered.append(kwargs.get("text"))
        return "", False
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(ask))
    QApplication.clipboard().setText("某县县长在全县安全生产工作会议上的讲话\n（2026年3月1日）\n" + SAFETY)
    window.importing.paste_speech()
    run_on = SAFETY.replace("\n", "") * 40  # one long line: titled from its occasion
    QApplication.clipboard().setText(run_on)
    window.importing.paste_speech()
    from analysis import analyze_bytes
    found = analyze_bytes(run_on.encode(), "speech.txt").speeches[0].title
    assert offered == ["某县县长在全县安全生产工作会议上的讲话", found]
    assert found == "在全镇安全生产工作会议上的讲话"


def test_quitting_during_an_import_asks_cancels_within_a_second_and_says_what_was_kept(
        qtbot, windows, tmp_path, texts_dir, monkeypatch, no_message_boxes):
    import time

    from PySide6.QtWidgets import QMessageBox

    import db.contents
    window = windows.open(tmp_path / "library.sqlite")
    folder = _compilations(tmp_path, texts_dir, 3)
    real, stored = db.contents.store, []

    def slow(*args):  # a big file: each speech takes a while to store
        stored.append(args[2])
        time.sleep(0.3)
        return real(*args)
    monkeypatch.setattr(db.contents, "store", slow)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No))
    window.importing.import_paths([str(folder)])
    qtbot.waitUntil(lambda: len(stored) >= 2, timeout=30000)
    window.close()
    assert asked and window.isVisible()  # "No": the import goes on, the window stays
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *args: QMessageBox.StandardButton.Yes))
    began = time.perf_counter()
    window.close()
    assert time.perf_counter() - began < 1.5 and not window.isVisible()
    kept = window.library.speeches.count()
    assert kept % 5 == 0 and kept < 15  # whole files only: the one being stored is not kept
    [(kind, _, text)] = [call for call in no_message_boxes if call[0] == "information"]
    assert "Import cancelled" in text and "was not kept" in text


def test_the_export_dialog_offers_documents_not_the_folder_yandu_started_in(
        qtbot, window, monkeypatch, tmp_path):
    from desktop.common import save_folder
    from desktop.dialogs.export_dialog import ExportDialog
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda parent, caption, path, *rest: offered.append(path) or ("", "")))
    monkeypatch.chdir(tmp_path)  # started from some folder
    dialog = ExportDialog(window.library, [window.library.speeches.all()[0].id], window)
    qtbot.addWidget(dialog)
    dialog.choose_file()
    assert offered and str(save_folder.documents()) in offered[0]
    assert not offered[0].startswith(str(tmp_path))


def test_a_file_imported_again_keeps_its_place_and_the_speech_open(qtbot, windows, tmp_path,
                                                                    texts_dir):
    folder = tmp_path / "files"
    folder.mkdir()
    page, single = folder / "page.txt", folder / "single.txt"
    shutil.copy(texts_dir / "compilation-page.txt", page)
    shutil.copy(texts_dir / "single-speech.txt", single)
    with Library(tmp_path / "library.sqlite") as library:
        list(library.importer.import_paths([page, single]))
    window = windows.open(tmp_path / "library.sqlite")
    pane = window.library_pane
    order = pane.speech_ids()
    third = order[2]
    pane.view.setCurrentIndex(pane.proxy.mapFromSource(pane.model.index_of(third)))
    assert window.current_id == third
    page.write_text(page.read_text(encoding="utf-8").replace("我都同意", "我完全同意"),
                    encoding="utf-8")
    window.importing.import_paths([str(page)])
    windows.wait_for_job(window)
    assert "1 updated to a new version" in window.statusBar().currentMessage()
    assert pane.speech_ids() == order  # the file's group has not moved to the bottom
    assert window.current_id == third
    assert "我完全同意" in window.reader.text()
    assert pane.view.currentIndex().data(SPEECH_ID_ROLE) == third


def test_a_scan_shows_its_pages_as_they_are_read_and_cancels_between_them(
        qtbot, windows, tmp_path, monkeypatch):
    from tests.conftest import missing
    from tests.ocr_pages import Options, cjk_font_file, pdf_bytes, render_pages
    from tests.speeches import FLOOD
    if cjk_font_file() is None:
        missing("needs a font with Chinese characters to draw the scanned pages "
                "(apt-get install fonts-noto-cjk)")
    monkeypatch.setenv("YANDU_OCR_CACHE", str(tmp_path / "ocr"))
    scan = tmp_path / "扫描件.pdf"
    scan.write_bytes(pdf_bytes(render_pages("关于防汛工作的讲话\n" + FLOOD * 3,
                                            Options(dpi=150))))
    window = windows.open(tmp_path / "library.sqlite")
    window.importing.import_paths([str(scan)])
    dialog = window.importing.job.dialog
    qtbot.waitUntil(lambda: "Page 1 of 2 read (OCR)" in dialog.labelText(), timeout=60000)
    assert "扫描件.pdf" in dialog.labelText()
    assert dialog.maximum() == 2 and dialog.value() >= 1  # one file: the bar counts pages
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    windows.wait_for_job(window)
    assert window.library.speeches.count() == 0
    assert "cancelled" in window.statusBar().currentMessage()
