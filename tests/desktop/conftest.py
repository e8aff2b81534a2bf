import shutil

import pytest
from PySide6.QtCore import QSettings

from db import Library
from tests.conftest import TEXT_FILES


@pytest.fixture(scope="session", autouse=True)
def _english(qapp):
    """The window in English, as the app installs it (plural forms come from yandu_en.qm);
    tests/desktop/test_chinese.py installs Chinese for itself."""
    from desktop.common import language
    translators = language.install(qapp, "en")
    assert translators, "yandu_en.qm is missing: run `make translations`"
    yield
    language.uninstall(qapp, translators)


@pytest.fixture(autouse=True)
def _light_window(qapp):
    """A test that chose the dark theme leaves the next one the light window."""
    yield
    from desktop.common.themes import apply_to_application
    apply_to_application("light")


@pytest.fixture
def chinese(qapp):
    """The interface in Chinese for one test (Qt's, Yandu's, the catalogue, the locale)."""
    from PySide6.QtCore import QLocale

    from desktop.common import catalogue, language
    translators = language.install(qapp, "zh_CN")
    yield translators
    language.uninstall(qapp, translators)
    QLocale.setDefault(QLocale("en"))
    catalogue.use("en")


@pytest.fixture(scope="session")
def texts_library_file(tmp_path_factory, texts_dir):
    """The three files imported once (7 speeches); each test gets its own copy."""
    path = tmp_path_factory.mktemp("texts-library") / "library.sqlite"
    with Library(path) as library:
        results = list(library.importer.import_paths([texts_dir / name for name in TEXT_FILES]))
    assert [r.status for r in results] == ["imported"] * 3
    return path


@pytest.fixture
def texts_db(tmp_path, texts_library_file):
    path = tmp_path / "library.sqlite"
    shutil.copy(texts_library_file, path)
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
def window(windows, texts_db):
    return windows.open(texts_db)


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


REASONS = {"full disk": "the disk is full", "read-only": "the library file is read-only"}


def library_state(path):
    """Everything a user can change, as the file holds it (read by another connection)."""
    import sqlite3
    connection = sqlite3.connect(path)
    try:
        return {table: connection.execute(f"SELECT {columns} FROM {table} ORDER BY 1, 2")
                .fetchall() for table, columns in (
                    ("annotation", 'id, speech_id, start, "end", quote, color, note, orphan'),
                    ("annotation_tag", "annotation_id, tag_id"),
                    ("tag", "id, name, color"),
                    ("speech_tag", "speech_id, tag_id"),
                    ("speech", "id, deleted"),
                    ("card", "id, annotation_id, kind, due, interval, reps"))}
    finally:
        connection.close()


def longest(window_or_library):
    """The longest speech in the library (of a window, or a library)."""
    library = getattr(window_or_library, "library", window_or_library)
    return max(library.speeches.all(), key=lambda s: s.chars)


def select_text(qtbot, window, needle, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = window.reader.text().index(needle, start + 1)
    window.reader.select(start, start + len(needle))
    window.activateWindow()  # the import's progress dialog may have been the active window
    qtbot.waitUntil(window.isActiveWindow)
    window.reader.focus_text()
    qtbot.waitUntil(window.reader.view.hasFocus)
    return start, start + len(needle)


def _highlight_two(window):
    speech = window.library.speeches.all()[0]
    window.open_speech(speech.id)
    text = window.reader.text()
    window.annotating.highlight("yellow", (10, 30))
    window.annotating.highlight("blue", (40, 60))
    return speech, text


@pytest.fixture
def texts_library(texts_db):
    """The test library opened without a window."""
    with Library(texts_db) as library:
        yield library
