"""File ▸ Export…: the preview follows the choices; the file is written in the background."""
from desktop.dialogs.export_dialog import ExportDialog
from tests.desktop.conftest import _highlight_two


def test_export_dialog_previews_filters_and_writes(qtbot, window, tmp_path):
    speech, text = _highlight_two(window)
    dialog = ExportDialog(window.library, [speech.id], window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "will be exported" in dialog.count_label.text())
    assert dialog.count_label.text().startswith("2 excerpts will")
    preview = dialog.preview.toPlainText()
    assert text[10:30].splitlines()[0] in preview and "—" in preview
    dialog.color_boxes["yellow"].setChecked(False)
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("1 excerpt will"), timeout=5000)
    assert text[40:60].splitlines()[0] in dialog.preview.toPlainText()
    dialog.color_boxes["blue"].setChecked(False)
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("0 excerpts will"), timeout=5000)
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


def test_study_notes_are_written_with_what_the_reader_typed(qtbot, window, tmp_path):
    from docx import Document
    from PySide6.QtCore import QSettings
    speech, text = _highlight_two(window)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog(window.library, [speech.id], window, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.notes_box.isVisible()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("notes"))
    assert dialog.notes_box.isVisible() and dialog.notes_date.text()  # today
    dialog.notes_title.setText("学习笔记")
    dialog.notes_name.setText("张三")
    dialog.notes_date.setText("2026年5月6日")
    dialog.notes_group.setCurrentIndex(dialog.notes_group.findData("tag"))
    dialog.reflection.setPlainText("学了就要用。")
    target = tmp_path / "notes.docx"
    dialog.write(str(target), "notes")
    qtbot.waitUntil(lambda: dialog.written == str(target), timeout=20000)
    lines = [p.text for p in Document(target).paragraphs]
    assert lines[:2] == ["学习笔记", "Name: 张三　　Date: 2026年5月6日"]
    assert "(1) Without a tag" in lines and lines[-1] == "学了就要用。"

    again = ExportDialog(window.library, [speech.id], window, settings)
    qtbot.addWidget(again)
    assert (again.notes_title.text(), again.notes_name.text()) == ("学习笔记", "张三")
    assert again.notes_group.currentData() == "tag" and again.reflection.toPlainText() == ""
