"""The formulas index: every 提法 in the library; choosing one lists the places it is used,
and Enter or double-click on a place opens the speech there."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db import Library
from desktop.common.row_table_view import RowTableView
from desktop.study.concordance_view import ConcordanceView
from desktop.study.formula_model import EXPANSION, FormulaModel


class FormulasPane(QWidget):
    open_requested = Signal(int, int, int)

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.model = FormulaModel(self)
        self.view = RowTableView(self.model)
        self.view.horizontalHeader().setSectionResizeMode(EXPANSION,
                                                          QHeaderView.ResizeMode.Stretch)
        self.places_view = ConcordanceView()
        self.places = self.places_view.concordance
        self.label = QLabel(self.tr("Choose a 提法 to see where it is used."))
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.label)
        column.addWidget(self.places_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(right)
        splitter.setSizes([500, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.view.selectionModel().currentRowChanged.connect(self._on_formula_chosen)
        self.places_view.activated.connect(self._on_place_activated)

    def reload(self) -> None:
        self.model.set_rows(self.library.study.formulas())
        self.places.set_groups([])
        self.label.setText(self.tr("{count} 提法 in the library. Choose one to see where it is "
                                   "used.").format(count=len(self.model.rows)))

    @Slot(QModelIndex, QModelIndex)
    def _on_formula_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        entry = self.model.rows[current.row()]
        self.places_view.show_groups(self.library.study.formula_occurrences(entry.text))
        speeches = self.tr("%n speech(es)", "", entry.speeches)
        self.label.setText(self.tr("“{formula}”: %n use(s) in {speeches}", "", entry.occurrences)
                           .format(formula=entry.text, speeches=speeches))

    @Slot(QModelIndex)
    def _on_place_activated(self, index: QModelIndex) -> None:
        hit = self.places.hit(index)
        if hit is not None:
            self.open_requested.emit(hit.speech_id, hit.start, hit.end)
