"""Sorting and filtering of the library tree by text and by tag; groups stay while any of
their speeches match."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel

from desktop.library.library_model import FILTER_TEXT_ROLE, SPEECH_ID_ROLE, TAGS_ROLE


class LibraryFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._text = ""
        self._tag = ""
        self.setRecursiveFilteringEnabled(True)
        self.setSortLocaleAware(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange()

    def set_tag(self, tag: str) -> None:
        self.beginFilterChange()
        self._tag = tag
        self.endFilterChange()

    def filterAcceptsRow(self, row, parent) -> bool:
        if not self._text and not self._tag:
            return True  # nothing to filter: no need to look at 10,000 rows
        index = self.sourceModel().index(row, 0, parent)
        if index.data(SPEECH_ID_ROLE) is None:
            return False  # a group shows when one of its speeches does
        if self._tag and self._tag not in index.data(TAGS_ROLE):
            return False
        return not self._text or self._text in index.data(FILTER_TEXT_ROLE).casefold()
