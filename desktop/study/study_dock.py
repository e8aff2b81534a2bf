"""The study dock under the reader: search, directives, figures, formulas and keywords across
the library. A tab reloads when it is shown after the library changed."""
from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QTabWidget, QToolButton

from db import Library
from desktop.study.formulas_pane import FormulasPane
from desktop.study.keywords_pane import KeywordsPane
from desktop.study.mention_pane import MentionPane
from desktop.study.search_pane import SearchPane


class Reloads(Protocol):
    def reload(self) -> None: ...


class StudyDock(QDockWidget):
    open_requested = Signal(int, int, int)  # speech id, start, end
    compare_requested = Signal()

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Study"))
        self.setObjectName("study-dock")
        self.search = SearchPane(library)
        self.directives = MentionPane(library, "directive")
        self.figures = MentionPane(library, "figure")
        self.formulas = FormulasPane(library)
        self.keywords = KeywordsPane(library)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for pane, title in ((self.search, self.tr("Search")),
                            (self.directives, self.tr("Directives")),
                            (self.figures, self.tr("Figures")),
                            (self.formulas, self.tr("提法 Formulas")),
                            (self.keywords, self.tr("Keywords"))):
            self.tabs.addTab(pane, title)
        for pane in (self.search, self.directives, self.figures, self.formulas):
            pane.open_requested.connect(self.open_requested)
        self.setWidget(self.tabs)
        self._stale = {self.directives, self.figures, self.formulas, self.keywords}
        self._hidden_while_empty = False
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.keywords.compare_requested.connect(self.compare_requested)
        self.visibilityChanged.connect(self._on_visibility)

    def add_corner_action(self, action: QAction) -> None:
        """A button beside the tabs for one of the window's actions (the one that gives the
        panel the whole window: pressed while it has it)."""
        button = QToolButton()
        button.setDefaultAction(action)
        self.tabs.setCornerWidget(button, Qt.Corner.TopRightCorner)

    @Slot(bool)
    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self._on_tab_changed(self.tabs.currentIndex())

    def show_tab(self, pane) -> None:
        self.show()
        self.raise_()
        self.tabs.setCurrentWidget(pane)
        self._on_tab_changed(self.tabs.currentIndex())
        if pane is self.search:
            self.search.query_edit.setFocus()
            self.search.query_edit.selectAll()

    def speech_opened(self, speech_id: int | None, title: str) -> None:
        if speech_id != self.keywords.speech_id:
            self.keywords.set_speech(speech_id, title)
            self._reload_when_shown({self.keywords})
        elif title != self.keywords.speech_title:
            self.keywords.retitle(title)

    def set_selection(self, speech_ids: list[int]) -> None:
        """The speeches selected in the library pane (the tables can show only those)."""
        self.directives.set_selection(speech_ids)
        self.figures.set_selection(speech_ids)

    def library_changed(self, tags: list[str], empty: bool = False) -> None:
        """Speeches came or went: tables reload the next time they are shown. An empty library
        shows the welcome panel alone; the dock comes back with the first speeches."""
        if empty and not self.isHidden():
            self.hide()
            self._hidden_while_empty = True
        elif not empty and self._hidden_while_empty:
            self.show()
            self._hidden_while_empty = False
        self._reload_when_shown({self.directives, self.figures, self.formulas, self.keywords})
        for pane in (self.directives, self.figures):
            pane.set_tags(tags)

    def _reload_when_shown(self, panes: set) -> None:
        self._stale |= panes
        if self.isVisible():
            self._on_tab_changed(self.tabs.currentIndex())

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        pane = self.tabs.widget(index)
        if pane in self._stale and self.isVisible():
            self._stale.discard(pane)
            cast(Reloads, pane).reload()

