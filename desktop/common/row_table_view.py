"""A read-only table that selects one whole row at a time, one line per row."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


class RowTableView(QTableView):
    def __init__(self, model=None, parent=None):
        super().__init__(parent)
        if model is not None:
            self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)
