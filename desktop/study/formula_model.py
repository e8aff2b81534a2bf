"""The formulas index: each 提法 with its expansion and how often it is used."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop.common.record_table_model import RecordTableModel

FORMULA, EXPANSION, OCCURRENCES, SPEECHES = range(4)


class FormulaModel(RecordTableModel):
    HEADERS = ("提法", "Expansion", "Uses", "Speeches")

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (entry.text, entry.expansion or "", entry.occurrences,
                    entry.speeches)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == EXPANSION and entry.expansion:
            return entry.expansion
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (OCCURRENCES, SPEECHES):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
