"""The most distinctive terms of the open speech against the rest of the library, as bars;
worked out off the UI thread."""
from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db import Keyword, Library
from desktop.common import messages
from desktop.common.worker import run_in_background
from desktop.study.bar_chart import BarChart


class KeywordsPane(QWidget):
    compare_requested = Signal()

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.speech_id: int | None = None
        self.speech_title = ""
        self.keywords: list[Keyword] = []
        # whether the heading names the speech, and the keywords it counts (None: working)
        self._heading = False
        self._shown: list[Keyword] | None = None
        self._asked = 0
        self.title = QLabel(self.tr("Open a speech to see the terms that set it apart."))
        self.title.setWordWrap(True)
        self.compare_button = QPushButton(self.tr("Compare two speeches…"))
        self.chart = BarChart()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.compare_button.clicked.connect(self.compare_requested)

    def set_speech(self, speech_id: int | None, title: str = "") -> None:
        """Remember the speech; its keywords are worked out by reload()."""
        self.speech_id, self.speech_title = speech_id, title

    def retitle(self, title: str) -> None:
        """The open speech was renamed: its keywords stand, the heading follows the name."""
        self.speech_title = title
        if self._heading:
            self._show_title(self._shown)

    def _show_title(self, keywords: list[Keyword] | None) -> None:
        """The heading over the bars: the keywords found (None: still working them out)."""
        self._shown, self._heading = keywords, True
        if keywords is None:
            text = self.tr("《{speech}》: working out its keywords…")
        else:
            text = self.tr("《{speech}》: the %n term(s) it uses most beyond the rest of the "
                           "library (log-likelihood)", "", len(keywords))
        self.title.setText(text.format(speech=self.speech_title))

    @Slot()
    def reload(self) -> None:
        speech_id = self.speech_id
        self._asked += 1
        asked = self._asked
        self.chart.set_bars([])
        self._heading = False
        if speech_id is None:
            self.title.setText(self.tr("Open a speech to see the terms that set it apart."))
            return
        self._show_title(None)

        def done(keywords: list[Keyword]) -> None:
            if asked != self._asked:
                return
            self.keywords = keywords
            self.chart.set_bars([(k.term, k.score, self.tr("{here}× here, {elsewhere}× elsewhere")
                                  .format(here=k.count, elsewhere=k.elsewhere))
                                 for k in keywords])
            self._show_title(keywords)

        def failed(error: BaseException) -> None:
            if asked == self._asked:
                self._heading = False
                self.title.setText(self.tr("Keywords could not be worked out: {why}").format(
                    why=messages.describe(error)))
        run_in_background(lambda job: self.library.study.keywords(speech_id), done, failed,
                          library=self.library, owner=self)
