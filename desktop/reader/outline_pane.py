"""The outline pane: click a heading to go there; the current section follows the reader."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal, Slot
from PySide6.QtWidgets import QTreeView, QVBoxLayout, QWidget

from db import SectionRecord
from desktop.reader.outline_model import START_ROLE, OutlineModel


class OutlinePane(QWidget):
    section_clicked = Signal(int)  # the section's start offset

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = OutlineModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_clicked)

    def set_sections(self, sections: list[SectionRecord]) -> None:
        self.model.set_rows(sections)
        self.view.expandAll()

    def follow(self, offset: int) -> None:
        """Mark the section the reader is in, without moving the reader."""
        index = self.model.index_at(offset)
        selection = self.view.selectionModel()
        if index == selection.currentIndex():
            return
        if index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)
        else:
            selection.clear()

    def current_start(self) -> int | None:
        index = self.view.selectionModel().currentIndex()
        return index.data(START_ROLE) if index.isValid() else None

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        self.section_clicked.emit(index.data(START_ROLE))
