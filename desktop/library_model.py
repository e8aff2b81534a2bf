"""The speeches of the library as a two-level tree: a file holding several speeches is a
group row with its speeches under it; a file holding one speech is a plain top-level row."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from db import SpeechSummary

TITLE, SPEAKER, OCCASION, DATE, SOURCE, ANNOTATIONS, TAGS = range(7)
HEADERS = ["Title", "Speaker", "Occasion", "Date", "Source", "Notes", "Tags"]
SPEECH_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TAGS_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass
class _Group:
    source_path: str
    speeches: list[SpeechSummary] = field(default_factory=list)

    @property
    def single(self) -> bool:
        return len(self.speeches) == 1


class LibraryModel(QAbstractItemModel):
    """internalId 0 marks a top-level row; n > 0 a speech under top-level row n - 1."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._groups: list[_Group] = []

    def set_rows(self, speeches: list[SpeechSummary]) -> None:
        self.beginResetModel()
        self._groups = []
        for speech in speeches:
            if not self._groups or self._groups[-1].speeches[0].source_id != speech.source_id:
                self._groups.append(_Group(speech.source_path))
            self._groups[-1].speeches.append(speech)
        self.endResetModel()

    def set_annotation_count(self, speech_id: int, count: int) -> None:
        index = self.index_of(speech_id, ANNOTATIONS)
        if index.isValid():
            self._speech(index).annotations = count
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def index_of(self, speech_id: int, column: int = TITLE) -> QModelIndex:
        for row, group in enumerate(self._groups):
            for child, speech in enumerate(group.speeches):
                if speech.id == speech_id:
                    if group.single:
                        return self.index(row, column)
                    return self.index(child, column, self.index(row, 0))
        return QModelIndex()

    def annotation_total(self) -> int:
        return sum(speech.annotations for group in self._groups for speech in group.speeches)

    def speech_ids(self) -> list[int]:
        return [speech.id for group in self._groups for speech in group.speeches]

    # QAbstractItemModel

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=QModelIndex()) -> QModelIndex:
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            group = self._groups[parent.row()]
            return 0 if group.single else len(group.speeches)
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        speech = self._speech(index)
        if speech is None:
            return self._group_data(self._groups[index.row()], index.column(), role)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _speech_column(speech, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{speech.title or '(untitled)'}\n{speech.source_path}"
        if role == SPEECH_ID_ROLE:
            return speech.id
        if role == TAGS_ROLE:
            return list(speech.tags)
        if role == FILTER_TEXT_ROLE:
            return " ".join(str(_speech_column(speech, c) or "") for c in range(len(HEADERS)))
        return None

    def _group_data(self, group: _Group, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return f"{PurePath(group.source_path).name} — {len(group.speeches)} speeches"
            if column == SOURCE:
                return PurePath(group.source_path).name
            if column == ANNOTATIONS:
                return sum(speech.annotations for speech in group.speeches)
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return group.source_path
        return None

    def _speech(self, index: QModelIndex | QPersistentModelIndex) -> SpeechSummary | None:
        if index.internalId() == 0:
            group = self._groups[index.row()]
            return group.speeches[0] if group.single else None
        return self._groups[index.internalId() - 1].speeches[index.row()]


def _speech_column(speech: SpeechSummary, column: int):
    if column == TITLE:
        return speech.title or "(untitled)"
    if column == SPEAKER:
        return speech.speaker or ""
    if column == OCCASION:
        return speech.occasion or ""
    if column == DATE:
        return speech.date or ""
    if column == SOURCE:
        return PurePath(speech.source_path).name
    if column == ANNOTATIONS:
        return speech.annotations
    return "、".join(speech.tags)
