"""A table over a list of records: subclasses name their HEADERS and answer data()."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.common.translate import translate


class RecordTableModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()  # marked with QT_TRANSLATE_NOOP(<the subclass's name>, …)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def replace_row(self, row: int, record: object) -> None:
        """One record drawn again in its row; the others, and the selection, stay."""
        self.rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(type(self).__name__, self.HEADERS[section])
        return None
