"""`yandu group`: publish this library's highlights to the study group's folder and read the
other members', or list the members."""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from db import FolderTarget, GroupReport, Library, TargetError, group_sync
from desktop.cli.library_path import open_library
from desktop.common import messages
from desktop.common.catalogue import _, ngettext

PASSPHRASE = "YANDU_GROUP_PASSPHRASE"


def run(args: argparse.Namespace) -> int:
    with open_library(args.db) as library:
        if args.members:
            return _members(library)
        return _sync(library, args)


def _sync(library: Library, args: argparse.Namespace) -> int:
    name = args.name or library.group.name()
    if not args.folder or not name:
        print(_("yandu group: name the group's folder with --folder PATH and your name in the "
                "group with --name NAME"), file=sys.stderr)
        return 2
    folder = str(Path(args.folder).expanduser().resolve())
    if not Path(folder).is_dir():
        print(_("yandu group: {folder} is not a folder").format(folder=folder), file=sys.stderr)
        return 2
    passphrase = os.environ.get(PASSPHRASE) or getpass.getpass(_("Group passphrase: "))
    try:
        report = group_sync(library, FolderTarget(folder), passphrase, name)
    except TargetError as error:
        print(_("yandu group: {folder} cannot be used: {reason}").format(
            folder=folder, reason=messages.target_reason(error)), file=sys.stderr)
        return 1
    _print(report, name)
    return 0


def _print(report: GroupReport, name: str) -> None:
    print(ngettext("Published {count} highlight as {name}.",
                   "Published {count} highlights as {name}.",
                   report.published).format(count=report.published, name=name))
    print(ngettext("Read {members} other member: {count} highlights on your speeches.",
                   "Read {members} other members: {count} highlights on your speeches.",
                   report.members).format(members=report.members, count=report.received))
    if report.orphans:
        print(ngettext("{count} of their highlights is not found in your text.",
                       "{count} of their highlights are not found in your text.",
                       report.orphans).format(count=report.orphans))
    for file_name, reason in report.ignored:
        print(messages.ignored_file(reason).format(name=file_name))


def _members(library: Library) -> int:
    members = library.group.members()
    if not members:
        print(_("No other members yet: run yandu group --folder PATH --name NAME."))
    for member in members:
        shown = _("shown") if member.shown else _("hidden")
        print(ngettext("{name}\t{count} highlight\t{shown}", "{name}\t{count} highlights\t{shown}",
                       member.highlights).format(name=member.name, count=member.highlights,
                                                 shown=shown))
    return 0
