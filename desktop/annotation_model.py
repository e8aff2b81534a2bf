"""A speech's annotations in text order: colour, quote, note, tags."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from db import AnnotationRecord
from desktop.style import HIGHLIGHT_COLORS, HIGHLIGHT_LABELS

QUOTE, NOTE, TAGS = range(3)
HEADERS = ["Highlight", "Note", "Tags"]
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AnnotationModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[AnnotationRecord] = []

    def set_rows(self, rows: list[AnnotationRecord]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, annotation_id: int) -> int:
        for row, record in enumerate(self.rows):
            if record.id == annotation_id:
                return row
        return -1

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
        record = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == QUOTE:
                return record.quote if len(record.quote) <= 60 else record.quote[:59] + "…"
            if column == NOTE:
                return record.note.replace("\n", " ")
            return "、".join(record.tags)
        if role == Qt.ItemDataRole.DecorationRole and column == QUOTE:
            return QColor(HIGHLIGHT_COLORS.get(record.color, record.color))
        if role == Qt.ItemDataRole.ToolTipRole:
            label = HIGHLIGHT_LABELS.get(record.color, record.color)
            return f"{label}: {record.quote}" + (f"\n\n{record.note}" if record.note else "")
        if role == ID_ROLE:
            return record.id
        return None
