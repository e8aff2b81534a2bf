"""A speech's annotations in text order: colour, quote, note, tags."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.common.record_table_model import RecordTableModel
from desktop.common.style import HIGHLIGHT_COLORS, WARNING, named, tone
from desktop.common.tag_icon import tag_icon
from desktop.common.translate import QT_TRANSLATE_NOOP

QUOTE, NOTE, TAGS = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AnnotationModel(RecordTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("AnnotationModel", "Highlight"),
               QT_TRANSLATE_NOOP("AnnotationModel", "Note"),
               QT_TRANSLATE_NOOP("AnnotationModel", "Tags"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tag_colors: dict[str, str] = {}
        self.colour_names: dict[str, str] = {}

    def set_tag_colors(self, colors: dict[str, str]) -> None:
        """The tags' colours, shown as dots beside their names from the next set_rows."""
        self.tag_colors = colors

    def set_colour_names(self, names: dict[str, str]) -> None:
        """What the user named the highlight colours, for the rows' tips."""
        self.colour_names = names

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
        if role == Qt.ItemDataRole.DecorationRole and column == TAGS:
            return tag_icon(record.tags, self.tag_colors)
        if role == Qt.ItemDataRole.ForegroundRole and record.orphan:
            return tone(WARNING)
        if role == Qt.ItemDataRole.ToolTipRole:
            colour = named(record.color, self.colour_names)
            tip = self.tr("{colour}: {quote}").format(colour=colour, quote=record.quote)
            if record.orphan:
                tip = self.tr("Not found in the new version of this speech. Select the words it "
                              "belongs to and choose Re-attach, or delete it.") + "\n\n" + tip
            return tip + (f"\n\n{record.note}" if record.note else "")
        if role == ID_ROLE:
            return record.id
        return None
