"""File ▸ Export… with its preview, Back up…, Restore…, the daily backup, and a damaged
library at start, driven through the real window."""
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db import Library
from db.backup import automatic_backups
from desktop.dialogs.export_dialog import ExportDialog


def _highlight_two(window):
    speech = window.library.speeches.all()[0]
    window.open_speech(speech.id)
    text = window.reader.text()
    window.annotating.highlight("yellow", (10, 30))
    window.annotating.highlight("blue", (40, 60))
    return speech, text


def test_export_dialog_previews_filters_and_writes(qtbot, window, tmp_path):
    speech, text = _highlight_two(window)
    dialog = ExportDialog(window.library, [speech.id], window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "will be exported" in dialog.count_label.text())
    assert dialog.count_label.text().startswith("2 excerpt(s)")
    preview = dialog.preview.toPlainText()
    assert text[10:30].splitlines()[0] in preview and "—" in preview
    dialog.color_boxes["yellow"].setChecked(False)
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("1 excerpt(s)"), timeout=5000)
    assert text[40:60].splitlines()[0] in dialog.preview.toPlainText()
    dialog.color_boxes["blue"].setChecked(False)
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("0 excerpt(s)"), timeout=5000)
    assert not dialog.export_button.isEnabled()
    dialog.color_boxes["blue"].setChecked(True)
    dialog.kind_boxes["directive"].setChecked(True)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=5000)
    target = tmp_path / "out.docx"
    dialog.write(str(target), "docx")
    qtbot.waitUntil(lambda: dialog.written == str(target), timeout=20000)
    from docx import Document
    quotes = [p.text for p in Document(target).paragraphs if p.style.name == "Quote"]
    assert len(quotes) > 1 and text[40:60] in quotes


def test_back_up_and_restore_from_the_file_menu(qtbot, window, tmp_path, monkeypatch):
    qtbot.waitUntil(lambda: len(automatic_backups(window.library.path)) == 1)  # daily backup
    speech, text = _highlight_two(window)
    target = tmp_path / "copy.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    window.backups.back_up()
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(),
                    timeout=20000)
    window.reader.select(70, 80)
    window.annotating.highlight("pink")
    assert len(window.library.annotations.of_speech(speech.id)) == 3
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Yes))
    window.backups.restore()
    assert "Restored from copy.sqlite" in window.statusBar().currentMessage()
    assert len(window.library.annotations.of_speech(speech.id)) == 2
    assert not window.undo_stack.canUndo()
    assert window.library_pane.model.speech_ids()


def test_a_damaged_library_at_start_offers_the_latest_backup(qtbot, tmp_path, corpus_db,
                                                             monkeypatch, no_message_boxes):
    from desktop.app import _offer_restore
    with Library(corpus_db) as library:
        count = library.speeches.count()
        library.backups.daily()
    with open(corpus_db, "r+b") as file:
        file.write(b"\0" * 100)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *rest: asked.append(text) or QMessageBox.StandardButton.Yes))
    library = _offer_restore(corpus_db, "damaged")
    assert library is not None and library.speeches.count() == count
    assert "Restore the latest backup" in asked[0]
    library.close()
    for backup in automatic_backups(corpus_db):
        backup.unlink()
    assert _offer_restore(corpus_db, "damaged") is None
    assert "no automatic backup" in no_message_boxes[-1][2]


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
    qtbot.waitUntil(lambda: "2 highlight(s) added" in window.statusBar().currentMessage(),
                    timeout=20000)
    assert [text[r.start:r.end] for r in window.annotations.records] == [text[10:30],
                                                                         text[40:60]]
