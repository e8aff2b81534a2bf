"""Sync from the window: Tools ▸ Sync… and Sync now, the status bar's sync label, and the
automatic syncs (once the window is up, every few minutes while changes wait, and at close,
for a few seconds at most: what is not sent then stays in the library's outbox for the next
time). A sync runs off the UI thread; the window refreshes from what its report touched.

The WebDAV password and the passphrase come from the system keyring, or, where there is none,
from what was typed this session, kept in memory only."""
from __future__ import annotations

import math
import time
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

import db
from db import Library, TargetError
from desktop.common import messages
from desktop.common.worker import Job, run_in_background
from desktop.common.writes import Writes

if TYPE_CHECKING:
    from db import SyncReport, SyncSetup, SyncStatus

EVERY_MS = 5 * 60 * 1000  # an automatic sync this often while changes wait
STATUS_AFTER_MS = 2000  # the waiting changes counted this long after the last write
AT_CLOSE_S = 5.0  # how long closing waits for a sync


@dataclass
class _Shown:
    """What the label says: a state ("synced", "waiting", "offline", "error", "syncing",
    "locked": the secrets are not at hand), the changes waiting, why, and the last sync."""
    state: str = ""
    waiting: int = 0
    why: str = ""
    last: datetime | None = None


class Syncing(QObject):
    def __init__(self, library: Library, writes: Writes, window: QMainWindow):
        super().__init__(window)
        self.library, self.writes, self.window = library, writes, window
        self.label = QLabel()
        self.label.setContentsMargins(16, 0, 0, 0)  # apart from the counts beside it
        self.label.hide()  # until the library syncs
        window.statusBar().addPermanentWidget(self.label)
        self.setup: SyncSetup | None = None
        self.memory: dict[str, str] = {}  # secrets typed this session, without a keyring
        self.kept: dict[str, str] = {}  # read from the keyring once (a D-Bus call each time)
        self.job: Job | None = None
        self.shown = _Shown()
        self._deadline = math.inf  # past it, a sync stops after the file it is at
        self._starting = False  # the sync at start waits for the first count
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self._every)
        self.counting = QTimer(self)
        self.counting.setSingleShot(True)
        self.counting.setInterval(STATUS_AFTER_MS)
        self.counting.timeout.connect(self.count)
        writes.changed.connect(lambda change: self.setup and self.counting.start())

    # Started by the window

    def start(self) -> None:
        """Once the window is up: the place remembered, and a sync if its secrets are at
        hand."""
        self.setup = db.remembered_sync_setup(self.library)
        if self.setup is None:
            return
        self.timer.start()
        self._starting = True
        self.count()  # then the sync: with progress if it is the first

    def stop_for_quit(self) -> None:
        """A last sync of what waits, stopped after AT_CLOSE_S wherever it is."""
        self._deadline = time.monotonic() + AT_CLOSE_S
        self.timer.stop()
        waiting = self.shown.waiting or self.counting.isActive()  # a write just now
        reachable = self.shown.state != "offline"  # else closing would wait for a timeout
        if self.job is None and waiting and reachable and self._secrets() is not None:
            self.sync(visible=False)

    # The user's

    @Slot()
    def open_dialog(self) -> None:
        log = [messages.resolved(r.what).format(item=messages.sync_item(r.item), kept=r.kept)
               for r in db.sync_log(self.library)]
        log += [messages.left_aside().format(name=name) for name in db.sync_ignored(self.library)]
        from desktop.dialogs.sync_dialog import SyncDialog  # with the targets and the seal
        dialog = SyncDialog(self.setup, self._secrets() is not None, db.can_keep_secrets(), log,
                            self.window)
        if not dialog.exec() or dialog.chosen is None:
            return
        chosen = dialog.chosen
        self.setup = chosen.setup
        db.remember_sync_setup(self.library, chosen.setup)
        for account, secret in ((chosen.setup.passphrase_account, chosen.passphrase),
                                (chosen.setup.password_account, chosen.password)):
            if account and secret:
                self._hold(account, secret, chosen.keep)
        self.timer.start()
        self.sync(visible=True)

    @Slot()
    def sync_now(self) -> None:
        if self.setup is None or self._secrets() is None:
            self.open_dialog()
        else:
            self.sync(visible=True)

    # Syncing

    def sync(self, visible: bool) -> None:
        """Sync off the UI thread: `visible`, with progress and Cancel (asked for, or a first
        sync, which may be long), else quietly."""
        secrets = self._secrets()
        if self.job is not None or self.setup is None or secrets is None:
            return
        try:
            target = db.open_sync_target(self.setup, *secrets)
        except TargetError as error:
            self._failed(error, visible)
            return
        steps = {"send": self.tr("sending"), "receive": self.tr("receiving")}
        visible = visible or self.shown.last is None

        def work(job: Job) -> SyncReport:
            return db.sync_library(self.library, target,
                                lambda step, done, of: job.report(done, of, steps.get(step, "")),
                                lambda: job.cancelled() or time.monotonic() > self._deadline)

        self._say("syncing")
        if visible:
            self.job = self.writes.start(self.tr("Syncing…"), work, self._done,
                                         lambda error: self._failed(error, True), self.library)
        else:
            self.job = self.writes.start_quietly(work, self._done,
                                                 lambda error: self._failed(error, False),
                                                 self.library)

    def _done(self, report: SyncReport) -> None:
        self.job = None
        self.shown.last = datetime.now()
        self._say("synced")
        lines = len(report.resolutions) + len(report.ignored)
        self.window.statusBar().showMessage(self.tr(
            "Synced: {sent} sent, {received} received.").format(
                sent=report.sent, received=report.received) + (self.tr(
                    " See the sync log (Tools ▸ Sync…) for {count}.").format(count=lines)
                    if lines else ""), 8000)
        self.count()

    def _failed(self, error: BaseException, visible: bool) -> None:
        self.job = None
        if isinstance(error, db.SyncBusy):
            why = self.tr("another sync of this library is under way ({process})").format(
                process=error.process)
        elif isinstance(error, TargetError):
            why = messages.target_reason(error)
            if error.reason == "wrong-passphrase" and self.setup is not None:
                self.memory.pop(self.setup.passphrase_account, None)
                self.kept.pop(self.setup.passphrase_account, None)
        else:
            why = messages.describe(error)
        offline = isinstance(error, TargetError) and error.reason in ("unreachable", "busy")
        self._say("offline" if offline else "error", why)
        if visible:
            QMessageBox.warning(self.window, self.tr("Sync"), self.tr(
                "The library was not synced: {why}").format(why=why))

    @Slot()
    def _every(self) -> None:
        if self.shown.waiting or self.shown.state in ("offline", "error"):
            self.sync(visible=False)

    # What the label says

    @Slot()
    def count(self) -> None:
        """The changes waiting, counted off the UI thread."""
        run_in_background(lambda job: db.sync_status(self.library), self._counted,
                          lambda error: None, library=self.library, owner=self)

    def _counted(self, status: SyncStatus) -> None:
        self.shown.waiting, self.shown.last = status.waiting, status.last
        if self._starting:
            self._starting = False
            if self._secrets() is None:
                self._say("locked")
            else:
                self.sync(visible=False)
            return
        if self.shown.state in ("synced", "waiting"):
            self._say("waiting" if status.waiting else "synced")
        else:
            self._say(self.shown.state, self.shown.why)

    def _say(self, state: str, why: str = "") -> None:
        self.shown.state, self.shown.why = state, why
        count = self.shown.waiting
        self.label.setText({
            "synced": self.tr("Synced"),
            "waiting": self.tr("%n change(s) waiting to sync", "", count),
            "offline": self.tr("Offline"),
            "error": self.tr("Sync error"),
            "syncing": self.tr("Syncing…"),
            "locked": self.tr("Sync needs the passphrase"),
        }[state])
        tip = [why] if why else []
        if self.shown.last is not None:
            tip.append(self.tr("Last synced {when}").format(
                when=self.shown.last.strftime("%Y-%m-%d %H:%M")))
        if self.setup is not None:
            tip.append(self.setup.location)
        self.label.setToolTip("\n".join(tip))
        self.label.show()

    # Secrets

    def _secrets(self) -> tuple[str, str] | None:
        """(passphrase, password) for the place, if at hand."""
        if self.setup is None:
            return None
        passphrase = self._secret(self.setup.passphrase_account)
        account = self.setup.password_account
        password = self._secret(account) if account else ""
        return None if passphrase is None or password is None else (passphrase, password)

    def _secret(self, account: str) -> str | None:
        if account in self.memory:
            return self.memory[account]
        if account not in self.kept:
            try:
                secret = db.kept_secret(account)
            except db.SecretsError:
                return None
            if secret is None:
                return None
            self.kept[account] = secret
        return self.kept[account]

    def _hold(self, account: str, secret: str, keep: bool) -> None:
        """Into the keyring when asked and possible, else in memory for this session."""
        if keep:
            try:
                db.keep_secret(account, secret)
                self.memory.pop(account, None)
                self.kept[account] = secret
                return
            except db.SecretsError as error:
                self.window.statusBar().showMessage(self.tr(
                    "The keyring did not keep it ({reason}); it is kept until Yandu "
                    "closes.").format(reason=messages.secrets_reason(error)), 8000)
        self.memory[account] = secret
