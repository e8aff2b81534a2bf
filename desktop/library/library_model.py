"""The speeches of the library as a two-level tree: a file holding several speeches is a
group row with its speeches under it; a file holding one speech is a plain top-level row."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from db import SpeechSummary
from desktop.common.formats import date_text
from desktop.common.grouped_model import GroupedModel, bold
from desktop.common.messages import source_name
from desktop.common.tag_icon import tag_icon
from desktop.common.translate import QT_TRANSLATE_NOOP, translate

TITLE, SPEAKER, OCCASION, DATE, SOURCE, ANNOTATIONS, TAGS = range(7)
# Rows handed to the view at a time: a view lays out every row it is given, through calls
# into Python for each (100,000 rows took seconds); more come as the list is scrolled.
FETCH = 500
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


class LibraryModel(GroupedModel):
    """A top-level row is a file with one speech, or a group row for a file with several.
    A speech's title is edited in place; the model only says what was typed (title_edited),
    and shows the title once the library has it."""
    title_edited = Signal(int, str)  # speech id, the title typed
    HEADERS = (QT_TRANSLATE_NOOP("LibraryModel", "Title"),
               QT_TRANSLATE_NOOP("LibraryModel", "Speaker"),
               QT_TRANSLATE_NOOP("LibraryModel", "Occasion"),
               QT_TRANSLATE_NOOP("LibraryModel", "Date"),
               QT_TRANSLATE_NOOP("LibraryModel", "Source"),
               QT_TRANSLATE_NOOP("LibraryModel", "Notes"),
               QT_TRANSLATE_NOOP("LibraryModel", "Tags"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._shown = 0  # the top-level rows the view has been given (fetchMore)
        self.tag_colors: dict[str, str] = {}

    def set_tag_colors(self, colors: dict[str, str]) -> None:
        """The tags' colours, shown as dots beside their names from the next set_rows."""
        self.tag_colors = colors

    def set_rows(self, speeches: list[SpeechSummary]) -> None:
        self.beginResetModel()
        self._groups = []
        for speech in speeches:
            if not self._groups or self._groups[-1].speeches[0].source_id != speech.source_id:
                self._groups.append(_Group(speech.source_path))
            self._groups[-1].speeches.append(speech)
        self._shown = min(FETCH, len(self._groups))
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._groups)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not parent.isValid():
            self.fetch_to(self._shown + FETCH - 1)

    def fetch_to(self, row: int) -> None:
        """Give the view every top-level row up to `row`."""
        end = min(row + 1, len(self._groups))
        if end > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, end - 1)
            self._shown = end
            self.endInsertRows()

    def fetch_all(self) -> None:
        """Every row, before the list is sorted or filtered as a whole."""
        self.fetch_to(len(self._groups) - 1)

    def update_rows(self, speeches: list[SpeechSummary]) -> None:
        """Show these speeches as the library has them now, each in its own row (one
        corrected title is one row drawn again, not the library's list read again)."""
        for speech in speeches:
            index = self.index_of(speech.id)
            if not index.isValid():
                continue
            group = self._groups[index.row()] if index.internalId() == 0 \
                else self._groups[index.internalId() - 1]
            place = next(n for n, old in enumerate(group.speeches) if old.id == speech.id)
            group.speeches[place] = speech
            self.dataChanged.emit(index.siblingAtColumn(0),
                                  index.siblingAtColumn(len(self.HEADERS) - 1))
            if not group.single:  # its group's count of notes
                parent = index.parent()
                self.dataChanged.emit(parent.siblingAtColumn(ANNOTATIONS),
                                      parent.siblingAtColumn(ANNOTATIONS))

    def set_annotation_count(self, speech_id: int, count: int) -> bool:
        """Returns whether the count changed."""
        index = self.index_of(speech_id, ANNOTATIONS)
        speech = self._speech(index) if index.isValid() else None
        if speech is None or speech.annotations == count:
            return False
        speech.annotations = count
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True

    def index_of(self, speech_id: int, column: int = TITLE) -> QModelIndex:
        for row, group in enumerate(self._groups):
            for child, speech in enumerate(group.speeches):
                if speech.id == speech_id:
                    self.fetch_to(row)
                    if group.single:
                        return self.index(row, column)
                    return self.index(child, column, self.index(row, 0))
        return QModelIndex()

    def group_rows(self, first: int = 0, last: int | None = None) -> list[int]:
        """The top-level rows the view has (from `first` to `last`) that hold several
        speeches."""
        end = self._shown if last is None else min(last + 1, self._shown)
        return [row for row in range(first, end) if not self._groups[row].single]

    def annotation_total(self) -> int:
        return sum(speech.annotations for group in self._groups for speech in group.speeches)

    def speech_ids(self) -> list[int]:
        return [speech.id for group in self._groups for speech in group.speeches]

    # GroupedModel

    def top_count(self) -> int:
        return self._shown

    def child_count(self, row: int) -> int:
        group = self._groups[row]
        return 0 if group.single else len(group.speeches)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TITLE and self._speech(index) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        speech = self._speech(index) if index.isValid() else None
        if speech is None or role != Qt.ItemDataRole.EditRole or index.column() != TITLE:
            return False
        if str(value).strip() != (speech.title or ""):
            self.title_edited.emit(speech.id, str(value))
        return False  # the row changes when the library has the new title

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        speech = self._speech(index)
        if speech is None:
            return self._group_data(self._groups[index.row()], index.column(), role)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _speech_column(speech, column)
        if role == Qt.ItemDataRole.EditRole:
            return speech.title or "" if column == TITLE else _speech_column(speech, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{speech.title or untitled()}\n{source_name(speech.source_path, whole=True)}"
        if role == Qt.ItemDataRole.DecorationRole and column == TAGS:
            return tag_icon(speech.tags, self.tag_colors)
        if role == SPEECH_ID_ROLE:
            return speech.id
        if role == TAGS_ROLE:  # the speech's and its highlights': a tag filter finds both
            return [*speech.tags, *speech.highlight_tags]
        if role == FILTER_TEXT_ROLE:
            return " ".join(str(_speech_column(speech, c) or "") for c in range(len(self.HEADERS)))
        return None

    def _group_data(self, group: _Group, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return self.tr("{file} — %n speech(es)", "", len(group.speeches)).format(
                    file=source_name(group.source_path))
            if column == SOURCE:
                return source_name(group.source_path)
            if column == ANNOTATIONS:
                return sum(speech.annotations for speech in group.speeches)
            return None
        if role == Qt.ItemDataRole.FontRole:
            return bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return source_name(group.source_path, whole=True)
        return None

    def _speech(self, index: QModelIndex | QPersistentModelIndex) -> SpeechSummary | None:
        if index.internalId() == 0:
            group = self._groups[index.row()]
            return group.speeches[0] if group.single else None
        return self._groups[index.internalId() - 1].speeches[index.row()]


def _speech_column(speech: SpeechSummary, column: int):
    if column == TITLE:
        return speech.title or untitled()
    if column == SPEAKER:
        return speech.speaker or ""
    if column == OCCASION:
        return speech.occasion or ""
    if column == DATE:
        return date_text(speech.date)
    if column == SOURCE:
        return source_name(speech.source_path)
    if column == ANNOTATIONS:
        return speech.annotations
    return "、".join(speech.tags)


def untitled() -> str:
    """What a speech without a title is called."""
    return translate("LibraryModel", "(untitled)")
