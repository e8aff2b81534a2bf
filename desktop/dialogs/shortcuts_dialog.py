"""Help ▸ Keyboard shortcuts: every action of the window that has a key, with its keys."""
from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

ACCELERATOR_IN_BRACKETS = re.compile(r"\(&\w\)")  # as Chinese menus write it


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what it does, its keys) for each action with a shortcut, each action once."""
    rows, seen = [], set()
    for action in actions:
        keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText)
                         for key in action.shortcuts())
        # 导入文件(&I)… → 导入文件, &Import files… → Import files, Q&&A → Q&A
        name = ACCELERATOR_IN_BRACKETS.sub("", action.text())
        name = name.replace("&&", "\0").replace("&", "").replace("\0", "&")
        if keys and (name, keys) not in seen:
            seen.add((name, keys))
            rows.append((name.removesuffix("…").strip(), keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(close)
