"""Every tag with its colour and how many speeches and annotations carry it."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from db import TagRecord

NAME, SPEECHES, ANNOTATIONS = range(3)
HEADERS = ["Tag", "Speeches", "Highlights"]


class TagModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[TagRecord] = []

    def set_rows(self, rows: list[TagRecord]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        tag = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (tag.name, tag.speeches, tag.annotations)[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == NAME:
            return QColor(tag.color or "#cfd8dc")
        return None
