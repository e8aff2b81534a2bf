"""The `yandu` command line: analyze, import, list, show, search, export, import-annotations,
backup, restore, eval; no command opens the window."""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
import unicodedata
from contextlib import ExitStack
from pathlib import Path

from analysis import InputError
from analysis.version import __version__
from db import BackupError, ExportFilter, Library, LibraryError
from db.backup import automatic_backups, restore
from db.search import CONTEXT
from desktop.export_formats import FORMATS, export
from desktop.library_path import library_path
from resources import sample_paths


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.app import run  # Qt loads only for the window
        return run(library_path(args.db))
    try:
        return args.run(args)
    except LibraryError as error:
        print(f"yandu: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yandu", description="Yandu (研读): read, mark up and study Chinese official speeches.")
    parser.add_argument("--version", action="version", version=f"yandu {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help="library file (default: $YANDU_DB, else the user data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    analyze = commands.add_parser("analyze", help="analyse one file without touching the library",
                                  description="Print the speeches found in FILE, with outline.")
    analyze.add_argument("file", metavar="FILE")
    analyze.add_argument("--json", action="store_true", help="one JSON object on stdout")
    analyze.set_defaults(run=_analyze)

    importer = commands.add_parser("import", help="import files and folders into the library",
                                   description="Import files and folders (recursively). One line "
                                               "per file; exit status 1 if any file failed.")
    importer.add_argument("paths", nargs="*", metavar="PATH")
    importer.add_argument("--samples", action="store_true",
                          help="also import the sample speeches that come with Yandu")
    importer.set_defaults(run=_import)

    lister = commands.add_parser("list", help="list the speeches in the library",
                                 description="List the speeches in the library.")
    lister.add_argument("--json", action="store_true", help="a JSON array on stdout")
    lister.set_defaults(run=_list)

    show = commands.add_parser("show", help="print one speech",
                               description="Print one speech's metadata and text.")
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--outline", action="store_true", help="print the outline instead of the text")
    show.add_argument("--mentions", action="store_true",
                      help="print the directives, figures, dates, formulas and documents")
    show.set_defaults(run=_show)

    search = commands.add_parser(
        "search", help="search the library; prints a concordance",
        description="Search speech text and highlight notes. Words are all required; "
                    "\"exact phrase\", -word leaves out, a OR b, speaker:NAME, tag:NAME, "
                    "kind:directive|figure|annotation, date:2016..2018. "
                    "Exit status 1 when nothing matches.")
    search.add_argument("query", nargs="+", metavar="QUERY")
    search.add_argument("--limit", type=int, default=50, metavar="N",
                        help="stop after the speech that brings the hits to N (default 50)")
    search.add_argument("--json", action="store_true", help="the results as JSON")
    search.set_defaults(run=_search)

    exporter = commands.add_parser(
        "export", help="export highlights with their notes and citations",
        description="Write the highlights (and on request the directives and figures) of the "
                    "chosen speeches, each with its citation, to one file.")
    exporter.add_argument("--format", required=True, choices=list(FORMATS),
                          help="md, docx (Word), html, csv (UTF-8 with BOM), json (W3C Web "
                               "Annotation) or anki (.apkg)")
    exporter.add_argument("--out", required=True, metavar="FILE")
    exporter.add_argument("--speech", type=int, action="append", metavar="ID",
                          help="only this speech (repeat for more)")
    exporter.add_argument("--tag", action="append", default=[], metavar="NAME",
                          help="only highlights with this tag, or in speeches with it")
    exporter.add_argument("--color", action="append", default=[], metavar="COLOUR",
                          help="only highlights of this colour (yellow, green, blue, pink…)")
    exporter.add_argument("--date", default="", metavar="FROM..TO",
                          help="speech dates, e.g. 2016..2018, 2016, ..2018-06")
    exporter.add_argument("--kind", action="append", choices=["highlight", "directive", "figure"],
                          help="what to export (repeat; default: highlight)")
    exporter.set_defaults(run=_export)

    import_annotations = commands.add_parser(
        "import-annotations", help="read highlights back from a JSON export",
        description="Add the highlights of a W3C Web Annotation JSON export (yandu export "
                    "--format json) to the speeches with the same text in this library.")
    import_annotations.add_argument("file", metavar="FILE")
    import_annotations.set_defaults(run=_import_annotations)

    backup = commands.add_parser(
        "backup", help="copy the library to FILE, safely while Yandu is running",
        description="Take a consistent copy of the library with SQLite's backup API and check "
                    "it. Without FILE, list the automatic backups.")
    backup.add_argument("file", nargs="?", metavar="FILE")
    backup.set_defaults(run=_backup)

    restorer = commands.add_parser(
        "restore", help="replace the library with a backup",
        description="Replace the library with a checked copy of FILE (or the newest automatic "
                    "backup with --latest). The replaced file is kept beside it. Close the "
                    "Yandu window first.")
    restorer.add_argument("file", nargs="?", metavar="FILE")
    restorer.add_argument("--latest", action="store_true", help="the newest automatic backup")
    restorer.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restorer.set_defaults(run=_restore)

    evaluate = commands.add_parser(
        "eval", help="measure the extraction against the hand labels",
        description="Precision and recall per kind against the hand-labelled speeches "
                    "(tests/data/labels), matching spans by overlap.")
    evaluate.add_argument("--labels", metavar="DIR", help="folder of label files")
    evaluate.add_argument("--errors", action="store_true", help="list every miss and extra")
    evaluate.set_defaults(run=_eval)
    return parser


def _open(path) -> Library:
    """The library, with the mentions of speeches stored by an older analyzer recomputed."""
    library = Library(library_path(path))
    stale = library.stale_count()
    if stale:
        print(f"yandu: re-analysing {stale} speech(es) stored by an older version…",
              file=sys.stderr, flush=True)
        library.reanalyze()
    unindexed = library.unindexed_count()
    if unindexed:
        print(f"yandu: adding {unindexed} speech(es) to the search index…",
              file=sys.stderr, flush=True)
        library.build_index()
    return library


def _analyze(args) -> int:
    from analysis import analyze_file
    try:
        analysis = analyze_file(args.file)
    except InputError as error:
        print(f"yandu: {error}", file=sys.stderr)
        return 1
    if args.json:
        json.dump(analysis.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(f"{analysis.file}: {analysis.format}, {analysis.encoding or '-'}, "
          f"{len(analysis.speeches)} speech(es)")
    for speech in analysis.speeches:
        print(f"\n[{speech.position + 1}] {speech.title or '(untitled)'}")
        print(f"    speaker: {speech.speaker or '-'}  occasion: {speech.occasion or '-'}  "
              f"date: {speech.date or '-'}  {len(speech.text)} characters")
        counts = speech.mentions.to_dict()
        print("    " + "  ".join(f"{kind}: {len(counts[kind])}" for kind in counts))
        for entry in speech.outline:
            if entry.kind == "heading":
                print(f"    {'  ' * (entry.level - 1)}{entry.label}{entry.title}")
    return 0


def _eval(args) -> int:
    from analysis.eval import DEFAULT_LABELS, run
    return run(Path(args.labels) if args.labels else DEFAULT_LABELS, args.errors)


def _import(args) -> int:
    if not args.paths and not args.samples:
        print("yandu import: name files or folders to import, or --samples", file=sys.stderr)
        return 2
    counts = {"imported": 0, "updated": 0, "unchanged": 0, "failed": 0}
    began = time.perf_counter()
    with _open(args.db) as library, ExitStack() as stack:
        paths = list(args.paths) + (sample_paths(stack) if args.samples else [])
        for result in library.import_paths(paths):
            counts[result.status] += 1
            stream = sys.stderr if result.status == "failed" else sys.stdout
            print(f"{result.status:<9} {result.path}: {result.message}", file=stream, flush=True)
    elapsed = time.perf_counter() - began
    updated = f"{counts['updated']} updated to a new version, " if counts["updated"] else ""
    print(f"{counts['imported']} imported, {updated}{counts['unchanged']} unchanged, "
          f"{counts['failed']} failed in {elapsed:.2f} s")
    return 1 if counts["failed"] else 0


def _list(args) -> int:
    with _open(args.db) as library:
        speeches = library.list_speeches()
    if args.json:
        json.dump([vars(s) for s in speeches], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if not speeches:
        print("The library is empty. Import speeches with: yandu import PATH…  (or --samples)")
        return 0
    source = None
    for speech in speeches:
        if speech.source_path != source:
            source = speech.source_path
            print(f"\n{source}")
        print(f"  {speech.id:>5}  {speech.date or '-':<10}  {_pad(speech.speaker or '-', 8)}  "
              f"{speech.title or '(untitled)'}  [{speech.chars} 字]")
    return 0


def _search(args) -> int:
    with _open(args.db) as library:
        results = library.search(" ".join(args.query), limit=args.limit)
    for note in results.notes:
        print(f"yandu: {note}", file=sys.stderr)
    if args.json:
        json.dump(dataclasses.asdict(results) | {"hits": results.hits}, sys.stdout,
                  ensure_ascii=False, indent=1)
        print()
        return 0 if results.hits else 1
    for group in results.groups:
        print(f"\n[{group.speech_id}] 《{group.title or '(untitled)'}》 {group.speaker or ''} "
              f"{group.date or ''} — {len(group.hits)} hit{'s' if len(group.hits) != 1 else ''}")
        for hit in group.hits:
            mark = "  note: " if hit.where == "note" else "  "
            print(f"{mark}{_pad(hit.left, 2 * CONTEXT, right=True)} 【{hit.match}】 {hit.right}")
    shown = len(results.groups)
    more = f"; showing the first {shown}, use --limit for more" if results.next_offset else ""
    print(f"\n{results.hits} hits in {shown} speeches ({results.speeches} match{more})")
    return 0 if results.hits else 1


def _export(args) -> int:
    low, _, high = args.date.partition("..") if ".." in args.date else (args.date, "", args.date)
    where = ExportFilter(speech_ids=args.speech, tags=args.tag, colors=args.color,
                         date_from=low, date_to=high, kinds=args.kind or ["highlight"])
    with _open(args.db) as library:
        excerpts = library.excerpts(where)
    try:
        export(excerpts, args.format, args.out)
    except OSError as error:
        print(f"yandu: cannot write {args.out}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"{len(excerpts)} excerpt(s) written to {args.out}")
    return 0


def _import_annotations(args) -> int:
    try:
        with open(args.file, encoding="utf-8") as file:
            document = file.read()
    except (OSError, UnicodeDecodeError) as error:
        print(f"yandu: cannot read {args.file}: {error}", file=sys.stderr)
        return 1
    with _open(args.db) as library:
        try:
            placed, skipped, problems = library.import_annotations(document)
        except ValueError as error:
            print(f"yandu: {args.file}: {error}", file=sys.stderr)
            return 1
    for problem in problems:
        print(f"yandu: {args.file}: {problem}", file=sys.stderr)
    print(f"{placed} highlight(s) added, {skipped} already there, {len(problems)} problem(s)")
    return 1 if problems else 0


def _backup(args) -> int:
    path = library_path(args.db)
    if args.file is None:
        backups = automatic_backups(path)
        for backup in backups:
            print(backup)
        if not backups:
            print(f"No automatic backups of {path} yet.")
        return 0
    with Library(path) as library:
        try:
            target = library.backup(args.file)
        except BackupError as error:
            print(f"yandu: {error}", file=sys.stderr)
            return 1
    print(f"Backed up {path} to {target}")
    return 0


def _restore(args) -> int:
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
        print(f"yandu: {error}", file=sys.stderr)
        return 1
    print(f"Restored {path} from {source}" + (f"; the replaced file is kept as {kept}"
                                              if kept else ""))
    return 0


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, columns: int, right: bool = False) -> str:
    """Justify for a terminal, where a Chinese character takes two columns."""
    padding = " " * max(columns - _width(text), 0)
    return padding + text if right else text + padding


def _show(args) -> int:
    with _open(args.db) as library:
        try:
            record = library.get_speech(args.id)
        except LookupError as error:
            print(f"yandu: {error}", file=sys.stderr)
            return 1
    summary = record.summary
    print(summary.title or "(untitled)")
    print(f"speaker: {summary.speaker or '-'}  occasion: {summary.occasion or '-'}  "
          f"date: {summary.date or '-'}")
    print(f"source: {summary.source_path} (speech {summary.position + 1})")
    print()
    if args.outline:
        for entry in record.outline:
            print(f"{'  ' * (entry.level - 1)}{entry.label}{entry.title}")
    elif args.mentions:
        for mention in record.mentions:
            details = "  ".join(f"{key}={value}" for key, value in mention.data.items()
                                if value not in (None, False))
            print(f"{mention.start:>6}  {mention.kind:<9}  {mention.text[:60]}  {details}")
    else:
        print(record.text)
    return 0
