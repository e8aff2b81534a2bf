"""Every tag with its colour and how many speeches and annotations carry it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.common.record_table_model import RecordTableModel

NAME, SPEECHES, ANNOTATIONS = range(3)


class TagModel(RecordTableModel):
    HEADERS = ("Tag", "Speeches", "Highlights")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        tag = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (tag.name, tag.speeches, tag.annotations)[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == NAME:
            return QColor(tag.color or "#cfd8dc")
        return None
