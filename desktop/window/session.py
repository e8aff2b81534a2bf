"""What the window remembers between runs (QSettings): its geometry and panes, the text size,
the hidden layers, the last speech and the place in it, the import folder, how many automatic
backups to keep."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from db import KEEP
from desktop.common.style import DEFAULT_FONT_SIZE


class Session:
    def __init__(self, settings: QSettings):
        self.settings = settings

    def restore_window(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        for key, restore in (("window/geometry", window.restoreGeometry),
                             ("window/state", window.restoreState)):
            value = self.settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        for name, splitter in splitters.items():
            value = self.settings.value(f"window/{name}")
            if isinstance(value, QByteArray):
                splitter.restoreState(value)

    def save_window(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        self.settings.setValue("window/geometry", window.saveGeometry())
        self.settings.setValue("window/state", window.saveState())
        for name, splitter in splitters.items():
            self.settings.setValue(f"window/{name}", splitter.saveState())
        self.settings.sync()

    @property
    def font_size(self) -> int:
        return int(self.settings.value("reader/font_size", DEFAULT_FONT_SIZE, int))

    @font_size.setter
    def font_size(self, size: int) -> None:
        self.settings.setValue("reader/font_size", size)

    @property
    def hidden_layers(self) -> set[str]:
        return set(self.settings.value("reader/hidden_layers", [], list) or [])

    @hidden_layers.setter
    def hidden_layers(self, layers: set[str]) -> None:
        self.settings.setValue("reader/hidden_layers", sorted(layers))

    def last_place(self) -> tuple[int | None, int]:
        """The speech open when the window last closed, and the offset at the top."""
        speech = self.settings.value("reader/last_speech", None, int)
        return speech, int(self.settings.value("reader/offset", 0, int))

    def remember_place(self, speech_id: int, offset: int) -> None:
        self.settings.setValue("reader/last_speech", speech_id)
        self.settings.setValue("reader/offset", offset)

    @property
    def import_folder(self) -> str:
        return str(self.settings.value("import/folder", str(Path.home())))

    @import_folder.setter
    def import_folder(self, folder: str) -> None:
        self.settings.setValue("import/folder", folder)

    @property
    def backups_kept(self) -> int:
        return int(self.settings.value("backup/keep", KEEP, int))

    @backups_kept.setter
    def backups_kept(self, count: int) -> None:
        self.settings.setValue("backup/keep", count)
