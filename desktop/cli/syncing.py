"""`yandu sync`: the library with the folder or WebDAV server it syncs through, and how it
stands. What is written there is sealed with a passphrase; the passphrase and the WebDAV
password come from the system keyring, else from YANDU_SYNC_PASSPHRASE and YANDU_SYNC_PASSWORD
(for scripts), else from a prompt on a terminal."""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from db import (
    Library,
    SecretsError,
    SyncBusy,
    SyncReport,
    SyncSetup,
    TargetError,
    can_keep_secrets,
    forget_secret,
    keep_secret,
    kept_secret,
    open_sync_target,
    remember_sync_setup,
    remembered_sync_setup,
    sync_library,
    sync_log,
    sync_status,
)
from desktop.cli.library_path import open_library
from desktop.common import messages
from desktop.common.catalogue import _, ngettext

PASSPHRASE_VARIABLE, PASSWORD_VARIABLE = "YANDU_SYNC_PASSPHRASE", "YANDU_SYNC_PASSWORD"


class _Stop(Exception):
    """A line for stderr, and the exit status."""

    def __init__(self, line: str, status: int = 2):
        super().__init__(line)
        self.line, self.status = line, status


def run(args: argparse.Namespace) -> int:
    with open_library(args.db) as library:
        if args.status:
            return _status(library)
        if args.log:
            for resolution in reversed(sync_log(library)):
                when = resolution.at.strftime("%Y-%m-%d %H:%M") if resolution.at else ""
                print(f"{when}  " + messages.resolved(resolution.what).format(
                    item=messages.sync_item(resolution.item), kept=resolution.kept))
            return 0
        try:
            setup = _setup(args, remembered_sync_setup(library))
            if args.forget:
                return _forget(setup)
            report = _sync(library, setup)
        except _Stop as stop:
            print(stop.line, file=sys.stderr)
            return stop.status
    _print(report, setup.location)
    return 0


def _setup(args: argparse.Namespace, remembered: SyncSetup | None) -> SyncSetup:
    """The place named on the command line, else the one remembered."""
    if args.webdav:
        user = args.user or (remembered.user if remembered and
                             remembered.location == args.webdav else "")
        if not user:
            raise _Stop(_("yandu sync: name the WebDAV user with --user NAME"))
        return SyncSetup("webdav", args.webdav, user)
    if args.folder:
        folder = str(Path(args.folder).expanduser().resolve())
        if not Path(folder).is_dir():
            raise _Stop(_("yandu sync: {folder} is not a folder").format(folder=folder))
        return SyncSetup("folder", folder)
    if remembered is None:
        raise _Stop(_("yandu sync: name the folder to sync through with --folder PATH, or "
                      "the WebDAV server with --webdav URL --user NAME (it is remembered)"))
    return remembered


def _forget(setup: SyncSetup) -> int:
    for account in (setup.passphrase_account, setup.password_account):
        if account:
            try:
                forget_secret(account)
            except SecretsError as error:
                raise _Stop(_("yandu sync: the keyring did not forget: {reason}").format(
                    reason=messages.secrets_reason(error)), 1) from None
    print(_("The passphrase and password kept for {place} are forgotten.").format(
        place=setup.location))
    return 0


def _sync(library: Library, setup: SyncSetup) -> SyncReport:
    passphrase, typed_passphrase = _secret(setup.passphrase_account, PASSPHRASE_VARIABLE,
                                           _("Sync passphrase: "))
    password, typed_password = "", False
    if setup.password_account:
        password, typed_password = _secret(setup.password_account, PASSWORD_VARIABLE,
                                           _("Password of {user}: ").format(user=setup.user))
    try:
        target = open_sync_target(setup, passphrase, password)
        remember_sync_setup(library, setup)  # even if the sync is stopped part-way
        report = sync_library(library, target, _progress)
    except SyncBusy as busy:
        raise _Stop(_("yandu sync: another sync of this library is under way ({process})")
                    .format(process=busy.process), 1) from None
    except TargetError as error:
        raise _Stop(_("yandu sync: {folder} cannot be used: {reason}").format(
            folder=setup.location, reason=messages.target_reason(error)), 1) from None
    if typed_passphrase:
        _keep(setup.passphrase_account, passphrase)
    if typed_password and setup.password_account:
        _keep(setup.password_account, password)
    return report


def _secret(account: str, variable: str, prompt: str) -> tuple[str, bool]:
    """The secret, and whether it was typed: from the keyring, the environment or a prompt."""
    try:
        secret = kept_secret(account)
    except SecretsError:  # a locked keyring: as if it held nothing
        secret = None
    secret = secret or os.environ.get(variable)
    if secret:
        return secret, False
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt), True
    raise _Stop(_("yandu sync: no secret to sync with: set {variable} or run the command in "
                  "a terminal").format(variable=variable))


def _keep(account: str, secret: str) -> None:
    """A secret typed and found right, into the keyring when there is one."""
    if not can_keep_secrets():
        return
    try:
        keep_secret(account, secret)
    except SecretsError as error:
        print(_("yandu sync: the keyring did not keep it: {reason}").format(
            reason=messages.secrets_reason(error)), file=sys.stderr)


def _status(library: object) -> int:
    state = sync_status(library)  # type: ignore[arg-type]
    if state.last is None:
        print(_("Never synced."))
    elif state.waiting:
        print(ngettext("{count} change waiting to be synced.",
                       "{count} changes waiting to be synced.",
                       state.waiting).format(count=state.waiting))
    else:
        print(_("Synced."))
    if state.target:
        print(_("Target: {folder}").format(folder=state.target))
    if state.last is not None:
        print(_("Last sync: {when}").format(when=state.last.strftime("%Y-%m-%d %H:%M")))
    if state.resolved:
        print(ngettext("{count} conflict resolved so far (all kept in the sync log).",
                       "{count} conflicts resolved so far (all kept in the sync log).",
                       state.resolved).format(count=state.resolved))
    return 0


def _progress(step: str, done: int, of: int) -> None:
    if of >= 5:  # only a long sync says how far it is
        line = {"send": _("sending {done} of {of} files…"),
                "receive": _("receiving {done} of {of} files…")}.get(step)
        if line:
            print(line.format(done=done, of=of), file=sys.stderr, flush=True)


def _print(report: SyncReport, folder: str) -> None:
    print(_("Synced with {folder}: {sent} sent, {received} received, {requests} "
            "requests.").format(folder=folder, sent=report.sent, received=report.received,
                                requests=report.requests))
    if report.sources_received:
        print(ngettext("{count} file arrived and was imported.",
                       "{count} files arrived and were imported.",
                       report.sources_received).format(count=report.sources_received))
    for resolution in report.resolutions:
        print(messages.resolved(resolution.what).format(
            item=messages.sync_item(resolution.item), kept=resolution.kept))
    for name, reason in report.ignored:
        print(messages.ignored_file(reason).format(name=name))
