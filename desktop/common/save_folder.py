"""Where a Save dialog opens: the folder the user last saved into, else their Documents folder
(not the folder the program was started from). Remembered in the window's settings."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

KEY = "save/folder"
_settings: list[QSettings] = []  # the window's, once it exists


def use(settings: QSettings) -> None:
    _settings[:] = [settings]


def documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def suggested(name: str) -> str:
    """The path a Save dialog offers for a file called `name`."""
    last = str(_settings[0].value(KEY, "")) if _settings else ""
    folder = Path(last) if last and Path(last).is_absolute() and Path(last).is_dir() \
        else documents()
    return str(folder / name)


def remember(path: str) -> None:
    """A file was saved at `path`: the next Save dialog opens in its folder."""
    if _settings and path:
        _settings[0].setValue(KEY, str(Path(path).parent))
