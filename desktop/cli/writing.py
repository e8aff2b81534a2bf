"""The commands that write: import, export, import-annotations, backup, restore."""
from __future__ import annotations

import argparse
import sys
import time
from contextlib import ExitStack
from datetime import date
from pathlib import Path

from db import (
    BackupError,
    ExportFilter,
    Library,
    NotAnExport,
    StudyNotes,
    automatic_backups,
    export_excerpts,
    restore,
)
from desktop.cli.library_path import library_path, open_library
from desktop.cli.terminal import pad
from desktop.common import messages
from desktop.common.catalogue import _, ngettext
from resources import sample_paths


def import_paths(args: argparse.Namespace) -> int:
    if not args.paths and not args.samples:
        print(_("yandu import: name files or folders to import, or --samples"), file=sys.stderr)
        return 2
    counts = {"imported": 0, "updated": 0, "unchanged": 0, "duplicate": 0, "failed": 0}
    began = time.perf_counter()
    with open_library(args.db) as library, ExitStack() as stack:
        paths = list(args.paths) + (sample_paths(stack) if args.samples else [])
        for result in library.importer.import_paths(paths, pages=_page_read):
            counts[result.status] += 1
            stream = sys.stderr if result.status == "failed" else sys.stdout
            print(f"{pad(messages.import_status(result.status), 9)} {result.path}: "
                  f"{messages.import_reason(result)}",
                  file=stream, flush=True)
    elapsed = time.perf_counter() - began
    counts["unchanged"] += counts.pop("duplicate")  # in the library already, either way
    if counts["updated"]:
        line = _("{imported} imported, {updated} updated to a new version, {unchanged} "
                 "unchanged, {failed} failed in {seconds:.2f} s")
    else:
        line = _("{imported} imported, {unchanged} unchanged, {failed} failed in "
                 "{seconds:.2f} s")
    print(line.format(**counts, seconds=elapsed))
    return 1 if counts["failed"] else 0


def _page_read(done: int, total: int, name: str) -> None:
    """A scan's pages, as OCR reads them, on stderr: the first takes seconds."""
    print(_("{name}: page {done} of {total} read (OCR)").format(name=name, done=done,
                                                               total=total),
          file=sys.stderr, flush=True)


def export(args: argparse.Namespace) -> int:
    low, _dots, high = (args.date.partition("..") if ".." in args.date
                        else (args.date, "", args.date))
    with open_library(args.db) as library:
        names = library.annotations.color_names()
    colours, unknown = colour_codes(args.color, names)
    if unknown:
        print(_("yandu export: {colour} is not a highlight colour; one of: {names}").format(
            colour=unknown[0], names=_(", ").join(messages.named_colours(names).values())),
            file=sys.stderr)
        return 2
    where = ExportFilter(speech_ids=args.speech, tags=args.tag, colors=colours,
                         date_from=low, date_to=high, kinds=args.kind or ["highlight"])
    try:
        notes = study_notes(args)
    except (OSError, UnicodeDecodeError) as error:
        print(_("yandu: cannot read {file}: {why}").format(file=args.reflection, why=error),
              file=sys.stderr)
        return 1
    with open_library(args.db) as library:
        excerpts = library.excerpts.select(where)
    try:
        export_excerpts(excerpts, args.format, args.out,
                        labels=messages.export_labels(args.style, names),
                        notes=notes)
    except OSError as error:
        print(_("yandu: cannot write {file}: {why}").format(file=args.out,
                                                            why=error.strerror or error),
              file=sys.stderr)
        return 1
    print(ngettext("{count} excerpt written to {file}", "{count} excerpts written to {file}",
                   len(excerpts)).format(count=len(excerpts), file=args.out))
    return 0


def colour_codes(asked: list[str], names: dict[str, str]) -> tuple[list[str], list[str]]:
    """The colours asked for, by key, by their name in the user's language (黄色) or by the
    name the user gave them (重点: every colour of that name); and those not known."""
    accepted: dict[str, list[str]] = {}
    own = messages.colour_names()
    for code, name in [*zip(own, own, strict=True), *own.items(), *names.items()]:
        accepted.setdefault(name.strip().lower(), []).append(code)
    unknown = [colour for colour in asked if colour.strip().lower() not in accepted]
    codes = [code for colour in asked for code in accepted.get(colour.strip().lower(), [])]
    return list(dict.fromkeys(codes)), unknown


def colors(args: argparse.Namespace) -> int:
    """List the highlight colours with their names, or name one (`--name COLOUR NAME`)."""
    own = messages.colour_names()
    shown = list(own)
    with open_library(args.db) as library:
        if args.name:
            colour, name = args.name
            codes, unknown = colour_codes([colour], {})
            if unknown:
                print(_("yandu colors: {colour} is not a highlight colour; one of: "
                        "{names}").format(colour=colour, names=_(", ").join(own.values())),
                      file=sys.stderr)
                return 2
            library.edits.name_color(codes[0], name)
            shown = codes
        names = library.annotations.color_names()
    for code in shown:
        print((pad(code, 8) + pad(own[code], 8) + names.get(code, "")).rstrip())
    return 0


def study_notes(args: argparse.Namespace) -> StudyNotes:
    """What the command line says about a 学习笔记; the reflection read from its file."""
    reflection = ""
    if args.reflection:
        reflection = Path(args.reflection).read_text(encoding="utf-8")
    dated = args.dated if args.dated is not None else messages.day(date.today())
    return StudyNotes(title=args.title, name=args.name, date=dated, group=args.group,
                      reflection=reflection)


def import_annotations(args: argparse.Namespace) -> int:
    try:
        with open(args.file, encoding="utf-8") as file:
            document = file.read()
    except (OSError, UnicodeDecodeError) as error:
        print(_("yandu: cannot read {file}: {why}").format(file=args.file, why=error),
              file=sys.stderr)
        return 1
    with open_library(args.db) as library:
        try:
            outcome = library.excerpts.import_annotations(document)
        except NotAnExport as error:
            print(f"yandu: {args.file}: {messages.not_an_export(error)}", file=sys.stderr)
            return 1
    for problem in outcome.problems:
        print(f"yandu: {args.file}: {messages.annotation_problem(problem)}", file=sys.stderr)
    print(_("highlights added: {added}, already there: {skipped}, problems: {problems}").format(
        added=outcome.added, skipped=outcome.skipped, problems=len(outcome.problems)))
    if outcome.automatic:
        print(ngettext("{count} automatic directive or figure left out: the analysis finds it "
                       "again, it is not a highlight",
                       "{count} automatic directives and figures left out: the analysis finds "
                       "them again, they are not highlights", outcome.automatic).format(
            count=outcome.automatic))
    return 1 if outcome.problems else 0


def backup(args: argparse.Namespace) -> int:
    path = library_path(args.db)
    if args.file is None:
        backups = automatic_backups(path)
        for copy in backups:
            print(copy)
        if not backups:
            print(_("No automatic backups of {file} yet.").format(file=path))
        return 0
    with Library(path) as library:
        try:
            target = library.backups.copy_to(args.file)
        except BackupError as error:
            print(f"yandu: {messages.library_error(error)}", file=sys.stderr)
            return 1
    print(_("Backed up {file} to {copy}").format(file=path, copy=target))
    return 0


def restore_backup(args: argparse.Namespace) -> int:
    path = library_path(args.db)
    if args.latest == (args.file is not None):
        print(_("yandu restore: name a backup FILE or say --latest"), file=sys.stderr)
        return 2
    source = args.file or next(iter(automatic_backups(path)), None)
    if source is None:
        print(_("yandu: {file} has no automatic backups").format(file=path), file=sys.stderr)
        return 1
    if not args.yes:
        answer = input(_("Replace the library {file} with {backup}? [y/N] ").format(
            file=path, backup=source))
        if answer.strip().lower() not in ("y", "yes", _("y"), _("yes")):
            print(_("Nothing changed."))
            return 1
    try:
        kept = restore(Path(source), path)
    except BackupError as error:
        print(f"yandu: {messages.library_error(error)}", file=sys.stderr)
        return 1
    if kept:
        print(_("Restored {file} from {backup}; the replaced file is kept as {kept}").format(
            file=path, backup=source, kept=kept))
    else:
        print(_("Restored {file} from {backup}").format(file=path, backup=source))
    return 0
