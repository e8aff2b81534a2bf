"""Sentences from the library's facts: each reason has its words, naming the file."""
import re

import pytest

from analysis import InputError
from analysis.query import Note, NoteCode
from db import (
    PASTED,
    AnnotationProblem,
    AnnotationReason,
    BackupError,
    BackupReason,
    DamagedLibrary,
    EditError,
    EditReason,
    ExportProblem,
    IgnoredFile,
    ImportResult,
    ImportStatus,
    LibraryError,
    NotAnExport,
    OpenReason,
    Placement,
    RefusedItem,
    Resolved,
    WriteError,
    WriteReason,
)
from desktop.common import messages


@pytest.mark.parametrize("reason, words", [("disk-full", "the disk is full"),
                                           ("read-only", "the library file is read-only"),
                                           ("locked", "another program or Yandu window"),
                                           ("disk-io", "the disk could not be written to")])
def test_a_change_not_saved_names_the_file_and_the_reason(reason, words):
    text = messages.not_saved(WriteError("/home/u/library.sqlite", reason, "SQLite's words"))
    assert text.startswith("/home/u/library.sqlite: not saved, because " + words)
    assert "Nothing of this change was written" in text
    cards = messages.cards_not_made(WriteError("/l.sqlite", reason))
    assert "the change is saved" in cards and words in cards


@pytest.mark.parametrize("error, words", [
    (DamagedLibrary("/l.sqlite", "damaged", "file is not a database"),
     "not a usable Yandu library (file is not a database)"),
    (DamagedLibrary("/l.sqlite", "foreign"), "belongs to another program"),
    (LibraryError("/l.sqlite", "newer", "9"), "made by a newer Yandu (schema 9)"),
    (LibraryError("/l.sqlite", "not-migrated", "disk full"), "not upgraded"),
    (BackupError("/b.sqlite", "not-yandu"), "it is not a Yandu library"),
    (BackupError("/b.sqlite", "cannot-write", "Permission denied"),
     "cannot write the backup (Permission denied)"),
])
def test_why_a_library_cannot_be_used(error, words):
    text = messages.library_error(error)
    assert text.startswith(error.path + ": ") and words in text


def test_what_an_import_did():
    failed = ImportResult("/in/bad.pdf", "failed", error=InputError("/in/bad.pdf", "damaged PDF"))
    assert messages.import_line(failed) == "bad.pdf: damaged PDF"
    full = ImportResult("/in/a.txt", "failed", error=WriteError("/l.sqlite", "disk-full"))
    assert "the disk is full" in messages.import_reason(full)
    assert messages.import_reason(ImportResult("a", "imported", 1, 5)) == "5 speeches"
    again = ImportResult("a", "unchanged", 3, 1, restored=1)
    assert messages.import_reason(again) == ("already in the library as source 3; 1 deleted "
                                             "speech restored")
    moved = ImportResult("a", "updated", 3, 1, placement=Placement(moved=[1, 2], orphaned=[3]))
    assert messages.import_reason(moved) == (
        "new version: 1 speech updated; 2 highlights moved with their words; 1 highlight no "
        "longer found in the text, kept as orphans to re-attach or delete")


def test_pasted_text_is_named_in_the_interface_language(chinese):
    pasted = ImportResult(PASTED, "duplicate", speeches=1, duplicates=[(4, "讲话")])
    assert messages.import_line(pasted).startswith("粘贴的文本: ")


def test_what_a_search_left_out():
    assert "closing quote" in messages.search_note(Note("unclosed-quote"))
    assert messages.search_note(Note("no-letters", "*")).startswith("* has no letters")
    assert "kind:nothing is not a kind" in messages.search_note(Note("unknown-kind", "nothing"))
    assert messages.search_note(Note("not-as-written", count=2)).startswith("2 speeches hold")


def test_the_line_under_search_results():
    def summary(hits, shown, total, complete=True, listing=False):
        return messages.search_summary(hits, shown, total, complete=complete, listing=listing)
    assert summary(12, 4, 5) == "12 hits in 4 speeches"  # the fifth held the words elsewhere
    assert summary(1, 1, 1) == "1 hit in 1 speech"
    assert summary(60, 50, 120, complete=False) == "60 hits in the first 50 of 120 speeches"
    assert summary(0, 0, 3) == "No matches"
    assert summary(0, 0, 900, complete=False) == "No hits so far: more speeches to look through"
    assert summary(2, 4, 4, listing=True) == "4 speeches"  # a filter alone
    assert summary(0, 50, 120, complete=False, listing=True) == (
        "Showing the first 50 of 120 speeches")
    assert messages.search_summary(60, 50, 2001, complete=False, listing=False,
                                   counted=False) == (
        "60 hits in the first 50 of at least 2001 speeches")  # counted after the page


def test_what_an_annotation_import_could_not_do():
    assert messages.annotation_problem(AnnotationProblem(2, "no-speech", "防汛讲话")) == (
        "annotation 2: no speech in this library has the text of 《防汛讲话》")
    assert "kept as an orphan" in messages.annotation_problem(AnnotationProblem(1, "orphan"))


def test_any_error_in_one_line():
    assert messages.describe(OSError(13, "Permission denied", "/x")) == "/x: Permission denied"
    assert messages.describe(ValueError("bad")) == "ValueError: bad"


def test_a_file_that_is_not_an_export():
    assert messages.describe(NotAnExport("not-json", "Expecting value")) == (
        "not JSON (Expecting value)")
    assert "no list of annotations" in messages.not_an_export(NotAnExport("no-items"))


REASONS = [
    (WriteReason, lambda code: messages.write_reason(WriteError("/l.sqlite", code))),
    (OpenReason, lambda code: messages.library_error(LibraryError("/l.sqlite", code, "3"))),
    (BackupReason, lambda code: messages.library_error(BackupError("/l.sqlite", code))),
    (ExportProblem, lambda code: messages.not_an_export(NotAnExport(code, "x"))),
    (RefusedItem, messages.refused),
    (AnnotationReason, lambda code: messages.annotation_problem(
        AnnotationProblem(3, code, "bad-note" if code == "refused" else "题目"))),
    (EditReason, lambda code: messages.edit_error(EditError(code, "x"))),
    (ImportStatus, messages.import_status),
    (NoteCode, lambda code: messages.search_note(Note(code, "kind:x", 2))),
    (Resolved, messages.resolved),
    (IgnoredFile, messages.ignored_file),
]


@pytest.mark.parametrize("codes, sentence", REASONS, ids=[r[0].__name__ for r in REASONS])
def test_every_reason_code_has_a_sentence_in_both_languages(codes, sentence):
    from desktop.common import catalogue
    for code in codes:
        english = sentence(code)
        assert english.strip(), code
        catalogue.use("zh_CN")
        try:
            chinese = sentence(code)
        finally:
            catalogue.use("en")
        assert chinese != english and re.search("[\u4e00-\u9fff]", chinese), code


def test_a_code_without_a_sentence_fails_loudly():
    with pytest.raises(ValueError):
        messages.edit_error(EditError("not-a-reason"))


def test_a_sync_log_line_names_what_it_is_about_in_words_not_ids():
    from desktop.common import catalogue
    assert messages.sync_item("highlights/5b0e9c7e-2f1a-4d6e-9a51-0c7d8e9f1a2b") == "highlight"
    assert messages.sync_item("highlights/5b0e9c7e-2f1a/note") == "highlight: note"
    assert messages.sync_item("tags/执法/color") == "tag “执法”: colour"
    assert messages.sync_item("fields/" + "a" * 64 + ":0:0|date/value") == (
        "corrected field: date")
    catalogue.use("zh_CN")
    try:
        assert messages.sync_item("highlights/5b0e9c7e-2f1a/note") == "划线：笔记"
    finally:
        catalogue.use("en")
