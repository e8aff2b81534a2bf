"""Excerpts written out in the forms people work in: Markdown, Word, HTML, CSV, W3C Web
Annotation JSON, Hypothesis JSON and Anki, shared by the window and the command line.
Every writer writes to a new file beside the target (with the permissions a normal save
gives) and moves it into place, so a failed or cancelled export leaves nothing half-written."""
from __future__ import annotations

import os
import secrets
from dataclasses import replace
from functools import partial
from pathlib import Path

from analysis.language.characters import safe, safe_in_place
from db.exports import anki, csv_table, html_page, markdown, study_notes, web_annotation, word
from db.exports.labels import CSV_COLUMNS, ExportLabels, Progress
from db.exports.study_notes import GROUPS, StudyNotes
from db.records import Excerpt

FORMATS = {"md": ".md", "docx": ".docx", "html": ".html", "csv": ".csv", "json": ".json",
           "hypothesis": ".json", "anki": ".apkg", "notes": ".docx"}  # name: file suffix
WRITERS = {"md": markdown.write, "docx": word.write, "html": html_page.write,
           "csv": csv_table.write, "json": web_annotation.write,
           "hypothesis": web_annotation.write_hypothesis, "anki": anki.write,
           "notes": study_notes.write}

__all__ = ["CSV_COLUMNS", "FORMATS", "GROUPS", "ExportLabels", "StudyNotes", "beside", "export"]


def beside(path: Path) -> Path:
    """A new empty file next to `path`, made as any save makes a file (mode 0666 less the
    umask; tempfile's are 0600)."""
    while True:
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return temporary
        except FileExistsError:
            continue


def export(excerpts: list[Excerpt], kind: str, path: str | os.PathLike,
           progress: Progress = lambda done, total: None,
           labels: ExportLabels = ExportLabels(), notes: StudyNotes = StudyNotes()) -> None:
    """Write `excerpts` as `kind` (a key of FORMATS) to `path`, whole or not at all; `notes`
    are what the reader said about a 学习笔记 (kind "notes")."""
    if kind not in FORMATS:
        raise ValueError(f"unknown export format {kind!r}; choose one of {', '.join(FORMATS)}")
    path = Path(path)
    excerpts = [_safe(excerpt) for excerpt in excerpts]
    writer = WRITERS[kind]
    if kind == "notes":
        writer = partial(study_notes.write, notes=replace(
            notes, title=safe(notes.title), name=safe(notes.name), date=safe(notes.date),
            reflection=safe(notes.reflection)))
    temporary = beside(path)
    try:
        writer(excerpts, temporary, progress, labels)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _safe(excerpt: Excerpt) -> Excerpt:
    """An excerpt without the characters XML, Word and a reader's eyes cannot take (a control
    in a note, a bidirectional override in a tag); the quote keeps its length, so the mark
    inside it stays where it is."""
    def text(value: str | None) -> str | None:
        return safe(value) if value is not None else None
    return replace(
        excerpt, title=text(excerpt.title), speaker=text(excerpt.speaker),
        occasion=text(excerpt.occasion), date=text(excerpt.date), section=safe(excerpt.section),
        quote=safe_in_place(excerpt.quote), prefix=safe_in_place(excerpt.prefix),
        suffix=safe_in_place(excerpt.suffix), note=safe(excerpt.note),
        tags=[safe(tag) for tag in excerpt.tags], origin=text(excerpt.origin),
        clozes=[replace(cloze, hint=safe(cloze.hint)) for cloze in excerpt.clozes])
