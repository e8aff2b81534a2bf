"""Backups from the window: File ▸ Back up…, Restore…, Automatic backups…, and the daily copy
taken once the window is up."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from db import Library, LibraryError
from desktop.common import messages
from desktop.common.worker import run_in_background, run_with_progress
from desktop.window.importing import Importing
from desktop.window.session import Session

LIBRARY_FILTER = "Yandu library (*.sqlite)"


class Backups(QObject):
    restored = Signal()  # the library was replaced: everything shown is out of date

    def __init__(self, library: Library, session: Session, importing: Importing,
                 window: QMainWindow):
        super().__init__(window)
        self.library, self.session, self.importing, self.window = (library, session, importing,
                                                                    window)

    def status(self, text: str, timeout: int = 8000) -> None:
        self.window.statusBar().showMessage(text, timeout)

    @Slot()
    def back_up(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d")
        path, _ = QFileDialog.getSaveFileName(
            self.window, "Back up the library", str(Path.home() / f"研读-{stamp}.sqlite"),
            LIBRARY_FILTER)
        if not path:
            return
        run_with_progress(self.window, "Backing up…",
                          lambda job: self.library.backups.copy_to(path),
                          lambda target: self.status(f"Backed up to {target}"),
                          lambda error: QMessageBox.warning(self.window, "Back up",
                                                            messages.describe(error)),
                          cleanup=self.library.close)

    @Slot()
    def restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Restore the library from a backup", str(self.library.backups.folder()),
            f"{LIBRARY_FILTER};;All files (*)")
        if not path:
            return
        answer = QMessageBox.question(
            self.window, "Restore", f"Replace the whole library with {Path(path).name}?\n\n"
            "Everything added since that backup is replaced; the current file is kept beside "
            "the library as a copy.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.importing.cancel()
        QThreadPool.globalInstance().waitForDone()  # every worker closes its connection
        try:
            kept = self.library.backups.restore_from(path)
        except LibraryError as error:
            QMessageBox.warning(self.window, "Restore", messages.library_error(error))
            return
        self.restored.emit()
        self.status(f"Restored from {Path(path).name}"
                    + (f"; the replaced file is kept as {kept.name}" if kept else ""), 10000)

    @Slot()
    def choose_kept(self) -> None:
        keep, ok = QInputDialog.getInt(
            self.window, "Automatic backups", "Yandu copies the library once a day and before "
            f"each update into\n{self.library.backups.folder()}\n\nBackups to keep:",
            self.session.backups_kept, 1, 100)
        if ok:
            self.session.backups_kept = keep

    @Slot()
    def daily(self) -> None:
        keep = self.session.backups_kept
        run_in_background(lambda job: self.library.backups.daily(keep), self._on_daily,
                          lambda error: self.status("The daily backup failed: "
                                                    + messages.describe(error), 10000),
                          cleanup=self.library.close)

    def _on_daily(self, path: Path | None) -> None:
        if path is not None:
            self.status(f"Daily backup saved: {path.name}", 4000)
