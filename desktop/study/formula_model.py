"""The formulas index: each 提法 with its expansion and how often it is used."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop.common.record_table_model import RecordTableModel
from desktop.common.translate import QT_TRANSLATE_NOOP

FORMULA, EXPANSION, OCCURRENCES, SPEECHES = range(4)


class FormulaModel(RecordTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("FormulaModel", "提法"),
               QT_TRANSLATE_NOOP("FormulaModel", "Expansion"),
               QT_TRANSLATE_NOOP("FormulaModel", "Uses"),
               QT_TRANSLATE_NOOP("FormulaModel", "Speeches"))

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
