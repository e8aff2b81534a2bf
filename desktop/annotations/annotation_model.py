"""A speech's annotations in text order: colour, quote, note, tags."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.common.record_table_model import RecordTableModel
from desktop.common.style import HIGHLIGHT_COLORS, HIGHLIGHT_LABELS

QUOTE, NOTE, TAGS = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ORPHAN = "Not found in the new version of this speech."


class AnnotationModel(RecordTableModel):
    HEADERS = ("Highlight", "Note", "Tags")

    def row_of(self, annotation_id: int) -> int:
        for row, record in enumerate(self.rows):
            if record.id == annotation_id:
                return row
        return -1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == QUOTE:
                quote = record.quote if len(record.quote) <= 60 else record.quote[:59] + "…"
                return f"⚠ {quote}" if record.orphan else quote
            if column == NOTE:
                return record.note.replace("\n", " ")
            return "、".join(record.tags)
        if role == Qt.ItemDataRole.DecorationRole and column == QUOTE:
            return QColor(HIGHLIGHT_COLORS.get(record.color, record.color))
        if role == Qt.ItemDataRole.ForegroundRole and record.orphan:
            return QColor("#9a3412")
        if role == Qt.ItemDataRole.ToolTipRole:
            label = HIGHLIGHT_LABELS.get(record.color, record.color)
            if record.orphan:
                label = (f"{ORPHAN} Select the words it belongs to and choose Re-attach, or "
                         f"delete it.\n\n{label}")
            return f"{label}: {record.quote}" + (f"\n\n{record.note}" if record.note else "")
        if role == ID_ROLE:
            return record.id
        return None
