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
