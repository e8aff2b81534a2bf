"""Start the desktop window on a library file."""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QLockFile, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from db import DamagedLibrary, Library, LibraryError, automatic_backups, restore
from desktop.common import messages
from desktop.common.translate import translate
from desktop.window.main_window import MainWindow


def settings_file() -> Path:
    return Path(user_config_dir("Yandu", appauthor=False)) / "desktop.ini"


def _offer_restore(db_path: Path, problem: str) -> Library | None:
    """The library file is damaged: offer the newest automatic backup in its place."""
    latest = next(iter(automatic_backups(db_path)), None)
    if latest is None:
        QMessageBox.critical(None, translate("App", "Yandu"), translate(
            "App", "{problem}\n\nThere is no automatic backup of it to restore. The file has "
            "not been changed.").format(problem=problem))
        return None
    taken = datetime.fromtimestamp(latest.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    answer = QMessageBox.question(None, translate("App", "Yandu"), translate(
        "App", "{problem}\n\nRestore the latest backup, taken {taken}?\n({file})\n\nThe "
        "damaged file is kept beside the library.").format(problem=problem, taken=taken,
                                                           file=latest))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        restore(latest, db_path)
        return Library(db_path)
    except LibraryError as error:
        QMessageBox.critical(None, translate("App", "Yandu"), translate(
            "App", "The backup could not be restored: {why}").format(
            why=messages.library_error(error)))
        return None


def lock_library(db_path: Path) -> QLockFile | None:
    """One window per library: a second would see the first one's changes only on restart,
    and undo in one could undo over the other. None (after saying so) when it is taken."""
    lock = QLockFile(f"{db_path}.lock")
    lock.setStaleLockTime(0)  # a lock left by a killed process is found dead by its pid
    if lock.tryLock(200):
        return lock
    pid, host, _ = lock.getLockInfo()
    QMessageBox.warning(None, translate("App", "Yandu"), translate(
        "App", "{file} is already open in another Yandu window (process {pid} on {host}). "
        "Switch to that window, or close it and start Yandu again.").format(
        file=db_path, pid=pid, host=host))
    return None


def run(db_path: Path, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Yandu")
    app.setApplicationDisplayName(translate("App", "研读 Yandu"))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = lock_library(db_path)
    if lock is None:
        return 2
    try:
        opened: Library | None = Library(db_path)
    except DamagedLibrary as error:
        opened = _offer_restore(db_path, messages.library_error(error))
    except LibraryError as error:
        QMessageBox.critical(None, translate("App", "Yandu"), messages.library_error(error))
        return 2
    if opened is None:
        return 2
    library = opened
    settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    window = MainWindow(library, settings)
    window.show()
    try:
        return app.exec()
    finally:
        library.close()
        lock.unlock()
