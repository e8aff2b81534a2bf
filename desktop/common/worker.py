"""The one way long work leaves the UI thread: a QThreadPool job with progress and cancel,
whose progress and result (or the exception that stopped it) arrive on the main thread. Work
never touches widgets. This is also how the window reads in the background; writes that take
long go through common/writes.py, which uses it."""
from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from contextlib import nullcontext, suppress
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from analysis import InputError
from db import Library, LibraryError, TargetError
from desktop.common.translate import translate

EXPECTED = (LibraryError, InputError, OSError, TargetError)  # said in words; no traceback
T = TypeVar("T")

_running: set[Job] = set()


class Job(QObject):
    """Lives on the main thread; its signals are emitted by the work's thread, so the slots
    (and the callbacks they call) run queued on the main thread."""
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception that stopped the work

    def __init__(self, work: Callable[[Job], Any], on_done: Callable[[Any], object],
                 on_error: Callable[[BaseException], object],
                 on_progress: Callable[[int, int, str], None] | None = None,
                 library: Library | None = None, owner: QObject | None = None):
        super().__init__()
        self._owner = owner
        self._work = work
        self._library = library
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._cancel = threading.Event()
        self.done = False
        self.dialog: QProgressDialog | None = None  # run_with_progress's
        self.progressed.connect(self._on_progressed)
        self.succeeded.connect(self._on_succeeded)
        self.failed.connect(self._on_failed)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, label: str = "") -> None:
        """Called by the work, from its thread."""
        self._emit(self.progressed, done, total, label)

    def run(self) -> None:
        """On the pool's thread. The work gets a connection of this thread's own to the
        library it names, closed when the work ends, whatever the way."""
        connection = self._library.thread_connection() if self._library else nullcontext()
        try:
            with connection:
                result = self._work(self)
        except Exception as error:  # handed to the UI, which says what happened
            if not isinstance(error, EXPECTED):
                traceback.print_exc()
            self._emit(self.failed, error)
        else:
            self._emit(self.succeeded, result)

    @staticmethod
    def _emit(signal: Any, *values: object) -> None:
        # RuntimeError: the job went with the application, which quit as the work ran; no one
        # is left to tell
        with suppress(RuntimeError):
            signal.emit(*values)

    @Slot(int, int, str)
    def _on_progressed(self, done: int, total: int, label: str) -> None:
        if self._on_progress is not None and not self.done:
            self._on_progress(done, total, label)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        if self._finish():
            self._on_done(result)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        if self._finish():
            self._on_error(error)

    def _finish(self) -> bool:
        """Whether the result is still wanted: not when its owner (a window, a dialog) was
        closed and deleted while the work ran."""
        self.done = True
        _running.discard(self)
        return self._owner is None or shiboken6.isValid(self._owner)


class _Runnable(QRunnable):
    def __init__(self, job: Job):
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job.run()


def run_in_background(work: Callable[[Job], T], on_done: Callable[[T], object],
                      on_error: Callable[[BaseException], object],
                      on_progress: Callable[[int, int, str], None] | None = None,
                      library: Library | None = None,
                      owner: QObject | None = None) -> Job:
    """Run `work(job)` on the thread pool, with a connection of its own to `library`. The
    result goes to `on_done` (or the error to `on_error`) only while `owner` still exists."""
    job = Job(work, on_done, on_error, on_progress, library, owner)
    _running.add(job)
    QThreadPool.globalInstance().start(_Runnable(job))
    return job


def run_with_progress(parent: QWidget, title: str, work: Callable[[Job], T],
                      on_done: Callable[[T], object],
                      on_error: Callable[[BaseException], object],
                      library: Library | None = None) -> Job:
    """run_in_background with a window-modal progress dialog whose Cancel cancels the job."""
    dialog = QProgressDialog(title, translate("Worker", "Cancel"), 0, 0, parent)
    cancel_button = QPushButton(translate("Worker", "Cancel"))
    cancel_button.setAutoDefault(False)  # Enter must not cancel a long import; Esc still does
    dialog.setCancelButton(cancel_button)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int, label: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(translate("Worker", "{title} {done} of {total}\n{file}").format(
            title=title, done=done, total=total, file=label) if label else title)

    def closing(callback: Callable[[Any], object]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            dialog.close()
            dialog.deleteLater()
            callback(value)
        return call

    job = run_in_background(work, closing(on_done), closing(on_error), progress, library,
                            owner=parent)

    def cancel() -> None:
        if not job.done:  # closing the dialog also emits canceled
            job.cancel()
            dialog.setLabelText(translate("Worker", "Cancelling after the current file or page…"))

    dialog.canceled.connect(cancel)
    job.dialog = dialog
    return job


def running() -> int:
    return len(_running)
