"""Search results as a concordance tree: one row per speech, its hits under it, each hit in
three columns (left context, the match, right context) so the matches line up."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from db import Hit, SearchGroup

LEFT, MATCH, RIGHT = range(3)
HEADERS = ("Before", "Match", "After")
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
WHERE = {"note": "note", "directive": "directive", "figure": "figure", "formula": "提法",
         "annotation": "highlight"}


class SearchModel(QAbstractItemModel):
    """internalId 0 is a speech row; a hit row's internalId is its group's row plus one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.groups: list[SearchGroup] = []

    def set_groups(self, groups: list[SearchGroup]) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        self.endResetModel()

    def add_groups(self, groups: list[SearchGroup]) -> None:
        if groups:
            first = len(self.groups)
            self.beginInsertRows(QModelIndex(), first, first + len(groups) - 1)
            self.groups += groups
            self.endInsertRows()

    def hit(self, index: QModelIndex) -> Hit | None:
        """The hit of a row; a speech row stands for its first hit."""
        if not index.isValid():
            return None
        if index.internalId() == 0:
            hits = self.groups[index.row()].hits
            return hits[0] if hits else None
        return self.groups[index.internalId() - 1].hits[index.row()]

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, index: QModelIndex) -> QModelIndex:
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()].hits)
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self.groups[index.row()], index.column(), role)
        hit = self.groups[index.internalId() - 1].hits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LEFT:
                label = WHERE.get(hit.where)
                return f"[{label}] {hit.left}" if hit.where == "note" else hit.left
            return hit.match if column == MATCH else hit.right
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = {LEFT: Qt.AlignmentFlag.AlignRight, MATCH: Qt.AlignmentFlag.AlignHCenter,
                    RIGHT: Qt.AlignmentFlag.AlignLeft}[column]
            return side | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and column == MATCH:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == MATCH:
            return QColor("#b71c1c")
        if role == Qt.ItemDataRole.ToolTipRole:
            where = WHERE.get(hit.where, "text")
            return f"{hit.left}【{hit.match}】{hit.right}\n({where}; Enter opens the speech here)"
        if role == HIT_ROLE:
            return hit
        return None

    def _group_data(self, group: SearchGroup, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole and column == LEFT:
            count = len(group.hits)
            details = " · ".join(part for part in (group.speaker, group.date) if part)
            return (f"《{group.title or '(untitled)'}》 {details}  —  "
                    f"{count} hit{'s' if count != 1 else ''}")
        if role == Qt.ItemDataRole.FontRole and column == LEFT:
            font = QFont()
            font.setBold(True)
            return font
        if role == HIT_ROLE:
            return group.hits[0] if group.hits else None
        return None
