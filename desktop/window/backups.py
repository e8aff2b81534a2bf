"""Backups from the window: File ▸ Back up…, Restore…, Automatic backups…, and the daily copy
taken once the window is up."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from db import Library
from desktop.common import messages
from desktop.common.worker import run_in_background, run_with_progress
from desktop.common.writes import Writes
from desktop.window.importing import Importing
from desktop.window.session import Session


class Backups(QObject):
    def __init__(self, library: Library, writes: Writes, session: Session, importing: Importing,
                 window: QMainWindow):
        super().__init__(window)
        self.library, self.writes, self.session, self.importing, self.window = (
            library, writes, session, importing, window)

    def library_filter(self) -> str:
        return self.tr("Yandu library (*.sqlite)")

    def status(self, text: str, timeout: int = 8000) -> None:
        self.window.statusBar().showMessage(text, timeout)

    @Slot()
    def back_up(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Back up the library"),
            str(Path.home() / f"研读-{stamp}.sqlite"), self.library_filter())
        if not path:
            return
        run_with_progress(self.window, self.tr("Backing up…"),
                          lambda job: self.library.backups.copy_to(path),
                          lambda target: self.status(self.tr("Backed up to {file}").format(
                              file=target)),
                          lambda error: QMessageBox.warning(self.window, self.tr("Back up"),
                                                            messages.describe(error)),
                          library=self.library)

    @Slot()
    def restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore the library from a backup"),
            str(self.library.backups.folder()),
            self.library_filter() + ";;" + self.tr("All files (*)"))
        if not path:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Restore"), self.tr(
                "Replace the whole library with {file}?\n\nEverything added since that backup "
                "is replaced; the current file is kept beside the library as a copy.").format(
                file=Path(path).name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.importing.cancel()
        QThreadPool.globalInstance().waitForDone()  # every worker closes its connection
        # Through the write boundary: the window shows the restored library from what it says.
        done = self.writes.run(lambda: self.library.backups.restore_from(path),
                               explain=messages.library_error, title=self.tr("Restore"))
        if done is None:
            return
        restored = Path(path).name
        self.status(self.tr("Restored from {file}; the replaced file is kept as {kept}").format(
            file=restored, kept=done.kept.name) if done.kept else
            self.tr("Restored from {file}").format(file=restored), 10000)

    @Slot()
    def choose_kept(self) -> None:
        keep, ok = QInputDialog.getInt(
            self.window, self.tr("Automatic backups"), self.tr(
                "Yandu copies the library once a day and before each update into\n{folder}\n\n"
                "Backups to keep:").format(folder=self.library.backups.folder()),
            self.session.backups_kept, 1, 100)
        if ok:
            self.session.backups_kept = keep

    @Slot()
    def daily(self) -> None:
        keep = self.session.backups_kept
        run_in_background(lambda job: self.library.backups.daily(keep), self._on_daily,
                          lambda error: self.status(self.tr("The daily backup failed: {why}")
                                                    .format(why=messages.describe(error)), 10000),
                          library=self.library, owner=self)

    def _on_daily(self, path: Path | None) -> None:
        if path is not None:
            self.status(self.tr("Daily backup saved: {file}").format(file=path.name), 4000)
