"""`yandu sync`: the library with the folder it syncs through, and how it stands."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from db import (
    FolderTarget,
    SyncBusy,
    SyncReport,
    TargetError,
    remember_sync_target,
    sync_library,
    sync_log,
    sync_status,
)
from desktop.cli.library_path import open_library
from desktop.common import messages
from desktop.common.catalogue import _, ngettext


def run(args: argparse.Namespace) -> int:
    with open_library(args.db) as library:
        if args.status:
            return _status(library)
        if args.log:
            for resolution in reversed(sync_log(library)):
                when = resolution.at.strftime("%Y-%m-%d %H:%M") if resolution.at else ""
                print(f"{when}  " + messages.resolved(resolution.what).format(
                    item=resolution.item, kept=resolution.kept))
            return 0
        folder = args.folder or sync_status(library).target
        if not folder:
            print(_("yandu sync: name the folder to sync through with --folder PATH (it is "
                    "remembered)"), file=sys.stderr)
            return 2
        folder = str(Path(folder).expanduser().resolve())
        if not Path(folder).is_dir():
            print(_("yandu sync: {folder} is not a folder").format(folder=folder),
                  file=sys.stderr)
            return 2
        remember_sync_target(library, folder)
        try:
            report = sync_library(library, FolderTarget(folder), _progress)
        except SyncBusy as busy:
            print(_("yandu sync: another sync of this library is under way ({process})")
                  .format(process=busy.process), file=sys.stderr)
            return 1
        except TargetError as error:
            print(_("yandu sync: {folder} cannot be used: {reason}").format(
                folder=folder, reason=messages.target_reason(error)), file=sys.stderr)
            return 1
    _print(report, folder)
    return 0


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
        print(messages.resolved(resolution.what).format(item=resolution.item, kept=resolution.kept))
    for name, reason in report.ignored:
        print(messages.ignored_file(reason).format(name=name))
