"""The window's tools over the whole library, each a dialog: export, compare two speeches,
review, tags. The window's dialogs are loaded when first opened: it starts without them."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt, Slot
from PySide6.QtWidgets import QApplication, QMainWindow

from db import Library
from desktop.common.writes import Writes
from desktop.library.library_pane import LibraryPane


class Tools(QObject):
    def __init__(self, library: Library, writes: Writes, library_pane: LibraryPane,
                 current: Callable[[], int | None], sync_cards: Callable[..., None],
                 window: QMainWindow, settings: QSettings, style: Callable[[], str]):
        """`style`: the citation style chosen (db/references.py STYLES)."""
        super().__init__(window)
        self.settings, self.style = settings, style
        self.library, self.writes, self.library_pane = library, writes, library_pane
        self.current, self.sync_cards, self.window = current, sync_cards, window

    @Slot()
    def export(self) -> None:
        from desktop.dialogs.export_dialog import ExportDialog
        dialog = ExportDialog(self.library, self.library_pane.selected_ids(), self.window,
                              self.settings, self.style())
        if dialog.exec() and dialog.written:
            self.window.statusBar().showMessage(
                self.tr("Exported to {file}").format(file=dialog.written), 8000)

    @Slot()
    def compare(self) -> None:
        """The two speeches selected in the library, or the open one and a choice."""
        chosen = self.library_pane.selected_ids()
        first = chosen[0] if chosen else self.current()
        second = chosen[1] if len(chosen) > 1 else None
        from desktop.dialogs.compare_dialog import CompareDialog
        CompareDialog(self.library, self.library.speeches.all(), first, second,
                      self.window).exec()

    @Slot()
    def review(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # key terms: a moment
        try:
            self.sync_cards(terms=True)
        finally:
            QApplication.restoreOverrideCursor()
        from desktop.dialogs.review_dialog import ReviewDialog
        ReviewDialog(self.library, self.writes, self.library.review.due_cards(),
                     self.window).exec()

    @Slot()
    def manage_tags(self) -> None:
        from desktop.dialogs.tag_manager import TagManager
        TagManager(self.library, self.writes, self.window).exec()
