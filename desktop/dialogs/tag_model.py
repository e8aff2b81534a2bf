"""Every tag with its colour and how many speeches and annotations carry it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.common.record_table_model import RecordTableModel
from desktop.common.translate import QT_TRANSLATE_NOOP

NAME, SPEECHES, ANNOTATIONS = range(3)


class TagModel(RecordTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("TagModel", "Tag"), QT_TRANSLATE_NOOP("TagModel", "Speeches"),
               QT_TRANSLATE_NOOP("TagModel", "Highlights"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        tag = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (tag.name, tag.speeches, tag.annotations)[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == NAME:
            return QColor(tag.color or "#cfd8dc")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != NAME:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
