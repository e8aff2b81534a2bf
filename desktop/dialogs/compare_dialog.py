"""Two speeches side by side: the terms they share, the terms each uses more than the other,
and the directives of each that the other has nothing close to."""
from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from db import Comparison, Library, SpeechSummary
from desktop.common import messages
from desktop.common.formats import date_text
from desktop.common.worker import run_in_background
from desktop.library.library_model import untitled


class CompareDialog(QDialog):
    def __init__(self, library: Library, speeches: list[SpeechSummary], first: int | None,
                 second: int | None, parent=None):
        super().__init__(parent)
        self.library = library
        self.comparison: Comparison | None = None
        self._asked = 0
        self.setWindowTitle(self.tr("Compare two speeches"))
        self.resize(1100, 700)
        self.first_box, self.second_box = QComboBox(), QComboBox()
        for box, chosen in ((self.first_box, first), (self.second_box, second)):
            for speech in speeches:
                box.addItem(f"{speech.title or untitled()}  {date_text(speech.date)}", speech.id)
            if chosen is not None:
                box.setCurrentIndex(max(0, box.findData(chosen)))
            box.setMinimumContentsLength(30)
        self.compare_button = QPushButton(self.tr("Compare"))
        self.status = QLabel()
        self.shared_list = QListWidget()
        self.first_terms, self.second_terms = QListWidget(), QListWidget()
        self.first_directives, self.second_directives = QListWidget(), QListWidget()
        for directives in (self.first_directives, self.second_directives):
            directives.setWordWrap(True)

        choose = QHBoxLayout()
        choose.addWidget(self.first_box, 1)
        choose.addWidget(QLabel(self.tr("and")))
        choose.addWidget(self.second_box, 1)
        choose.addWidget(self.compare_button)
        grid = QGridLayout()
        self.headings = [QLabel() for _ in range(5)]
        for column, (heading, widget) in enumerate(zip(
                self.headings[:3], (self.first_terms, self.shared_list, self.second_terms),
                strict=True)):
            grid.addWidget(heading, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.headings[3], 2, 0)
        grid.addWidget(self.first_directives, 3, 0, 1, 1)
        grid.addWidget(self.headings[4], 2, 2)
        grid.addWidget(self.second_directives, 3, 2, 1, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(3, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.status)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.compare_button.clicked.connect(self.compare)
        if first is not None and second is not None and first != second:
            self.compare()

    @Slot()
    def compare(self) -> None:
        first, second = self.first_box.currentData(), self.second_box.currentData()
        if first is None or second is None or first == second:
            self.status.setText(self.tr("Choose two different speeches."))
            return
        self._asked += 1
        asked = self._asked
        self.status.setText(self.tr("Comparing…"))
        names = (self.first_box.currentText().strip(), self.second_box.currentText().strip())
        run_in_background(lambda job: self.library.study.compare(first, second),
                          lambda result: self._show(asked, result, names),
                          lambda error: self.status.setText(
                              self.tr("Could not compare: {why}").format(
                                  why=messages.describe(error))),
                          library=self.library, owner=self)

    def _show(self, asked: int, comparison: Comparison, names: tuple[str, str]) -> None:
        if asked != self._asked:
            return
        self.comparison = comparison
        first, second = (name[:20] for name in names)
        titles = (self.tr("Used more in 《{speech}》").format(speech=first),
                  self.tr("Shared terms (count in each)"),
                  self.tr("Used more in 《{speech}》").format(speech=second),
                  self.tr("Directives only in 《{speech}》 ({count})").format(
                      speech=first, count=len(comparison.first_directives)),
                  self.tr("Directives only in 《{speech}》 ({count})").format(
                      speech=second, count=len(comparison.second_directives)))
        for heading, title in zip(self.headings, titles, strict=True):
            heading.setText(f"<b>{title}</b>")
        self.first_terms.clear()
        self.first_terms.addItems([f"{k.term}  {k.count} : {k.elsewhere}"
                                   for k in comparison.first_only])
        self.second_terms.clear()
        self.second_terms.addItems([f"{k.term}  {k.elsewhere} : {k.count}"
                                    for k in comparison.second_only])
        self.shared_list.clear()
        self.shared_list.addItems([f"{term}  {a} : {b}" for term, a, b in comparison.shared])
        self.first_directives.clear()
        self.first_directives.addItems(comparison.first_directives)
        self.second_directives.clear()
        self.second_directives.addItems(comparison.second_directives)
        self.status.setText(self.tr("%n shared term(s); counts are 《{first}》 : 《{second}》", "",
                                    len(comparison.shared)).format(first=first, second=second))
