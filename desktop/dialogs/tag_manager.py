"""The tag manager: rename, merge, recolour and delete tags, saying what each one touches."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from db import Library, TagNameError, TagReason, TagRecord
from desktop.common.row_table_view import RowTableView
from desktop.common.writes import Writes
from desktop.dialogs.tag_model import NAME, TagModel


class TagManager(QDialog):
    def __init__(self, library: Library, writes: Writes, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tags"))
        self.resize(480, 400)
        self.library, self.writes = library, writes
        self.model = TagModel(self)
        self.view = RowTableView(self.model)
        self.view.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        buttons = QVBoxLayout()
        self.buttons = {}
        for key, text, slot in (("New", self.tr("New…"), self._on_new),
                                ("Rename", self.tr("Rename…"), self._on_rename),
                                ("Merge into", self.tr("Merge into…"), self._on_merge),
                                ("Colour", self.tr("Colour…"), self._on_colour),
                                ("Delete", self.tr("Delete…"), self._on_delete)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self.model.set_rows(self.library.tags.all())
        names = [tag.name for tag in self.model.rows]
        if select in names:
            self.view.selectRow(names.index(select))
        elif names:
            self.view.selectRow(0)

    def selected(self) -> TagRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _write(self, write: Callable[[], object], select: str | None = None) -> None:
        """One change to the tags through the write boundary; the list shows what the
        library holds afterwards, whether or not it could be saved."""
        try:
            self.writes.run(write)
        except TagNameError as error:
            QMessageBox.warning(self, self.tr("Tags"), self._name_problem(error))
        self.refresh(select)

    @Slot()
    def _on_new(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New tag"), self.tr("Name:"))
        if ok:
            self._write(lambda: self.library.tags.create(name), name.strip())

    @Slot()
    def _on_rename(self) -> None:
        tag = self.selected()
        if tag is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename tag"),
                                        self.tr("New name for “{tag}”:").format(tag=tag.name),
                                        text=tag.name)
        if ok and name.strip() != tag.name:
            self._write(lambda: self.library.tags.rename(tag.id, name), name.strip())

    @Slot()
    def _on_merge(self) -> None:
        tag = self.selected()
        others = [t for t in self.model.rows if tag is not None and t.id != tag.id]
        if tag is None or not others:
            return
        name, ok = QInputDialog.getItem(self, self.tr("Merge tags"),
                                        self.tr("Merge “{tag}” into:").format(tag=tag.name),
                                        [t.name for t in others], 0, False)
        if not ok:
            return
        target = next(t for t in others if t.name == name)
        answer = QMessageBox.question(
            self, self.tr("Merge tags"), self.tr(
                "“{tag}” is on {usage}. They will carry “{target}” instead, and “{tag}” will be "
                "deleted.").format(tag=tag.name, usage=self._usage(tag), target=name))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda: self.library.tags.merge(tag.id, target.id), name)

    @Slot()
    def _on_colour(self) -> None:
        tag = self.selected()
        if tag is None:
            return
        color = QColorDialog.getColor(QColor(tag.color or "#cfd8dc"), self,
                                      self.tr("Colour of {tag}").format(tag=tag.name))
        if color.isValid():
            self._write(lambda: self.library.tags.set_color(tag.id, color.name()), tag.name)

    @Slot()
    def _on_delete(self) -> None:
        tag = self.selected()
        if tag is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete tag"), self.tr(
                "Delete the tag “{tag}”? It is on {usage}; they keep everything else.").format(
                tag=tag.name, usage=self._usage(tag)))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda: self.library.tags.delete(tag.id))

    def _usage(self, tag: TagRecord) -> str:
        speeches = self.tr("%n speech(es)", "", tag.speeches)
        highlights = self.tr("%n highlight(s)", "", tag.annotations)
        return self.tr("{speeches} and {highlights}").format(speeches=speeches,
                                                            highlights=highlights)

    def _name_problem(self, error: TagNameError) -> str:
        return {TagReason.EMPTY: self.tr("A tag needs a name."),
                TagReason.TAKEN: self.tr("There is already a tag named “{tag}”.").format(
                    tag=error.name)}[TagReason(error.reason)]


