"""The annotations pane: the open speech's highlights in text order, filtered by colour and
tag, and an editor for the selected one (colour, note, tags, delete)."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db import AnnotationRecord
from desktop.annotations.annotation_model import ID_ROLE, NOTE, QUOTE, TAGS, AnnotationModel
from desktop.common.row_table_view import RowTableView
from desktop.common.style import HIGHLIGHTS, label, named, swatch
from desktop.common.tag_editor import TagEditor
from desktop.common.tag_filter_box import TagFilterBox


class AnnotationPane(QWidget):
    annotation_clicked = Signal(int)
    color_changed = Signal(int, str)
    note_changed = Signal(int, str)
    tags_changed = Signal(int, list)
    delete_requested = Signal(int)
    reattach_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.records: list[AnnotationRecord] = []
        self.model = AnnotationModel(self)
        self.color_box = QComboBox()
        self.color_box.addItem(self.tr("All colours"), "")
        for name, _, color in HIGHLIGHTS:
            self.color_box.addItem(QIcon(swatch(color)), label(name), name)
        self.tag_box = TagFilterBox()
        self.count_label = QLabel()
        self.view = RowTableView(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(NOTE, 110)
        self.view.setColumnWidth(TAGS, 70)

        self.color_buttons: dict[str, QToolButton] = {}
        colors = QHBoxLayout()
        colors.addWidget(QLabel(self.tr("Colour:")))
        for number, (name, _, color) in enumerate(HIGHLIGHTS, start=1):
            button = QToolButton()
            button.setIcon(QIcon(swatch(color, 16)))
            button.setToolTip(f"{label(name)} ({number})")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, value=name: self._on_color_clicked(value))
            self.color_buttons[name] = button
            colors.addWidget(button)
        colors.addStretch(1)
        self.reattach_button = QPushButton(self.tr("Re-attach to selection"))
        self.reattach_button.setToolTip(self.tr(
            "Not found in the new version of this speech. Select the words in the speech it "
            "belongs to, then click here."))
        colors.addWidget(self.reattach_button)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this highlight (Ctrl+Z brings it back)"))
        colors.addWidget(self.delete_button)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Note — saved as you type"))
        self.note_edit.setMaximumHeight(90)
        self.tag_editor = TagEditor(self.tr("Tag this highlight…"))
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(colors)
        editor_layout.addWidget(self.note_edit)
        editor_layout.addWidget(self.tag_editor)

        self.name_colours_button = QToolButton()  # its action: the window's "name-colours"
        self.name_colours_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        # The filters shrink to a few characters rather than widen the pane: a colour's name
        # (黄色 — 重点) or a long tag must not push the reader off a small screen.
        for box in (self.color_box, self.tag_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(6)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        filters = QHBoxLayout()
        filters.addWidget(self.color_box)
        filters.addWidget(self.name_colours_button)
        filters.addWidget(self.tag_box)
        filters.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.editor)

        self.color_box.currentIndexChanged.connect(self._apply_filters)
        self.tag_box.currentIndexChanged.connect(self._apply_filters)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.view.clicked.connect(self._on_clicked)
        self.note_edit.textChanged.connect(self._on_note_edited)
        self.tag_editor.tags_changed.connect(self._on_tags_edited)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.reattach_button.clicked.connect(self._on_reattach_clicked)
        self._show_editor(None)

    def set_annotations(self, records: list[AnnotationRecord], select: int | None = None) -> None:
        keep = self.current_id() if select is None else select
        self.records = list(records)
        self.tag_box.set_names(sorted({tag for record in self.records for tag in record.tags}))
        self._apply_filters(keep=keep)

    def refresh_record(self, record: AnnotationRecord) -> None:
        """A highlight changed from this pane (a note typed): its row drawn again, the list,
        its filters and the note being typed left as they are."""
        self.records = [record if r.id == record.id else r for r in self.records]
        row = self.model.row_of(record.id) if record.id is not None else -1
        if row >= 0:
            self.model.replace_row(row, record)

    def set_tag_colors(self, colors: dict[str, str]) -> None:
        self.model.set_tag_colors(colors)

    def set_colour_names(self, names: dict[str, str]) -> None:
        """What the user named the highlight colours, in the filter, the colour buttons' tips
        and the rows' tips."""
        self.model.set_colour_names(names)
        for number, (name, _, _) in enumerate(HIGHLIGHTS, start=1):
            self.color_box.setItemText(self.color_box.findData(name), named(name, names))
            self.color_buttons[name].setToolTip(f"{named(name, names)} ({number})")

    def set_colour_action(self, action: QAction) -> None:
        """Name the colours…: a button beside the colour filter."""
        self.name_colours_button.setDefaultAction(action)

    def set_tag_completions(self, names: list[str]) -> None:
        self.tag_editor.set_completions(names)

    def current_id(self) -> int | None:
        index = self.view.selectionModel().currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current(self) -> AnnotationRecord | None:
        current = self.current_id()
        return next((r for r in self.records if r.id == current), None)

    def select(self, annotation_id: int | None) -> None:
        row = self.model.row_of(annotation_id) if annotation_id is not None else -1
        selection = self.view.selectionModel()
        if row < 0:
            selection.clear()
            self._show_editor(None)
            return
        index = self.model.index(row, QUOTE)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        self._show_editor(self.model.rows[row])

    def add_list_action(self, action: QAction) -> None:
        """An action whose key acts on the list only (Delete)."""
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(action)

    def edit_note(self) -> None:
        """Put the caret in the note of the selected highlight."""
        self.note_edit.setFocus()

    def _apply_filters(self, *_, keep: int | None = None) -> None:
        keep = self.current_id() if keep is None else keep
        color = self.color_box.currentData()
        tag = self.tag_box.tag()
        shown = [r for r in self.records
                 if (not color or r.color == color) and (not tag or tag in r.tags)]
        self.model.set_rows(shown)
        total = len(self.records)
        if len(shown) != total:
            count = self.tr("{shown} of {total}").format(shown=len(shown), total=total)
        else:
            count = self.tr("%n highlight(s)", "", total)
        orphans = sum(record.orphan for record in self.records)
        if orphans:
            count = self.tr("{count} · ⚠ {orphans} to re-attach").format(count=count,
                                                                         orphans=orphans)
        self.count_label.setText(count)
        self.select(keep)

    def _show_editor(self, record: AnnotationRecord | None) -> None:
        self.editor.setEnabled(record is not None)
        self.reattach_button.setVisible(record is not None and record.orphan)
        for name, button in self.color_buttons.items():
            button.setChecked(record is not None and record.color == name)
        note = record.note if record is not None else ""
        if self.note_edit.toPlainText() != note:  # leave the caret alone while typing
            self.note_edit.blockSignals(True)
            self.note_edit.setPlainText(note)
            self.note_edit.blockSignals(False)
        self.tag_editor.set_tags(record.tags if record is not None else [])

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._show_editor(self.model.rows[current.row()] if current.isValid() else None)

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        self.annotation_clicked.emit(index.data(ID_ROLE))

    def _on_color_clicked(self, color: str) -> None:
        current = self.current_id()
        if current is not None:
            self.color_changed.emit(current, color)

    @Slot()
    def _on_note_edited(self) -> None:
        record = self.current()
        if record is not None and record.note != self.note_edit.toPlainText():
            self.note_changed.emit(record.id, self.note_edit.toPlainText())

    @Slot(list)
    def _on_tags_edited(self, tags: list) -> None:
        current = self.current_id()
        if current is not None:
            self.tags_changed.emit(current, tags)

    @Slot()
    def _on_reattach_clicked(self) -> None:
        current = self.current_id()
        if current is not None:
            self.reattach_requested.emit(current)

    @Slot()
    def _on_delete_clicked(self) -> None:
        current = self.current_id()
        if current is not None:
            self.delete_requested.emit(current)
