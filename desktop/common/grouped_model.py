"""A two-level tree: top-level rows, some with children. Subclasses say how many rows there
are at each level and answer data(); an index's internalId is 0 for a top-level row and the
parent's row plus one for a child."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.common.translate import translate


class GroupedModel(QAbstractItemModel):
    HEADERS: tuple[str, ...] = ()  # marked with QT_TRANSLATE_NOOP(<the subclass's name>, …)

    def top_count(self) -> int:
        raise NotImplementedError

    def child_count(self, row: int) -> int:
        raise NotImplementedError

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]  # Qt's own overload
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return self.top_count()
        if parent.internalId() == 0 and parent.column() == 0:
            return self.child_count(parent.row())
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(type(self).__name__, self.HEADERS[section])
        return None


def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
