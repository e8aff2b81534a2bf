"""File ▸ Open library… and File ▸ Recent libraries: another library file opens in a Yandu of
its own (each library is held by one window, its lock says so), and this window closes."""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow

RECENT = "library/recent"
KEEP_RECENT = 8


class Libraries(QObject):
    def __init__(self, settings: QSettings, current: Path, window: QMainWindow):
        super().__init__(window)
        self.settings, self.current, self.window = settings, current.resolve(), window
        self.recent = [path for path in self._remembered() if path != self.current]
        self.settings.setValue(RECENT, [str(path) for path in
                                        [self.current, *self.recent][:KEEP_RECENT]])

    def _remembered(self) -> list[Path]:
        value = self.settings.value(RECENT, [], list)
        return [Path(item).resolve() for item in value if isinstance(item, str) and item] \
            if isinstance(value, list) else []

    def recent_actions(self) -> dict[str, QAction]:
        """recent-<n>: the other libraries opened lately, newest first (for the File menu)."""
        actions = {}
        for number, path in enumerate(self.recent[:KEEP_RECENT - 1]):
            action = QAction(f"&{number + 1} {path.name} — {path.parent}", self)
            action.setToolTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(partial(self.switch_to, path))
            actions[f"recent-{number}"] = action
        if not actions:
            none = QAction(self.tr("(none yet)"), self)
            none.setEnabled(False)
            actions["recent-none"] = none
        return actions

    def choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Open or create a library"), str(self.current.parent),
            self.tr("Yandu library (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.switch_to(Path(path))

    def switch_to(self, path: Path) -> None:
        """Start Yandu on `path`, then close this window (which saves everything)."""
        if path.resolve() == self.current:
            return
        program, arguments = yandu_command()
        if QProcess.startDetached(program, [*arguments, "--db", str(path), "--switching"])[0]:
            self.window.close()
        else:
            self.window.statusBar().showMessage(
                self.tr("Yandu could not be started on {file}.").format(file=path), 8000)


def yandu_command() -> tuple[str, list[str]]:
    """How to start Yandu again: the desktop build runs itself, a checkout its module."""
    if getattr(sys, "frozen", False):
        return sys.executable, []
    return sys.executable, ["-m", "desktop"]
