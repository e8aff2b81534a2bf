"""The library pane: every speech, grouped by source file, with a filter box and a tag filter."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from db import SpeechSummary
from desktop.common.tag_filter_box import TagFilterBox
from desktop.library.library_filter import LibraryFilter
from desktop.library.library_model import (
    ANNOTATIONS,
    DATE,
    OCCASION,
    SOURCE,
    SPEAKER,
    SPEECH_ID_ROLE,
    TAGS,
    TITLE,
    LibraryModel,
)

# The reader's header and the file's group show occasion and source; the annotations pane
# counts a speech's highlights.
DEFAULT_HIDDEN = {OCCASION, SOURCE, ANNOTATIONS}


class LibraryPane(QWidget):
    speech_selected = Signal(int)
    delete_requested = Signal(list)
    selection_changed = Signal()
    title_edited = Signal(int, str)  # speech id, the title typed in place
    columns_changed = Signal()  # the user showed or hid a column

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = LibraryModel(self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self._open: int | None = None  # the speech the reader shows (select)
        self._filtering = False  # the filter is hiding or showing rows

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, speaker, occasion, date…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tag_box = TagFilterBox()
        self.tag_box.setToolTip(self.tr("Show only speeches with this tag"))
        self.view = QTreeView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # import order until asked
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # F2: edit_title
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((TITLE, 230), (SPEAKER, 64), (OCCASION, 110), (DATE, 76),
                              (SOURCE, 120), (ANNOTATIONS, 45), (TAGS, 70)):
            self.view.setColumnWidth(column, width)
        # On a laptop the pane is narrow: the columns a reader needs least start hidden, and
        # the header's right-click menu shows or hides any but the title.
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)  # no sideways scroll
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.column_actions: dict[int, QAction] = {}
        for column in range(1, self.model.columnCount()):
            action = QAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)), self)
            action.setCheckable(True)
            action.toggled.connect(partial(self._on_column_toggled, column))
            header.addAction(action)
            self.column_actions[column] = action
        self.set_hidden_columns(DEFAULT_HIDDEN)

        self.delete_action = QAction(self.tr("Delete speech"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.delete_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 2)
        top.addWidget(self.tag_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)

        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.tag_box.currentIndexChanged.connect(self._on_tag_changed)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.view.selectionModel().selectionChanged.connect(self.selection_changed)
        self.delete_action.triggered.connect(self._on_delete)
        self.model.title_edited.connect(self.title_edited)
        self.model.rowsInserted.connect(self._on_rows_fetched)
        # a sort orders the whole list, not the rows the view was given so far
        self.view.header().sortIndicatorChanged.connect(lambda *_: self.model.fetch_all())
        self.set_tags([])

    def set_speeches(self, speeches: list[SpeechSummary], current: int | None = None) -> None:
        self.model.set_rows(speeches)
        if self.proxy.sortColumn() >= 0 or self.filter_edit.text() or self.tag_box.tag():
            self.model.fetch_all()  # a sort or a filter in force orders the whole list
        self._expand_groups()
        if current is not None:
            self.select(current)

    def update_speeches(self, speeches: list[SpeechSummary]) -> None:
        """These speeches' rows as the library has them now; the rest stays as it is."""
        self.model.update_rows(speeches)

    def _on_rows_fetched(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():  # the groups among rows the list was scrolled to
            for row in self.model.group_rows(first, last):
                self.view.expand(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _expand_groups(self) -> None:
        """Open every file's group (expandAll would visit all 10,000 rows)."""
        for row in self.model.group_rows():
            self.view.expand(self.proxy.mapFromSource(self.model.index(row, 0)))

    def hidden_columns(self) -> set[int]:
        return {column for column in self.column_actions if self.view.isColumnHidden(column)}

    def set_hidden_columns(self, hidden: set[int]) -> None:
        for column, action in self.column_actions.items():
            action.setChecked(column not in hidden)
            self.view.setColumnHidden(column, column in hidden)

    def _on_column_toggled(self, column: int, shown: bool) -> None:
        self.view.setColumnHidden(column, not shown)
        self.columns_changed.emit()

    def set_tag_colors(self, colors: dict[str, str]) -> None:
        self.model.set_tag_colors(colors)

    def set_tags(self, names: list[str]) -> None:
        chosen = self.tag_box.tag()
        self.tag_box.set_names(names)
        if self.tag_box.tag() != chosen:  # the chosen tag is gone: the list shows all again
            self._filter(lambda: self.proxy.set_tag(self.tag_box.tag()))

    def select(self, speech_id: int | None) -> None:
        """Make the speech the reader shows (None: none) current without announcing it
        again. When it is current already (the user clicked it, maybe Ctrl+clicked it into a
        selection) the selection is the view's to make."""
        self._open = speech_id
        if speech_id is None:
            self._set_current(QModelIndex())
            return
        source = self.model.index_of(speech_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid() and source.isValid():
            # Opened from elsewhere (a search hit) while the filter hides it: the list follows.
            self.filter_edit.clear()
            self.tag_box.setCurrentIndex(0)
            index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return
        if self.view.currentIndex().data(SPEECH_ID_ROLE) != speech_id:
            self._set_current(index)
        self.view.scrollTo(index)

    def _set_current(self, index: QModelIndex) -> None:
        """The list's current row and selection, not announced (the reader shows it)."""
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        if index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
        else:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.blockSignals(False)
        self.view.viewport().update()

    def speech_ids(self) -> list[int]:
        return self.model.speech_ids()

    def annotation_total(self) -> int:
        return self.model.annotation_total()

    def set_annotation_count(self, speech_id: int, count: int) -> bool:
        """Show a speech's new number of highlights; False when it had that number already."""
        return self.model.set_annotation_count(speech_id, count)

    def has_focus(self) -> bool:
        return self.view.hasFocus()

    def edit_title(self) -> bool:
        """Start typing the current speech's title in place; False when no speech is current."""
        index = self.view.currentIndex().siblingAtColumn(TITLE)
        if not index.isValid() or not self.model.flags(self.proxy.mapToSource(index)) & \
                Qt.ItemFlag.ItemIsEditable:
            return False
        self.view.edit(index)
        return True

    def selected_ids(self) -> list[int]:
        ids = []
        for index in self.view.selectionModel().selectedRows(TITLE):
            speech_id = index.data(SPEECH_ID_ROLE)
            if speech_id is None:  # a group: all of its speeches
                for row in range(self.proxy.rowCount(index)):
                    ids.append(self.proxy.index(row, TITLE, index).data(SPEECH_ID_ROLE))
            else:
                ids.append(speech_id)
        return list(dict.fromkeys(ids))

    def visible_count(self) -> int:
        count = 0
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, TITLE)
            count += 1 if index.data(SPEECH_ID_ROLE) is not None else self.proxy.rowCount(index)
        return count

    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        if text:
            self.model.fetch_all()  # a filter looks through the whole list
        self._filter(lambda: self.proxy.set_text(text))

    @Slot(int)
    def _on_tag_changed(self, index: int) -> None:
        if self.tag_box.tag():
            self.model.fetch_all()
        self._filter(lambda: self.proxy.set_tag(self.tag_box.tag()))

    def _filter(self, change: Callable[[], None]) -> None:
        """Filter the list, which opens no speech: when the filter hides the current row the
        view makes a neighbour current, which must not open in the reader. The speech the
        reader shows is current where it is shown, and no row is where it is hidden."""
        current = QPersistentModelIndex(self.view.currentIndex())
        self._filtering = True
        try:
            change()
        finally:
            self._filtering = False
        self._expand_groups()
        if current.isValid():  # still shown: the user's current row and selection stand
            return
        index = self.proxy.mapFromSource(self.model.index_of(self._open)) \
            if self._open is not None else QModelIndex()
        if self.view.currentIndex() != index:
            self._set_current(index)
            if index.isValid():  # shown again
                self.view.scrollTo(index)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        speech_id = current.data(SPEECH_ID_ROLE) if current.isValid() else None
        if speech_id is not None and not self._filtering:
            self.speech_selected.emit(speech_id)

    @Slot()
    def _on_delete(self) -> None:
        ids = self.selected_ids()
        groups = [index for index in self.view.selectionModel().selectedRows(TITLE)
                  if index.data(SPEECH_ID_ROLE) is None]
        if groups and QMessageBox.question(
                self, self.tr("Delete speeches"), self._delete_question(ids, groups),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Yes:
            return
        if ids:
            self.delete_requested.emit(ids)

    def _delete_question(self, ids: list[int], groups: list[QModelIndex]) -> str:
        """What deleting these files' groups does: a filter in force deletes only the
        speeches it shows (selected_ids), and the rest of each file stays."""
        files = "、".join(index.siblingAtColumn(SOURCE).data() for index in groups)
        shown = sum(self.proxy.rowCount(index) for index in groups)
        hidden = sum(self.model.rowCount(self.proxy.mapToSource(index))
                     for index in groups) - shown
        if not hidden:
            return self.tr("Delete all %n speech(es) of {files}? They go to the trash (Edit ▸ "
                           "Trash), and Ctrl+Z brings them back.", "", len(ids)).format(
                files=files)
        lines = [self.tr("Delete the %n speech(es) of {files} that the filter shows?", "",
                         shown).format(files=files),
                 self.tr("%n more speech(es) of the same file(s), hidden by the filter, are "
                         "not deleted.", "", hidden)]
        if len(ids) > shown:  # speeches selected beside the groups
            lines.append(self.tr("%n other selected speech(es) will be deleted too.", "",
                                 len(ids) - shown))
        lines.append(self.tr("They go to the trash (Edit ▸ Trash), and Ctrl+Z brings them "
                             "back."))
        return "\n".join(lines)
