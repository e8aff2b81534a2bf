"""Search across the library: a query box, a concordance of the hits grouped by speech, and
Enter or double-click to open a speech at a hit. The search runs off the UI thread."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import Library, SearchResults
from desktop.common import messages
from desktop.common.translate import QT_TRANSLATE_NOOP
from desktop.common.worker import Job, run_in_background
from desktop.study.concordance_view import ConcordanceView

HELP = QT_TRANSLATE_NOOP("SearchPane", "Words are all required · \"exact phrase\" · -word "
                         "leaves out · a OR b · speaker:李 · tag:安全 · "
                         "kind:directive|figure|annotation · date:2016..2018")


class SearchPane(QWidget):
    open_requested = Signal(int, int, int)  # speech id, start, end

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.job: Job | None = None
        self.results: SearchResults | None = None
        self._asked = 0  # the newest request; older answers are dropped
        # past the ranked matches a page comes uncounted: the query counted in the background
        self._counted: tuple[str, int] | None = None
        self.count_job: Job | None = None
        self._counting = ""  # the query count_job counts
        self._count_asked = 0  # the newest count asked for; older answers are dropped
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(self.tr("Search the library — {help}").format(
            help=self.tr(HELP)))
        self.query_edit.setToolTip(self.tr(HELP))
        self.query_edit.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("Search"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.view = ConcordanceView()
        self.model = self.view.concordance
        self.more_button = QPushButton(self.tr("More results"))
        self.more_button.hide()

        top = QHBoxLayout()
        top.addWidget(self.query_edit, 1)
        top.addWidget(self.search_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.query_edit.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self._on_button)
        stop = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.query_edit)
        stop.setContext(Qt.ShortcutContext.WidgetShortcut)
        stop.activated.connect(self.stop)
        self.more_button.clicked.connect(self._on_more)
        self.view.activated.connect(self._on_activated)

    def set_query(self, text: str) -> None:
        self.query_edit.setText(text)
        self.search()

    @Slot()
    def search(self) -> None:
        self.model.set_groups([])
        self.results = None
        self._counted = None  # the library may have changed since
        self._count_asked += 1  # a count running now is of the library as it was
        if self.count_job is not None:
            self.count_job.cancel()
            self.count_job = None
        self._run(self.query_edit.text(), 0)

    def searching(self) -> bool:
        return self.job is not None and not self.job.done

    @Slot()
    def _on_button(self) -> None:
        self.stop() if self.searching() else self.search()

    @Slot()
    def stop(self) -> None:
        """Stop the running search; what it found so far stays."""
        if self.searching():
            assert self.job is not None
            self.job.cancel()
            self.status.setText(self.tr("Stopping…"))

    @Slot()
    def _on_more(self) -> None:
        if self.results is not None and self.results.next_offset is not None:
            self._run(self.results.query, self.results.next_offset)

    def _run(self, text: str, offset: int) -> None:
        if self.job is not None:
            self.job.cancel()  # its answer would be dropped anyway
        self._asked += 1
        asked = self._asked
        self.status.setText(self.tr("Searching… (Esc stops)"))
        self.more_button.setEnabled(False)
        self.search_button.setText(self.tr("Stop"))
        self.job = run_in_background(
            lambda job: self.library.search.find(text, offset=offset, cancelled=job.cancelled),
            lambda results: self._on_results(asked, offset, results),
            lambda error: self._on_failed(asked, error),
            library=self.library, owner=self)

    def _on_results(self, asked: int, offset: int, results: SearchResults) -> None:
        if asked != self._asked:
            return
        self.search_button.setText(self.tr("Search"))
        self.results = results
        if not results.counted:
            if self._counted is not None and self._counted[0] == results.query:
                results.speeches, results.counted = self._counted[1], True
            else:
                self._count(results.query)
        self.view.show_groups(results.groups, append=True)
        if offset == 0 and self.model.groups:
            first = self.model.index(0, 0)
            self.view.setCurrentIndex(self.model.index(0, 0, first) if self.model.rowCount(first)
                                      else first)
        self.more_button.setVisible(results.next_offset is not None)
        self.more_button.setEnabled(True)
        self._show_summary()

    def _show_summary(self) -> None:
        results = self.results
        assert results is not None
        summary = messages.search_summary(
            sum(len(group.hits) for group in self.model.groups), len(self.model.groups),
            results.speeches, complete=results.next_offset is None, listing=results.listing,
            counted=results.counted)
        stopped = [self.tr("stopped: the speeches after these were not searched")] \
            if results.cancelled else []
        self.status.setText("  ·  ".join([summary, *stopped,
                                          *map(messages.search_note, results.notes)]))

    def _count(self, text: str) -> None:
        """How many speeches match, counted after the first page is shown (once: a page
        after it, asked for while it counts, takes its answer too)."""
        if self.count_job is not None and not self.count_job.done:
            if self._counting == text:
                return
            self.count_job.cancel()  # its answer is of another query, and is dropped
        self._count_asked += 1
        asked, self._counting = self._count_asked, text
        self.count_job = run_in_background(
            lambda job: self.library.search.count(text, job.cancelled),
            lambda total: self._on_counted(asked, text, total),
            lambda error: None,  # the line keeps saying "at least", which is still true
            library=self.library, owner=self)

    def _on_counted(self, asked: int, text: str, total: int | None) -> None:
        if asked != self._count_asked or total is None:  # asked before the search shown now
            return
        self._counted = text, total
        if self.results is not None and self.results.query == text and not self.results.counted:
            self.results.speeches, self.results.counted = total, True
            if not self.searching():  # else the page on its way is told the count
                self._show_summary()

    def _on_failed(self, asked: int, error: BaseException) -> None:
        if asked == self._asked:
            self.search_button.setText(self.tr("Search"))
            self.status.setText(self.tr("The search stopped with an error: {why}").format(
                why=messages.describe(error)))
            self.more_button.setEnabled(True)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        place = self.model.place(index)
        if place is not None:
            self.open_requested.emit(*place)
