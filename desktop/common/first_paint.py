"""Work that waits until a window has been painted once: whatever the library's size, the user
sees the window before anything else is done (the dictionary, the daily backup, the checks)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, work: list[Callable[[], None]]):
        super().__init__(window)
        self.window, self.work = window, work

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window() is self.window):
            self.app().removeEventFilter(self)
            for callback in self.work:  # each once the paint is on the screen
                QTimer.singleShot(0, callback)
        return False

    @staticmethod
    def app() -> QCoreApplication:
        app = QCoreApplication.instance()
        assert app is not None, "a window is painted only in a running application"
        return app


def after_first_paint(window: QWidget, *work: Callable[[], None]) -> None:
    """Call each of `work` once `window` (or any widget in it) has been painted."""
    _FirstPaint.app().installEventFilter(_FirstPaint(window, list(work)))
