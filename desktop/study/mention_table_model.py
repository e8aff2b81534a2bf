"""Directives or figures of the whole library as a table that fetches 200 rows at a time and
sorts in the library, so 10,000 speeches open as fast as one."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from db import MentionRow
from desktop.common.messages import figure_kind
from desktop.common.style import label
from desktop.common.translate import QT_TRANSLATE_NOOP, translate
from desktop.library.library_model import untitled

PAGE = 200
DIRECTIONS = {"up": QT_TRANSLATE_NOOP("MentionTableModel", "↑ up"),
              "down": QT_TRANSLATE_NOOP("MentionTableModel", "↓ down")}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

# (column key, header); the key is what the library sorts by (db/study.py ORDERS)
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "directive": (
        ("speech", QT_TRANSLATE_NOOP("MentionTableModel", "Speech")),
        ("section", QT_TRANSLATE_NOOP("MentionTableModel", "Section")),
        ("text", QT_TRANSLATE_NOOP("MentionTableModel", "Directive")),
        ("strength", QT_TRANSLATE_NOOP("MentionTableModel", "Strength")),
        ("addressee", QT_TRANSLATE_NOOP("MentionTableModel", "Addressee")),
        ("deadline", QT_TRANSLATE_NOOP("MentionTableModel", "Deadline"))),
    "figure": (
        ("text", QT_TRANSLATE_NOOP("MentionTableModel", "Figure")),
        ("value", QT_TRANSLATE_NOOP("MentionTableModel", "Value")),
        ("unit", QT_TRANSLATE_NOOP("MentionTableModel", "Unit")),
        ("kind", QT_TRANSLATE_NOOP("MentionTableModel", "Kind")),
        ("direction", QT_TRANSLATE_NOOP("MentionTableModel", "Direction")),
        ("context", QT_TRANSLATE_NOOP("MentionTableModel", "Context")),
        ("speech", QT_TRANSLATE_NOOP("MentionTableModel", "Speech"))),
}


def header(text: str) -> str:
    """A column's header as people read it (in the table and in its CSV)."""
    return translate("MentionTableModel", text)


def cell(row: MentionRow, key: str) -> str:
    """A row's text in a column, as shown and as exported."""
    if key == "speech":
        return row.speech_title or untitled()
    if key == "section":
        return row.section
    if key == "text":
        return row.text
    if key == "context":
        return row.context
    if key == "strength":
        return label(str(row.data.get("strength") or ""))
    if key == "direction":
        direction = DIRECTIONS.get(str(row.data.get("direction")))
        return translate("MentionTableModel", direction) if direction else ""
    if key == "kind":
        return figure_kind(str(row.data.get("kind") or ""))
    if key == "value":
        value = row.data.get("value")
        return "" if value is None else f"{value:,.10g}"
    value = row.data.get(key)
    return "" if value is None else str(value)


class MentionTableModel(QAbstractTableModel):
    def __init__(self, kind: str,
                 fetch: Callable[[str, bool, MentionRow | None, int], list[MentionRow]],
                 parent=None, page: int = PAGE):
        """`fetch(order, descending, after, limit)` reads the page after the row `after`
        (None: the first page) from the library."""
        super().__init__(parent)
        self.page = page
        self.columns = COLUMNS[kind]
        self._fetch = fetch
        self.rows: list[MentionRow] = []
        self.order = ""
        self.descending = False
        self._more = True
        self._started = False  # nothing is read before the first reload (the tab shown)

    def reload(self) -> None:
        """Start again from the first page (after a filter or the library changed)."""
        self._started = True
        self.beginResetModel()
        self.rows = []
        self._more = True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._started and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._fetch(self.order, self.descending, self.rows[-1] if self.rows else None,
                           self.page)
        self._more = len(page) == self.page
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows += page
            self.endInsertRows()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns):
            self.order = self.columns[column][0]
            self.descending = order == Qt.SortOrder.DescendingOrder
            if self._started:
                self.reload()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header(self.columns[section][1])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.columns[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("text", "context", "section"):
            return cell(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "value":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == ROW_ROLE:
            return row
        return None
