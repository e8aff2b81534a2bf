"""The one helper for work off the UI thread: progress, result and errors arrive on the UI
thread; cancel is asked for between steps; the work's connection to the library is its
thread's own, opened for the work and closed after it on that thread."""
import threading
import time

from PySide6.QtWidgets import QPushButton, QWidget
from shiboken6 import isValid

from db import WriteError
from desktop.common.worker import run_in_background, run_with_progress


def test_result_and_progress_arrive_on_the_ui_thread(qtbot, library, monkeypatch):
    seen, threads = [], []
    close = library.close
    monkeypatch.setattr(library, "close", lambda: (threads.append(
        ("closed", threading.current_thread(), library.db.is_closed())), close()))

    def work(job):
        threads.append(threading.current_thread())
        for step in range(3):
            job.report(step + 1, 3, f"step {step}")
        return len(library.speeches.all())  # on a connection of this thread's own

    job = run_in_background(work, lambda result: seen.append(("done", result,
                                                              threading.current_thread())),
                            lambda error: seen.append(error),
                            lambda done, total, label: seen.append((done, total)),
                            library=library)
    qtbot.waitUntil(lambda: job.done)
    assert seen[:3] == [(1, 3), (2, 3), (3, 3)]
    assert seen[3][:2] == ("done", 0) and seen[3][2] is threading.main_thread()
    worker = threads[0]
    assert worker is not threading.main_thread()
    assert threads[1] == ("closed", worker, False)  # the work's own connection, on its thread


def test_the_exception_itself_reaches_the_ui(qtbot):
    errors = []

    def work(job):
        raise WriteError("/l.sqlite", "read-only")
    job = run_in_background(work, lambda result: None, errors.append)
    qtbot.waitUntil(lambda: job.done)
    assert isinstance(errors[0], WriteError) and errors[0].reason == "read-only"


def test_a_result_is_not_delivered_to_an_owner_closed_meanwhile(qtbot):
    """The window (or dialog) that asked was deleted before the work finished: its callbacks
    would touch deleted widgets."""
    owner, seen = QWidget(), []
    release = threading.Event()
    job = run_in_background(lambda job: release.wait(5) and "late", seen.append, seen.append,
                            owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not isValid(owner))
    release.set()
    qtbot.waitUntil(lambda: job.done)
    assert seen == []
    kept = QWidget()
    job = run_in_background(lambda job: "on time", seen.append, seen.append, owner=kept)
    qtbot.waitUntil(lambda: job.done)
    assert seen == ["on time"]


def test_cancel_is_seen_by_the_work_and_the_dialog_closes(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    started, finished = threading.Event(), []

    def work(job):
        started.set()
        for _ in range(1000):
            if job.cancelled():
                return "stopped"
            time.sleep(0.01)
        return "never cancelled"
    job = run_with_progress(parent, "Working", work, finished.append, finished.append)
    started.wait(5)
    job.dialog.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: job.done)
    assert finished == ["stopped"]
    qtbot.waitUntil(lambda: not isValid(job.dialog))  # closed and deleted


def test_enter_in_the_progress_dialog_does_not_cancel(qtbot):
    from PySide6.QtCore import Qt
    parent = QWidget()
    qtbot.addWidget(parent)
    release, finished = threading.Event(), []

    def work(job):
        release.wait(10)
        return "cancelled" if job.cancelled() else "finished"
    job = run_with_progress(parent, "Importing", work, finished.append, finished.append)
    job.dialog.show()
    qtbot.waitExposed(job.dialog)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(job.dialog, key)
    assert not job.cancelled()
    release.set()
    qtbot.waitUntil(lambda: job.done)
    assert finished == ["finished"]


def test_work_that_ends_after_its_job_was_deleted_says_nothing(qtbot, capfd):
    # The application quit while the work ran: its job was deleted with it. The work's end
    # must not print "Signal source has been deleted" on the way out.
    import shiboken6

    from desktop.common.worker import Job
    job = Job(lambda job: job.report(1, 2) or 42, lambda result: None, lambda error: None)
    shiboken6.delete(job)
    job.run()
    assert "Traceback" not in capfd.readouterr().err
