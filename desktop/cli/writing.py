"""The commands that write: import, export, import-annotations, backup, restore."""
from __future__ import annotations

import argparse
import sys
import time
from contextlib import ExitStack
from pathlib import Path

from db import (
    BackupError,
    ExportFilter,
    Library,
    NotAnExport,
    automatic_backups,
    export_excerpts,
    restore,
)
from desktop.cli.library_path import library_path, open_library
from desktop.common import messages
from resources import sample_paths


def import_paths(args: argparse.Namespace) -> int:
    if not args.paths and not args.samples:
        print("yandu import: name files or folders to import, or --samples", file=sys.stderr)
        return 2
    counts = {"imported": 0, "updated": 0, "unchanged": 0, "failed": 0}
    began = time.perf_counter()
    with open_library(args.db) as library, ExitStack() as stack:
        paths = list(args.paths) + (sample_paths(stack) if args.samples else [])
        for result in library.importer.import_paths(paths):
            counts[result.status] += 1
            stream = sys.stderr if result.status == "failed" else sys.stdout
            print(f"{result.status:<9} {result.path}: {messages.import_reason(result)}",
                  file=stream, flush=True)
    elapsed = time.perf_counter() - began
    updated = f"{counts['updated']} updated to a new version, " if counts["updated"] else ""
    print(f"{counts['imported']} imported, {updated}{counts['unchanged']} unchanged, "
          f"{counts['failed']} failed in {elapsed:.2f} s")
    return 1 if counts["failed"] else 0


def export(args: argparse.Namespace) -> int:
    low, _, high = args.date.partition("..") if ".." in args.date else (args.date, "", args.date)
    where = ExportFilter(speech_ids=args.speech, tags=args.tag, colors=args.color,
                         date_from=low, date_to=high, kinds=args.kind or ["highlight"])
    with open_library(args.db) as library:
        excerpts = library.excerpts.select(where)
    try:
        export_excerpts(excerpts, args.format, args.out)
    except OSError as error:
        print(f"yandu: cannot write {args.out}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"{len(excerpts)} excerpt(s) written to {args.out}")
    return 0


def import_annotations(args: argparse.Namespace) -> int:
    try:
        with open(args.file, encoding="utf-8") as file:
            document = file.read()
    except (OSError, UnicodeDecodeError) as error:
        print(f"yandu: cannot read {args.file}: {error}", file=sys.stderr)
        return 1
    with open_library(args.db) as library:
        try:
            outcome = library.excerpts.import_annotations(document)
        except NotAnExport as error:
            print(f"yandu: {args.file}: {messages.not_an_export(error)}", file=sys.stderr)
            return 1
    for problem in outcome.problems:
        print(f"yandu: {args.file}: {messages.annotation_problem(problem)}", file=sys.stderr)
    print(f"{outcome.added} highlight(s) added, {outcome.skipped} already there, "
          f"{len(outcome.problems)} problem(s)")
    return 1 if outcome.problems else 0


def backup(args: argparse.Namespace) -> int:
    path = library_path(args.db)
    if args.file is None:
        backups = automatic_backups(path)
        for copy in backups:
            print(copy)
        if not backups:
            print(f"No automatic backups of {path} yet.")
        return 0
    with Library(path) as library:
        try:
            target = library.backups.copy_to(args.file)
        except BackupError as error:
            print(f"yandu: {messages.library_error(error)}", file=sys.stderr)
            return 1
    print(f"Backed up {path} to {target}")
    return 0


def restore_backup(args: argparse.Namespace) -> int:
    path = library_path(args.db)
    if args.latest == (args.file is not None):
        print("yandu restore: name a backup FILE or say --latest", file=sys.stderr)
        return 2
    source = args.file or next(iter(automatic_backups(path)), None)
    if source is None:
        print(f"yandu: {path} has no automatic backups", file=sys.stderr)
        return 1
    if not args.yes:
        answer = input(f"Replace the library {path} with {source}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing changed.")
            return 1
    try:
        kept = restore(Path(source), path)
    except BackupError as error:
        print(f"yandu: {messages.library_error(error)}", file=sys.stderr)
        return 1
    print(f"Restored {path} from {source}" + (f"; the replaced file is kept as {kept}"
                                              if kept else ""))
    return 0
