"""Start the desktop window on a library file."""
from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from db import Library, LibraryError
from desktop.main_window import MainWindow


def settings_file() -> Path:
    return Path(user_config_dir("Yandu", appauthor=False)) / "desktop.ini"


def run(db_path: Path, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Yandu")
    app.setApplicationDisplayName("研读 Yandu")
    try:
        library = Library(db_path)
    except LibraryError as error:
        QMessageBox.critical(None, "Yandu", str(error))
        return 2
    settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    window = MainWindow(library, settings)
    window.show()
    try:
        return app.exec()
    finally:
        library.close()
