import shutil

import pytest
from PySide6.QtCore import QSettings

from db import Library

CORPUS_FILES = ("clean-single.txt", "compilation-5-titled.txt", "forum-page.txt")


@pytest.fixture(scope="session")
def corpus_library_file(tmp_path_factory, corpus_dir):
    """The three corpus files imported once; each test gets its own copy."""
    path = tmp_path_factory.mktemp("corpus-library") / "library.sqlite"
    with Library(path) as library:
        results = list(library.importer.import_paths([corpus_dir / name for name in CORPUS_FILES]))
    assert [r.status for r in results] == ["imported"] * 3
    return path


@pytest.fixture(scope="session")
def corpus_dir():
    from tests.conftest import CORPUS
    assert CORPUS.is_dir(), f"the shared corpus is missing at {CORPUS}"
    return CORPUS


@pytest.fixture
def corpus_db(tmp_path, corpus_library_file):
    path = tmp_path / "library.sqlite"
    shutil.copy(corpus_library_file, path)
    return path


class Windows:
    """Opens main windows on a library file the way the app does, and closes them."""

    def __init__(self, qtbot, tmp_path):
        self.qtbot = qtbot
        self.settings_path = tmp_path / "desktop.ini"
        self.open_windows = []

    def open(self, db):
        from desktop.window.main_window import MainWindow
        library = Library(db)
        settings = QSettings(str(self.settings_path), QSettings.Format.IniFormat)
        window = MainWindow(library, settings)
        self.open_windows.append(window)
        window.show()
        self.qtbot.waitExposed(window)
        window.activateWindow()
        # unless a job's progress dialog opened over it at once
        self.qtbot.waitUntil(lambda: window.isActiveWindow() or window.importing.job is not None)
        return window

    def close(self, window):
        window.close()
        window.library.close()
        self.open_windows.remove(window)
        window.deleteLater()

    def wait_for_job(self, window, timeout=60000):
        self.qtbot.waitUntil(lambda: window.importing.job is not None and window.importing.job.done, timeout=timeout)


@pytest.fixture
def windows(qtbot, tmp_path):
    helper = Windows(qtbot, tmp_path)
    yield helper
    for window in list(helper.open_windows):
        helper.close(window)


@pytest.fixture
def window(windows, corpus_db):
    return windows.open(corpus_db)


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    """A static QMessageBox call in a test would block; record them instead."""
    from PySide6.QtWidgets import QMessageBox
    calls = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda parent, title, text, *rest, _name=name: calls.append((_name, title, text))
            or QMessageBox.StandardButton.Ok))
    return calls


def type_text(widget, text):
    """Type as a Chinese input method does: one committed string (QTest only knows ASCII)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
