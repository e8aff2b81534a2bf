"""A speech's outline (headings and enumerated items) as a tree."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from db import SectionRecord
from desktop.common.style import QUIET, tone

START_ROLE = Qt.ItemDataRole.UserRole + 1


class OutlineModel(QAbstractItemModel):
    """internalId is a section's position in the outline plus one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sections: list[SectionRecord] = []
        self._children: dict[int | None, list[int]] = {None: []}
        self._parent: list[int | None] = []
        self._row: list[int] = []

    def set_rows(self, sections: list[SectionRecord]) -> None:
        self.beginResetModel()
        self.sections = list(sections)
        position_of = {section.id: position for position, section in enumerate(self.sections)}
        self._children = {None: []}
        self._parent, self._row = [], []
        for position, section in enumerate(self.sections):
            parent = position_of.get(section.parent_id) if section.parent_id is not None else None
            siblings = self._children.setdefault(parent, [])
            self._parent.append(parent)
            self._row.append(len(siblings))
            siblings.append(position)
        self.endResetModel()

    def index_at(self, offset: int) -> QModelIndex:
        """The innermost section holding `offset`."""
        best = None
        for position, section in enumerate(self.sections):
            if section.start <= offset < section.end and (
                    best is None or section.start >= self.sections[best].start):
                best = position
        if best is None:
            return QModelIndex()
        return self.createIndex(self._row[best], 0, best + 1)

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        key = parent.internalId() - 1 if parent.isValid() else None
        return self.createIndex(row, column, self._children[key][row] + 1)

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]  # Qt's own overload
        if not index.isValid():
            return QModelIndex()
        parent = self._parent[index.internalId() - 1]
        if parent is None:
            return QModelIndex()
        return self.createIndex(self._row[parent], 0, parent + 1)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._children[None])
        if parent.column() != 0:
            return 0
        return len(self._children.get(parent.internalId() - 1, []))

    def columnCount(self, parent=QModelIndex()) -> int:
        return 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Outline")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        section = self.sections[index.internalId() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            title = section.title if len(section.title) <= 40 else section.title[:39] + "…"
            return f"{section.label}{title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{section.label}{section.title}"
        if role == Qt.ItemDataRole.ForegroundRole and section.kind == "item":
            return tone(QUIET)
        if role == START_ROLE:
            return section.start
        return None
