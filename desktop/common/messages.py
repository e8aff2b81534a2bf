"""Sentences for people, made from the facts the library returns: why a file was not
imported, why a change was not saved, what a search left out, what happened to the
highlights of an import. Shared by the window and the command line, so it imports no Qt."""
from __future__ import annotations

from pathlib import PurePath

from analysis import InputError
from analysis.query import Note
from db import (
    AnnotationProblem,
    BackupError,
    DamagedLibrary,
    ImportResult,
    LibraryError,
    NotAnExport,
    Placement,
    WriteError,
)

WRITE_REASONS = {
    "disk-full": "the disk is full",
    "read-only": "the library file is read-only",
    "locked": "another program or Yandu window is writing to the library and did not finish "
              "within 5 seconds",
    "disk-io": "the disk could not be written to",
}
BACKUP_REASONS = {
    "cannot-write": "cannot write the backup",
    "check-failed": "the copy failed its check",
    "cannot-set-aside": "cannot set the current library aside",
    "no-file": "cannot restore from it: there is no such file",
    "not-yandu": "cannot restore from it: it is not a Yandu library",
    "damaged": "cannot restore from it: it is damaged or not a database",
}


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def write_reason(error: WriteError) -> str:
    return WRITE_REASONS.get(error.reason, error.detail or error.reason)


def not_saved(error: LibraryError) -> str:
    """A change that could not be saved: nothing of it was written."""
    if isinstance(error, WriteError):
        return (f"{error.path}: not saved, because {write_reason(error)}. Nothing of this change "
                "was written; everything saved before is kept.")
    return library_error(error)


def library_error(error: LibraryError) -> str:
    """Why the library (or a backup of it) cannot be opened, copied or changed."""
    detail = f" ({error.detail})" if error.detail else ""
    if isinstance(error, WriteError):
        return f"{error.path}: {write_reason(error)}; nothing of the change was written."
    if isinstance(error, BackupError):
        return f"{error.path}: {BACKUP_REASONS.get(error.reason, error.reason)}{detail}"
    if isinstance(error, DamagedLibrary):
        if error.reason == "foreign":
            return f"{error.path}: this SQLite file belongs to another program, not Yandu"
        return f"{error.path}: not a usable Yandu library{detail}"
    if error.reason == "newer":
        return (f"{error.path}: made by a newer Yandu (schema {error.detail}); update Yandu to "
                "open it")
    if error.reason == "not-migrated":
        return f"{error.path}: not upgraded, because the copy taken first failed{detail}"
    return f"{error.path}: {error.reason}{detail}"


def describe(error: BaseException) -> str:
    """Any error that ends a piece of work, as one line."""
    if isinstance(error, LibraryError):
        return library_error(error)
    if isinstance(error, InputError):
        return str(error)
    if isinstance(error, NotAnExport):
        return not_an_export(error)
    if isinstance(error, OSError):
        name = f"{error.filename}: " if error.filename else ""
        return f"{name}{error.strerror or error}"
    return f"{type(error).__name__}: {error}"


def import_reason(result: ImportResult) -> str:
    """What importing one file did, after its name."""
    if result.status == "failed":
        if isinstance(result.error, InputError):
            return result.error.reason
        if isinstance(result.error, WriteError):
            return (f"not saved, because {write_reason(result.error)}. Nothing of this file "
                    "was written; everything saved before is kept.")
        return describe(result.error) if result.error else "failed"
    if result.status == "unchanged":
        text = f"already in the library as source {result.source_id}"
        if result.restored:
            text += f"; {plural(result.restored, 'deleted speech', 'deleted speeches')} restored"
        return text
    if result.status == "updated":
        return "new version: " + plural(result.speeches, "speech", "speeches") + " updated" \
            + placement(result.placement or Placement())
    return plural(result.speeches, "speech", "speeches")


def placement(moved: Placement) -> str:
    """What happened to the highlights of a speech whose text changed, after a semicolon."""
    text = ""
    followed = len(moved.moved) + len(moved.fuzzy)
    if followed:
        text += f"; {plural(followed, 'highlight')} moved with their words"
    if moved.orphaned:
        text += (f"; {plural(len(moved.orphaned), 'highlight')} no longer found in the text, "
                 "kept as orphans to re-attach or delete")
    return text


def import_line(result: ImportResult) -> str:
    return f"{PurePath(result.path).name}: {import_reason(result)}"


def search_note(note: Note) -> str:
    """Why part of a query was left out or read otherwise."""
    texts = {
        "unclosed-quote": "a closing quote is missing; the phrase runs to the end",
        "lone-or": "OR needs a word on each side; it was left out",
        "cannot-exclude": f"-{note.subject.split(':')[0]}: cannot exclude; {note.subject} was "
                          "used as is",
        "unknown-kind": f"kind:{note.subject} is not a kind; use kind:directive, kind:figure, "
                        "kind:annotation",
        "bad-date": f"date:{note.subject} is not a date range; write date:2016, "
                    "date:2016..2018 or date:2016-03..2016-06",
        "no-letters": f"{note.subject} has no letters or digits to search for; it was left out",
        "only-excluded": "-word only leaves words out; add a word to search for",
        "nothing-to-search": "type a word or phrase to search for, or a kind: kind:directive, "
                             "kind:figure, kind:annotation",
        "not-as-written": f"{plural(note.count, 'speech', 'speeches')} hold the words, but not "
                          "as written or not where asked",
    }
    return texts.get(note.code, note.code)


def not_an_export(error: NotAnExport) -> str:
    """Why a file of highlights cannot be read back."""
    if error.reason == "not-json":
        return f"not JSON ({error.detail})"
    return "no list of annotations (\"items\") in it"


def annotation_problem(problem: AnnotationProblem) -> str:
    """An annotation of an imported export that needs attention."""
    where = f"annotation {problem.number}"
    if problem.reason == "unreadable":
        return f"{where}: unreadable ({problem.detail})"
    if problem.reason == "no-speech":
        return f"{where}: no speech in this library has the text of 《{problem.detail or '?'}》"
    if problem.reason == "orphan":
        return f"{where}: its words were not found in the speech; kept as an orphan to re-attach"
    return f"{where}: {problem.reason}"


def cards_not_made(error: LibraryError) -> str:
    """The review cards of a saved change could not be made (they are made next time)."""
    return (f"{error.path}: the change is saved, but its review cards could not be made, "
            f"because {_reason(error)}. They are made the next time the library can be "
            "written.")


def not_purged(error: LibraryError) -> str:
    """Speeches deleted in the last session could not be removed for good."""
    return (f"{error.path}: the speeches deleted earlier could not be removed for good, "
            f"because {_reason(error)}. They stay hidden and go the next time.")


def _reason(error: LibraryError) -> str:
    return write_reason(error) if isinstance(error, WriteError) else library_error(error)
