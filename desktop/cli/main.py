"""The `yandu` command line: analyze, import, list, show, search, export, import-annotations,
backup, restore, eval, edit, undo, export-corrections, sync, group; no command opens the window."""
from __future__ import annotations

import argparse
import gettext
import importlib
import sys
from collections.abc import Callable

import db
from analysis.version import __version__
from db import CORRECTED_FIELDS, REFERENCE_STYLES, LibraryError
from desktop.cli.library_path import library_path
from desktop.common import catalogue, messages
from desktop.common.catalogue import _


def main(argv: list[str] | None = None) -> int:
    catalogue.use(catalogue.environment_language())
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.app import run  # Qt loads only for the window
        return run(library_path(args.db), check_start=args.check_start,
                   switching=args.switching)
    try:
        return args.run(args)
    except LibraryError as error:
        print(f"yandu: {messages.library_error(error)}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _command(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    """A command's function, its module loaded when it runs: the window, started through this
    parser, loads no command's exporters, search or sync."""
    def run(args: argparse.Namespace) -> int:
        return getattr(importlib.import_module(f"desktop.cli.{module}"), name)(args)
    return run


def _one_of(names: Callable[[], list[str]]) -> Callable[[str], str]:
    """An option's value checked against names made only then (the export formats load with
    the exporters), refused in argparse's own words for a wrong choice. Not `choices`:
    argparse reads those as it builds the parser."""
    def check(value: str) -> str:
        allowed = names()
        if value not in allowed:
            raise argparse.ArgumentTypeError(
                gettext.gettext("invalid choice: %(value)r (choose from %(choices)s)")
                % {"value": value, "choices": ", ".join(map(repr, allowed))})
        return value
    return check


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yandu",
        description=_("Yandu (研读): read, mark up and study Chinese official speeches."))
    parser.add_argument("--version", action="version", version=f"yandu {__version__}",
                        help=_("show the version and exit"))
    # For the desktop build's test: open the window, print its menus, quit.
    parser.add_argument("--check-start", action="store_true", help=argparse.SUPPRESS)
    # Started by a window that opened another library and is closing (desktop/window/libraries).
    parser.add_argument("--switching", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", metavar="PATH",
                        help=_("library file (default: $YANDU_DB, else the user data folder)"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    analyze = commands.add_parser("analyze",
                                  help=_("analyse one file without touching the library"),
                                  description=_("Print the speeches found in FILE, with outline."))
    analyze.add_argument("file", metavar="FILE")
    analyze.add_argument("--json", action="store_true", help=_("one JSON object on stdout"))
    analyze.add_argument("--explain", action="store_true",
                         help=_("say which rule took each decision: lines taken out, parts, "
                                "directives and figures made or refused"))
    analyze.set_defaults(run=_command("reading", "analyze"))

    importer = commands.add_parser("import", help=_("import files and folders into the library"),
                                   description=_("Import files and folders (recursively). One line "
                                               "per file; exit status 1 if any file failed."))
    importer.add_argument("paths", nargs="*", metavar="PATH")
    importer.add_argument("--samples", action="store_true",
                          help=_("also import the sample speeches that come with Yandu"))
    importer.set_defaults(run=_command("writing", "import_paths"))

    lister = commands.add_parser("list", help=_("list the speeches in the library"),
                                 description=_("List the speeches in the library."))
    lister.add_argument("--json", action="store_true", help=_("a JSON array on stdout"))
    lister.set_defaults(run=_command("reading", "list_speeches"))

    show = commands.add_parser("show", help=_("print one speech"),
                               description=_("Print one speech's metadata and text."))
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--outline", action="store_true",
                      help=_("print the outline instead of the text"))
    show.add_argument("--mentions", action="store_true",
                      help=_("print the directives, figures, dates, formulas and documents"))
    show.set_defaults(run=_command("reading", "show"))

    search = commands.add_parser(
        "search", help=_("search the library; prints a concordance"),
        description=_("Search speech text and highlight notes. Words are all required; "
                    "\"exact phrase\", -word leaves out, a OR b, speaker:NAME, tag:NAME, "
                    "kind:directive|figure|annotation, date:2016..2018. "
                    "Exit status 1 when nothing matches."))
    search.add_argument("query", nargs="+", metavar="QUERY")
    search.add_argument("--limit", type=int, default=50, metavar="N",
                        help=_("stop after the speech that brings the hits to N (default 50)"))
    search.add_argument("--json", action="store_true", help=_("the results as JSON"))
    search.set_defaults(run=_command("reading", "search"))

    exporter = commands.add_parser(
        "export", help=_("export highlights with their notes and citations"),
        description=_("Write the highlights (and on request the directives and figures) of the "
                    "chosen speeches, each with its citation, to one file."))
    exporter.add_argument("--format", required=True, metavar="FORMAT",
                          type=_one_of(lambda: list(db.EXPORT_FORMATS)),
                          help=_("md, docx (Word), html, csv (UTF-8 with BOM), json (W3C Web "
                               "Annotation), hypothesis (Hypothesis JSON), anki (.apkg) or "
                               "notes (学习笔记, Word)"))
    exporter.add_argument("--out", required=True, metavar="FILE")
    exporter.add_argument("--speech", type=int, action="append", metavar="ID",
                          help=_("only this speech (repeat for more)"))
    exporter.add_argument("--tag", action="append", default=[], metavar="NAME",
                          help=_("only highlights with this tag, or in speeches with it"))
    exporter.add_argument("--color", action="append", default=[], metavar="COLOUR",
                          help=_("only highlights of this colour (yellow, green, blue, pink, "
                                 "orange, their names in your language, or the name you "
                                 "gave it)"))
    exporter.add_argument("--date", default="", metavar="FROM..TO",
                          help=_("speech dates, e.g. 2016..2018, 2016, ..2018-06"))
    exporter.add_argument("--style", default=REFERENCE_STYLES[0], choices=REFERENCE_STYLES,
                          help=_("how each passage's source is cited: gbt7714-2015 (GB/T "
                                 "7714-2015, the default) or plain (Yandu's own form)"))
    exporter.add_argument("--kind", action="append", choices=["highlight", "directive", "figure"],
                          help=_("what to export (repeat; default: highlight)"))
    notes = exporter.add_argument_group(_("study notes (--format notes)"))
    notes.add_argument("--title", default="", metavar="TEXT",
                       help=_("the title (default: Study notes)"))
    notes.add_argument("--name", default="", metavar="TEXT", help=_("your name under it"))
    notes.add_argument("--dated", default=None, metavar="TEXT",
                       help=_("the date under the title (default: today)"))
    notes.add_argument("--group", default="speech", metavar="speech|tag",
                       type=_one_of(lambda: list(db.NOTE_GROUPS)),
                       help=_("the excerpts by speech or by tag (default: speech)"))
    notes.add_argument("--reflection", metavar="FILE",
                       help=_("a UTF-8 text file of your 心得体会 (default: room to write it)"))
    exporter.set_defaults(run=_command("writing", "export"))

    colours = commands.add_parser(
        "colors", help=_("list the highlight colours, or name one"),
        description=_("List the highlight colours with the names you gave them, or give one a "
                      "name (重点, 数据): the name shows wherever the colours are offered, in "
                      "the exports' legends, and is taken by export --color. An empty name "
                      "takes the name away."))
    colours.add_argument("--name", nargs=2, metavar=("COLOUR", "NAME"),
                         help=_("name COLOUR (yellow, green, blue, pink, orange, or their "
                                "names in your language) NAME"))
    colours.set_defaults(run=_command("writing", "colors"))

    import_annotations = commands.add_parser(
        "import-annotations", help=_("read highlights back from a JSON export"),
        description=_("Add the highlights of a W3C Web Annotation JSON export (yandu export "
                    "--format json) to the speeches with the same text in this library."))
    import_annotations.add_argument("file", metavar="FILE")
    import_annotations.set_defaults(run=_command("writing", "import_annotations"))

    backup = commands.add_parser(
        "backup", help=_("copy the library to FILE, safely while Yandu is running"),
        description=_("Take a consistent copy of the library with SQLite's backup API and check "
                    "it. Without FILE, list the automatic backups."))
    backup.add_argument("file", nargs="?", metavar="FILE")
    backup.set_defaults(run=_command("writing", "backup"))

    restorer = commands.add_parser(
        "restore", help=_("replace the library with a backup"),
        description=_("Replace the library with a checked copy of FILE (or the newest automatic "
                    "backup with --latest). The replaced file is kept beside it. Close the "
                    "Yandu window first."))
    restorer.add_argument("file", nargs="?", metavar="FILE")
    restorer.add_argument("--latest", action="store_true", help=_("the newest automatic backup"))
    restorer.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    restorer.set_defaults(run=_command("writing", "restore_backup"))

    evaluate = commands.add_parser(
        "eval", help=_("measure the extraction against the hand labels"),
        description=_("Precision and recall per kind against the hand-labelled speeches "
                    "(tests/data/labels), matching spans by overlap."))
    evaluate.add_argument("--labels", metavar="DIR", help=_("folder of label files"))
    evaluate.add_argument("--errors", action="store_true", help=_("list every miss and extra"))
    evaluate.add_argument("--by-file", action="store_true",
                          help=_("precision and recall of each labelled file"))
    evaluate.add_argument("--by-rule", action="store_true",
                          help=_("each rule of the analysis: what it made or refused, and how "
                                 "much of that the labels confirm"))
    evaluate.add_argument("--corrections", action="store_true",
                          help=_("count instead how often the library's user dismissed and "
                               "marked each kind"))
    evaluate.set_defaults(run=_command("reading", "evaluate"))

    editor = commands.add_parser(
        "edit", help=_("correct what the analysis found in speeches"),
        description=_("Correct the fields of one or more speeches (a title only of one), or "
                    "the mentions of one: --dismiss what was wrongly found, --mark what was "
                    "missed (KIND:START-END, offsets as `yandu show ID --mentions` prints "
                    "them); --remove a passage, --replace words (a misread word), --split "
                    "the speech in two, --merge it with the next. Corrections are kept when "
                    "the file is imported again or re-analysed."))
    editor.add_argument("ids", nargs="+", type=int, metavar="ID")
    editor.add_argument("--title", metavar="TEXT")
    editor.add_argument("--speaker", metavar="NAME")
    editor.add_argument("--occasion", metavar="TEXT")
    editor.add_argument("--date", metavar="DATE", help=_("2024-03-05, 2024-03 or 2024"))
    editor.add_argument("--source", dest="origin", metavar="TEXT",
                        help=_("where it was published (出处)"))
    editor.add_argument("--publication", metavar="NAME",
                        help=_("the paper, journal or website that published it (人民日报, "
                               "求是, 新华网)"))
    editor.add_argument("--issue", metavar="ISSUE",
                        help=_("a journal's issue: 2024(3) or 2024年第3期"))
    editor.add_argument("--page", metavar="PAGES", help=_("its page or pages (版次): 2, 3-5"))
    editor.add_argument("--url", metavar="URL",
                        help=_("its web address, starting with http:// or https://"))
    editor.add_argument("--published", metavar="DATE",
                        help=_("the day it was published: 2024-03-05, 2024-03 or 2024"))
    editor.add_argument("--doc-number", metavar="NUMBER",
                        help=_("an official document's number (文号): 国办发〔2023〕12号"))
    editor.add_argument("--compilation", metavar="TITLE",
                        help=_("the compilation it was edited into (汇编, 文集): "
                               "习近平谈治国理政: 第四卷"))
    editor.add_argument("--editors", metavar="NAMES",
                        help=_("the compilation's editors, separated by 、 or ;"))
    editor.add_argument("--place", metavar="CITY",
                        help=_("where the compilation was published: 北京"))
    editor.add_argument("--publisher", metavar="NAME",
                        help=_("the compilation's publisher: 外文出版社"))
    editor.add_argument("--year", metavar="YEAR",
                        help=_("the year the compilation was published: 2022"))
    editor.add_argument("--automatic", action="append", default=[], metavar="FIELD",
                        choices=list(CORRECTED_FIELDS),
                        help=_("give FIELD back to the analysis (repeat for more)"))
    editor.add_argument("--dismiss", action="append", default=[], metavar="KIND:START-END",
                        help=_("the analysis was wrong: directive, figure, date, formula or "
                             "document"))
    editor.add_argument("--mark", action="append", default=[],
                        metavar="KIND:START-END[:STRENGTH]",
                        help=_("the analysis missed it; a directive's strength is prohibit, "
                             "must (the default), should or hope"))
    editor.add_argument("--remove", action="append", default=[], metavar="START-END",
                        help=_("take a passage (web furniture) out of the text"))
    editor.add_argument("--replace", action="append", default=[], nargs=2,
                        metavar=("OLD", "NEW"),
                        help=_("put NEW in the place of OLD, words that stand once in the "
                               "text (a word OCR misread)"))
    editor.add_argument("--split", type=int, metavar="OFFSET",
                        help=_("make the text from OFFSET on a speech of its own"))
    editor.add_argument("--merge", action="store_true",
                        help=_("join the next speech of the same file to this one"))
    editor.set_defaults(run=_command("correcting", "edit"))

    undo = commands.add_parser(
        "undo", help=_("take back the last yandu edit"),
        description=_("Take back the last edit made with yandu edit (all of its changes), "
                      "then the one before, and so on. The window has its own undo."))
    undo.set_defaults(run=_command("correcting", "undo"))

    export_corrections = commands.add_parser(
        "export-corrections", help=_("write every correction to a JSON file"),
        description=_("Write the library's corrections (fields, dismissed and marked "
                    "mentions, with their words) to FILE as JSON, to hand in as labels."))
    export_corrections.add_argument("file", metavar="FILE")
    export_corrections.set_defaults(run=_command("correcting", "export_corrections"))

    syncer = commands.add_parser(
        "sync", help=_("sync the library with your other machines through a folder or a "
                       "WebDAV server"),
        description=_("Send this library's changes to the folder (one a folder-sync tool or a "
                      "network share copies between your machines) or the WebDAV server, "
                      "sealed with your passphrase, and take in the changes of your other "
                      "machines. Edits on two machines are merged; nothing typed is lost. "
                      "The passphrase and the WebDAV password come from the system keyring, "
                      "else from YANDU_SYNC_PASSPHRASE and YANDU_SYNC_PASSWORD, else they are "
                      "asked for."))
    place = syncer.add_mutually_exclusive_group()
    place.add_argument("--folder", metavar="PATH",
                       help=_("the folder to sync through (remembered for the next time)"))
    place.add_argument("--webdav", metavar="URL",
                       help=_("the WebDAV folder to sync through, https (remembered for the "
                              "next time)"))
    syncer.add_argument("--user", metavar="NAME", help=_("your user name on the WebDAV server"))
    syncer.add_argument("--forget", action="store_true",
                        help=_("forget the passphrase and password kept in the system keyring"))
    syncer.add_argument("--status", action="store_true",
                        help=_("say whether the library is synced, without syncing"))
    syncer.add_argument("--log", action="store_true",
                        help=_("list every conflict sync resolved, oldest first, without "
                               "syncing"))
    syncer.set_defaults(run=_command("syncing", "run"))

    group = commands.add_parser(
        "group", help=_("share highlights with a study group through a folder"),
        description=_("Publish this library's highlights and notes to the study group's folder "
                      "and read the other members' as a layer of their own. Each member only "
                      "ever writes their own file. The group's passphrase comes from "
                      "YANDU_GROUP_PASSPHRASE or is asked for."))
    group.add_argument("--folder", metavar="PATH", help=_("the group's shared folder"))
    group.add_argument("--name", metavar="NAME",
                       help=_("your name in the group (remembered for the next time)"))
    group.add_argument("--members", action="store_true",
                       help=_("list the other members as last read, without publishing"))
    group.set_defaults(run=_command("grouping", "run"))
    return parser
