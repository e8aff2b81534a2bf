"""The shortcuts table: each action with keys once, its accelerator mark taken out."""
from PySide6.QtGui import QAction, QKeySequence

from desktop.dialogs.shortcuts_dialog import ShortcutsDialog, shortcut_rows


def test_rows_name_each_action_with_keys_once(qtbot):
    find = QAction("&Find in speech…")
    find.setShortcuts([QKeySequence("Ctrl+F")])
    redo = QAction("&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    plain = QAction("Q&&A")
    plain.setShortcut(QKeySequence("F9"))
    nothing = QAction("No keys")
    chinese = QAction("导入文件(&I)…")
    chinese.setShortcut(QKeySequence("Ctrl+O"))
    assert shortcut_rows([find, redo, find, plain, nothing, chinese]) == [
        ("Find in speech", "Ctrl+F"), ("Redo", "Ctrl+Shift+Z, Ctrl+Y"), ("Q&A", "F9"),
        ("导入文件", "Ctrl+O")]
    dialog = ShortcutsDialog([find, redo])
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2 and dialog.table.item(1, 1).text() == "Ctrl+Shift+Z, Ctrl+Y"
