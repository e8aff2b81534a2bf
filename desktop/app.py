"""Start the desktop window on a library file."""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from db import DamagedLibrary, Library, LibraryError, automatic_backups, restore
from desktop.common import language, messages, style, system_check
from desktop.common.catalogue import _
from desktop.common.formats import moment_text
from desktop.common.translate import translate
from desktop.window.main_window import MainWindow
from resources import icon_path


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
    taken = moment_text(datetime.fromtimestamp(latest.stat().st_mtime))
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


SWITCH_WAIT_MS = 15000  # for the window that closes when another library is opened from it


def lock_library(db_path: Path, wait_ms: int = 200) -> QLockFile | None:
    """One window per library: a second would see the first one's changes only on restart,
    and undo in one could undo over the other. None (after saying so) when it is taken."""
    lock = QLockFile(f"{db_path}.lock")
    lock.setStaleLockTime(0)  # a lock left by a killed process is found dead by its pid
    if lock.tryLock(wait_ms):
        return lock
    pid, host, _ = lock.getLockInfo()
    QMessageBox.warning(None, translate("App", "Yandu"), translate(
        "App", "{file} is already open in another Yandu window (process {pid} on {host}). "
        "Switch to that window, or close it and start Yandu again.").format(
        file=db_path, pid=pid, host=host))
    return None


def _report_start(window: MainWindow, app: QApplication) -> None:
    titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
    qt_own = QCoreApplication.translate("QPlatformTheme", "Cancel")  # from qtbase_<lang>.qm
    print(window.windowTitle(), "|", " ".join(titles), "|", qt_own, flush=True)
    app.quit()


def run(db_path: Path, argv: list[str] | None = None, check_start: bool = False,
        switching: bool = False) -> int:
    """The window on the library at `db_path`. With `check_start`, the window is shown, its
    menu titles and Qt's own word for Cancel printed on one line, and the application quits
    (the desktop build's test). `switching`: started from File ▸ Open library by a window
    that is closing, so its lock may be held a moment longer."""
    findings, can_start = system_check.choose_platform()
    for finding in findings:
        print(f"yandu: {system_check.line(finding)}", file=sys.stderr)
    if not can_start:
        print("yandu: " + _("The window cannot start: see the lines above."),
              file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    if not style.chinese_font_installed():
        print(f"yandu: {system_check.line(system_check.NO_FONT)}", file=sys.stderr)
    app.setApplicationName("Yandu")
    settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    translators = language.install(app, language.chosen(settings))
    app.setApplicationDisplayName(translate("App", "研读 Yandu"))
    app.setWindowIcon(QIcon(str(icon_path())))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = lock_library(db_path, SWITCH_WAIT_MS if switching else 200)
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
    window = MainWindow(library, settings)
    window.show()
    if check_start:
        QTimer.singleShot(0, lambda: _report_start(window, app))
    try:
        return app.exec()
    finally:
        library.close()
        lock.unlock()
        language.uninstall(app, translators)
