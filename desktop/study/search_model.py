"""Search results as a concordance tree: one row per speech, its hits under it, each hit in
three columns (left context, the match, right context) so the matches line up."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from db import Hit, SearchGroup
from desktop.common.formats import date_text
from desktop.common.grouped_model import GroupedModel, bold
from desktop.common.style import FOUND, tone
from desktop.common.translate import QT_TRANSLATE_NOOP
from desktop.library.library_model import untitled

LEFT, MATCH, RIGHT = range(3)
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
WHERE = {"text": QT_TRANSLATE_NOOP("SearchModel", "text"),
         "note": QT_TRANSLATE_NOOP("SearchModel", "note"),
         "directive": QT_TRANSLATE_NOOP("SearchModel", "directive"),
         "figure": QT_TRANSLATE_NOOP("SearchModel", "figure"),
         "formula": QT_TRANSLATE_NOOP("SearchModel", "提法"),
         "annotation": QT_TRANSLATE_NOOP("SearchModel", "highlight")}


class SearchModel(GroupedModel):
    """A top-level row per speech, its hits under it."""
    HEADERS = (QT_TRANSLATE_NOOP("SearchModel", "Before"),
               QT_TRANSLATE_NOOP("SearchModel", "Match"), QT_TRANSLATE_NOOP("SearchModel", "After"))

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

    def place(self, index: QModelIndex) -> tuple[int, int, int] | None:
        """Where a row opens (speech id, start, end): its hit, or the start of a speech listed
        without hits (a filter alone lists such speeches)."""
        hit = self.hit(index)
        if hit is not None:
            return hit.speech_id, hit.start, hit.end
        if index.isValid() and index.internalId() == 0:
            return self.groups[index.row()].speech_id, 0, 0
        return None

    def top_count(self) -> int:
        return len(self.groups)

    def child_count(self, row: int) -> int:
        return len(self.groups[row].hits)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self.groups[index.row()], index.column(), role)
        hit = self.groups[index.internalId() - 1].hits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LEFT:
                return f"[{self.tr(WHERE['note'])}] {hit.left}" if hit.where == "note" \
                    else hit.left
            return hit.match if column == MATCH else hit.right
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = {LEFT: Qt.AlignmentFlag.AlignRight, MATCH: Qt.AlignmentFlag.AlignHCenter,
                    RIGHT: Qt.AlignmentFlag.AlignLeft}[column]
            return side | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and column == MATCH:
            return bold()
        if role == Qt.ItemDataRole.ForegroundRole and column == MATCH:
            return tone(FOUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            where = self.tr(WHERE.get(hit.where, WHERE["text"]))
            return f"{hit.left}【{hit.match}】{hit.right}\n" + self.tr(
                "({where}; Enter opens the speech here)").format(where=where)
        if role == HIT_ROLE:
            return hit
        return None

    def _group_data(self, group: SearchGroup, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole and column == LEFT:
            count = len(group.hits)
            details = " · ".join(part for part in (group.speaker, date_text(group.date)) if part)
            heading = f"《{group.title or untitled()}》 {details}"
            if not count:  # a speech a filter alone lists
                return heading
            return f"{heading}  —  " + self.tr("%n hit(s)", "", count)
        if role == Qt.ItemDataRole.FontRole and column == LEFT:
            return bold()
        if role == HIT_ROLE:
            return group.hits[0] if group.hits else None
        return None
