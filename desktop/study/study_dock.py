"""The study dock under the reader: search, directives, figures, formulas and keywords across
the library. A tab reloads when it is shown after the library changed."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QTabWidget, QToolButton

from db import Library

if TYPE_CHECKING:  # imported with the tabs, when they are made
    from desktop.study.formulas_pane import FormulasPane
    from desktop.study.keywords_pane import KeywordsPane
    from desktop.study.mention_pane import MentionPane
    from desktop.study.search_pane import SearchPane


class Reloads(Protocol):
    def reload(self) -> None: ...


def _tab(index: int) -> Any:
    """The pane of the dock's tab at `index`, the tabs made first if they are not yet."""
    return property(lambda dock: dock.tabs.widget(index))


class StudyDock(QDockWidget):
    """Its tabs are made the first time it is shown or one of them is asked for: the panel is
    hidden at start-up unless it was open last time, and importing and making them before the
    window's first paint took 10-20 ms. What the tabs are told before then waits for them."""
    open_requested = Signal(int, int, int)  # speech id, start, end
    compare_requested = Signal()

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Study"))
        self.setObjectName("study-dock")
        self.library = library
        self._tabs: QTabWidget | None = None
        self._corner: QAction | None = None
        self._speech: tuple[int | None, str] = (None, "")
        self._selection: list[int] | None = None
        self._tags: list[str] | None = None
        self._stale: set = set()
        self._hidden_while_empty = False
        self.visibilityChanged.connect(self._on_visibility)

    # The tabs, made when first needed

    @property
    def tabs(self) -> QTabWidget:
        return self._tabs if self._tabs is not None else self._make_tabs()

    search: SearchPane = _tab(0)
    directives: MentionPane = _tab(1)
    figures: MentionPane = _tab(2)
    formulas: FormulasPane = _tab(3)
    keywords: KeywordsPane = _tab(4)

    def _make_tabs(self) -> QTabWidget:
        from desktop.study.formulas_pane import FormulasPane
        from desktop.study.keywords_pane import KeywordsPane
        from desktop.study.mention_pane import MentionPane
        from desktop.study.search_pane import SearchPane
        search, directives = SearchPane(self.library), MentionPane(self.library, "directive")
        figures, formulas = MentionPane(self.library, "figure"), FormulasPane(self.library)
        keywords = KeywordsPane(self.library)
        tabs = self._tabs = QTabWidget(self)
        tabs.setDocumentMode(True)
        for pane, title in ((search, self.tr("Search")), (directives, self.tr("Directives")),
                            (figures, self.tr("Figures")),
                            (formulas, self.tr("提法 Formulas")),
                            (keywords, self.tr("Keywords"))):
            tabs.addTab(pane, title)
        for pane in (search, directives, figures, formulas):
            pane.open_requested.connect(self.open_requested)
        keywords.compare_requested.connect(self.compare_requested)
        if self._corner is not None:
            self._add_corner(self._corner)
        if self._speech[0] is not None:
            keywords.set_speech(*self._speech)
        for pane in (directives, figures):
            if self._selection is not None:
                pane.set_selection(self._selection)
            if self._tags is not None:
                pane.set_tags(self._tags)
        self._stale = {directives, figures, formulas, keywords}
        self.setWidget(tabs)
        tabs.currentChanged.connect(self._on_tab_changed)
        return tabs

    def setVisible(self, visible: bool) -> None:
        if visible and self._tabs is None:  # made before the window lays the panel out
            self._make_tabs()
        super().setVisible(visible)

    def showEvent(self, event) -> None:
        if self._tabs is None:  # shown with the window, without being shown itself
            self._make_tabs()
        super().showEvent(event)

    def add_corner_action(self, action: QAction) -> None:
        """A button beside the tabs for one of the window's actions (the one that gives the
        panel the whole window: pressed while it has it)."""
        if self._tabs is None:
            self._corner = action
        else:
            self._add_corner(action)

    def _add_corner(self, action: QAction) -> None:
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
        self._speech = (speech_id, title)
        if self._tabs is None:
            return
        if speech_id != self.keywords.speech_id:
            self.keywords.set_speech(speech_id, title)
            self._reload_when_shown({self.keywords})
        elif title != self.keywords.speech_title:
            self.keywords.retitle(title)

    def set_selection(self, speech_ids: list[int]) -> None:
        """The speeches selected in the library pane (the tables can show only those)."""
        self._selection = speech_ids
        if self._tabs is not None:
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
        self._tags = tags
        if self._tabs is None:
            return
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

