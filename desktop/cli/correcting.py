"""The commands that correct the analysis: edit, export-corrections; and the counts that
`yandu eval --corrections` prints."""
from __future__ import annotations

import argparse
import functools
import re
import sys
from collections.abc import Callable

from db import CORRECTED_FIELDS, Edit, EditError, Library, TextChange
from desktop.cli.library_path import open_library
from desktop.cli.terminal import pad, untitled
from desktop.common import messages
from desktop.common.catalogue import _

SPAN = re.compile(r"(?P<kind>[a-z]+):(?P<start>\d+)-(?P<end>\d+)(?::(?P<strength>[a-z]+))?")
RANGE = re.compile(r"(?P<start>\d+)-(?P<end>\d+)")
TextEdit = tuple[str, int, int, str]  # action, start, end, the new text of a replacement


def edit(args: argparse.Namespace) -> int:
    changes = {name: getattr(args, name) for name in CORRECTED_FIELDS
               if getattr(args, name) is not None}
    spans = [(action, SPAN.fullmatch(value), value) for action, values in
             (("dismiss", args.dismiss), ("mark", args.mark)) for value in values]
    for action, match, value in spans:
        if match is None or (match["strength"] and action == "dismiss"):
            print(_("yandu edit: “{value}” is not KIND:START-END (with :STRENGTH for a "
                    "marked directive)").format(value=value), file=sys.stderr)
            return 2
    text_changes: list[TextEdit] = []
    for value in args.remove:
        found = RANGE.fullmatch(value)
        if found is None:
            print(_("yandu edit: “{value}” is not START-END").format(value=value),
                  file=sys.stderr)
            return 2
        text_changes.append(("remove", int(found["start"]), int(found["end"]), ""))
    text_changes += \
        ([("split", args.split, 0, "")] if args.split is not None else []) + \
        ([("merge", 0, 0, "")] if args.merge else [])
    if not (changes or args.automatic or spans or text_changes or args.replace):
        print(_("yandu edit: say what to change (--title, --speaker, --occasion, --date, "
                "--source, --publication, --issue, --page, --url, --published, --doc-number, "
                "--compilation, --editors, --place, --publisher, --year, --automatic, "
                "--dismiss, --mark, --remove, --replace, --split, --merge)"),
              file=sys.stderr)
        return 2
    if (spans or text_changes or args.replace) and len(args.ids) > 1:
        print(_("yandu edit: --dismiss, --mark, --remove, --replace, --split and --merge are "
                "for one speech at a time"), file=sys.stderr)
        return 2
    with open_library(args.db) as library:
        try:
            text_changes += [("replace", *library.structure.find(args.ids[0], old), new)
                             for old, new in args.replace]
            made = _correct(library, args.ids, changes, args.automatic, spans, text_changes)
        except EditError as error:
            print(f"yandu edit: {messages.edit_error(error)}", file=sys.stderr)
            return 1
        for speech_id in [*args.ids, *made]:
            summary = library.speeches.get(speech_id).summary
            print(f"{speech_id:>5}  {summary.date or '-':<10}  {pad(summary.speaker or '-', 8)}"
                  f"  {summary.title or untitled()}")
    return 0


def _correct(library: Library, ids: list[int], changes: dict, automatic: list[str],
             spans: list, text_changes: list[TextEdit]) -> list[int]:
    """All as one edit: a refused correction leaves nothing of the others, and `yandu undo`
    takes them all back. Returns the speeches a split made."""
    edits = library.edits
    writes: list[Callable[[], Edit]] = []
    if changes or automatic:
        writes.append(lambda: edits.edit_fields(ids, changes, automatic))
    for action, match, _value in spans:
        writes.append(functools.partial(edits.correct_mention, ids[0], action, match["kind"],
                                        int(match["start"]), int(match["end"]),
                                        match["strength"]))
    # Removals and replacements from the end backwards, so each range means the text as it
    # was shown.
    ordered = sorted(text_changes, key=lambda change: -change[1])
    for action, start, end, text in ordered:
        writes.append(functools.partial(edits.change_text, ids[0], action, start, end,
                                        text=text))
    done = edits.together(writes)
    edits.remember(done)
    splits = done.result[len(writes) - len(ordered):]
    return [made.other_id for (action, *_), made in zip(ordered, splits, strict=True)
            if action == "split" and isinstance(made, TextChange) and made.other_id is not None]


def undo(args: argparse.Namespace) -> int:
    """Take back the last `yandu edit`."""
    with open_library(args.db) as library:
        try:
            undone = library.edits.undo_last()
        except EditError as error:
            print(f"yandu undo: {messages.edit_error(error)}", file=sys.stderr)
            return 1
        if undone is None:
            print(_("yandu undo: no edit of the command line to take back"), file=sys.stderr)
            return 1
        for speech_id in sorted(undone.touched.speeches):
            try:
                summary = library.speeches.get(speech_id).summary
            except LookupError:
                continue  # a split's second part, gone again
            print(f"{speech_id:>5}  {summary.date or '-':<10}  {pad(summary.speaker or '-', 8)}"
                  f"  {summary.title or untitled()}")
    print(_("Taken back: the last edit made with yandu edit."))
    return 0


def export_corrections(args: argparse.Namespace) -> int:
    with open_library(args.db) as library:
        try:
            count, speeches = library.corrections.write(args.file)
        except OSError as error:
            print(_("yandu: cannot write {file}: {why}").format(file=args.file,
                                                                why=error.strerror or error),
                  file=sys.stderr)
            return 1
    print(_("{count} corrections of {speeches} speeches written to {file}").format(
        count=count, speeches=speeches, file=args.file))
    return 0


def print_counts(library: Library) -> None:
    """How often users dismissed and marked each kind, and corrected each field."""
    counts = library.corrections.counts()
    print(_("Corrections in {file}").format(file=library.path))
    headers = (_("kind"), _("found"), _("dismissed"), _("share"), _("marked"))
    print(pad(headers[0], 16) + "".join(pad(header, columns, right=True)
                                        for header, columns in zip(headers[1:], (8, 11, 8, 8),
                                                                   strict=True)))
    for kind, row in counts.items():
        if kind == "fields":
            continue
        share = f"{row['dismiss'] / row['found']:.1%}" if row["found"] else "-"
        print(f"{pad(messages.mention_kind(kind), 16)}{row['found']:>8}{row['dismiss']:>11}"
              f"{share:>8}{row['mark']:>8}")
    print(_("Speeches with a corrected field: ") + ", ".join(
        f"{messages.field_name(name)} {count}" for name, count in counts["fields"].items()))
