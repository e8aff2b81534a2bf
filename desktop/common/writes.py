"""The one way the window writes to the library. A write runs a library call, catches a
LibraryError once (and says so, naming the file and the reason), and returns what the call
returned. What the write touched is read off that result after it committed (db/changes.py)
and announced as a Change; the screens refresh from it, never inside the write. A refresh
that writes (making review cards) is a write of its own, and its failure is its own message.
Reads have their own operation: common/worker.py."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from db import NOTHING, Library, LibraryError, Touched, touched_by
from desktop.common import messages
from desktop.common.translate import translate
from desktop.common.worker import Job, run_in_background, run_with_progress

T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    """What a write touched, with where the window should show it."""
    touched: Touched = field(default_factory=Touched)
    focus: int | None = None  # the speech to show (undo and redo show where they act)
    origin: object | None = None  # the pane that made the write and shows it already
    result: object = field(default=None, compare=False)  # what the write returned

    @property
    def makes_cards(self) -> bool:
        """Highlights came, went or moved, or speeches did: review cards may be missing."""
        return self.touched.cards or self.touched.listing


class Writes(QObject):
    changed = Signal(object)  # Change, after a write committed
    failed = Signal(object, object)  # the error, and the Change of what to show again

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.window = parent

    def run(self, write: Callable[[], T], *, focus: int | None = None,
            origin: object | None = None,
            explain: Callable[[LibraryError], str] = messages.not_saved,
            title: str | None = None) -> T | None:
        """Run `write`; its result, or None when nothing of it could be saved (then the
        speech `focus` is shown again as the library holds it)."""
        try:
            result = write()
        except LibraryError as error:
            QMessageBox.warning(self.window, title or translate("Writes", "Not saved"),
                                explain(error))
            self.failed.emit(error, _shown_again(focus, origin))
            return None
        self.changed.emit(Change(touched_by(result), focus, origin, result))
        return result

    def start(self, title: str, work: Callable[[Job], T], done: Callable[[T], object],
              failed: Callable[[BaseException], object],
              library: Library | None = None) -> Job:
        """A long write off the UI thread, with progress and cancel: `work(job)` runs on the
        thread pool; then, on the UI thread, `changed` is told what its result says it
        touched and `done(result)` is called. An error the work raises goes to `failed`, and
        the screens show what the library holds (part of the work may be saved), as after any
        failed write: no card sync is attempted on a library that just refused a write."""
        succeeded, stopped = self._announcing(done, failed)
        return run_with_progress(self.window, title, work, succeeded, stopped, library)

    def start_quietly(self, work: Callable[[Job], T], done: Callable[[T], object],
                      failed: Callable[[BaseException], object],
                      library: Library | None = None) -> Job:
        """As `start`, without the progress dialog: work the user did not ask for just now
        (an automatic sync)."""
        succeeded, stopped = self._announcing(done, failed)
        return run_in_background(work, succeeded, stopped, library=library, owner=self)

    def _announcing(self, done: Callable[[T], object],
                    failed: Callable[[BaseException], object]
                    ) -> tuple[Callable[[T], None], Callable[[BaseException], None]]:
        """`done` and `failed`, after the screens are told what to show again."""
        def succeeded(result: T) -> None:
            self.changed.emit(Change(touched_by(result), result=result))
            done(result)

        def stopped(error: BaseException) -> None:
            self.failed.emit(error, Change(Touched(listing=True)))
            failed(error)
        return succeeded, stopped


def _shown_again(focus: int | None, origin: object | None) -> Change:
    """After a failed write: the speech it was about, as the library holds it, in every pane
    (the one that started it too, which may show what it hoped to save)."""
    if focus is None:
        return Change(NOTHING)
    speech = frozenset({focus})
    return Change(Touched(rows=speech, annotations=speech, speech_tags=speech), focus)
