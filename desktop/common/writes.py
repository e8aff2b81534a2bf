"""The one way the window writes to the library. A write runs the library call, catches a
LibraryError once (and says so, naming the file and the reason), and returns a Change that says
what it changed. Screens refresh from `changed` after the write has committed, never inside
it; a refresh that writes (making review cards) is a write of its own, and its failure is its
own message. Reads have their own operation: common/worker.py."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from db import Library, LibraryError
from desktop.common import messages
from desktop.common.worker import Job, run_with_progress

T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    """What a write changed, so that the screens showing it refresh."""
    speeches: bool = False  # speeches came, went or were updated: the library list, the tables
    annotations: frozenset[int] = field(default_factory=frozenset)  # speeches, by id
    speech_tags: frozenset[int] = field(default_factory=frozenset)  # speeches, by id
    tags: bool = False  # tag names or colours
    cards: bool = False  # review cards or their schedule
    focus: int | None = None  # the speech to show (undo and redo show where they act)
    cards_stay: bool = False  # only a highlight's colour, note or tags: no cards to make
    reopen: frozenset[int] = field(default_factory=frozenset)  # speeches, by id, whose fields or
    # mentions changed: shown again where they are read

    def __or__(self, other: Change) -> Change:
        return Change(self.speeches or other.speeches, self.annotations | other.annotations,
                      self.speech_tags | other.speech_tags, self.tags or other.tags,
                      self.cards or other.cards,
                      other.focus if other.focus is not None else self.focus,
                      self.cards_stay and other.cards_stay, self.reopen | other.reopen)

    @property
    def makes_cards(self) -> bool:
        """Highlights came, went or moved, or speeches did: review cards may be missing."""
        return self.speeches or self.cards or bool(self.annotations and not self.cards_stay)


def annotations_of(speech_id: int) -> Change:
    return Change(annotations=frozenset({speech_id}), focus=speech_id)


class Writes(QObject):
    changed = Signal(object)  # Change, after a write committed
    failed = Signal(object, object)  # the error, the Change the write would have made

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.window = parent

    def run(self, write: Callable[[], Any], change: Change,
            explain: Callable[[LibraryError], str] = messages.not_saved,
            title: str = "Not saved") -> Change | None:
        """Run `write`; the Change, or None when nothing of it could be saved."""
        try:
            write()
        except LibraryError as error:
            QMessageBox.warning(self.window, title, explain(error))
            self.failed.emit(error, change)
            return None
        self.changed.emit(change)
        return change

    def start(self, title: str, work: Callable[[Job], T], change: Callable[[T], Change],
              done: Callable[[T], object], failed: Callable[[BaseException], object],
              library: Library | None = None) -> Job:
        """A long write off the UI thread, with progress and cancel: `work(job)` runs on the
        thread pool; then, on the UI thread, `changed` is told `change(result)` and `done(result)`
        is called. An error the work raises goes to `failed`, and the screens show what the
        library holds (part of the work may be saved), as after any failed write: no card
        sync is attempted on a library that just refused a write."""
        def succeeded(result: T) -> None:
            self.changed.emit(change(result))
            done(result)

        def stopped(error: BaseException) -> None:
            self.failed.emit(error, Change(speeches=True))
            failed(error)
        return run_with_progress(self.window, title, work, succeeded, stopped, library)
