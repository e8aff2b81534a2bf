"""Marking up from the window: highlighting the selection, notes, turning a directive or figure
into a highlight, editing and deleting highlights, re-attaching an orphan, tagging and deleting
speeches. Every change is an undoable edit of the library (db/edits.py) on the window's undo
stack (common/undo.py)."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMainWindow

from analysis.language.tokens import load_dictionary
from db import AnnotationRecord, Edit, Library, MentionRecord
from desktop.annotations.annotation_pane import AnnotationPane
from desktop.common.style import HIGHLIGHTS, label
from desktop.common.undo import EditCommand, Outcome, UndoStack
from desktop.common.worker import run_in_background
from desktop.common.writes import Writes
from desktop.reader.reader_pane import ReaderPane


class Annotating(QObject):
    def __init__(self, library: Library, writes: Writes, undo_stack: UndoStack,
                 reader: ReaderPane, annotations: AnnotationPane, window: QMainWindow):
        super().__init__(window)
        self.library, self.writes, self.undo_stack = library, writes, undo_stack
        self.reader, self.annotations, self.window = reader, annotations, window
        self.last_color = HIGHLIGHTS[0][0]
        annotations.annotation_clicked.connect(self.choose)
        annotations.color_changed.connect(lambda annotation_id, color: self._edit(
            annotation_id, self.tr("Change colour"), color=color))
        annotations.note_changed.connect(lambda annotation_id, note: self._edit(
            annotation_id, self.tr("Edit note"), note=note))
        annotations.tags_changed.connect(lambda annotation_id, tags: self._edit(
            annotation_id, self.tr("Tag highlight"), tags=tags))
        annotations.delete_requested.connect(self.delete_annotation)
        annotations.reattach_requested.connect(self.reattach)
        reader.mention_clicked.connect(self.highlight_mention)
        reader.annotation_clicked.connect(self.choose)
        reader.annotation_touched.connect(annotations.select)
        reader.tags_edited.connect(self.tag_speech)

    @Slot()
    def warm_up(self) -> None:
        """The dictionary takes a sixth of a second to load: once the window is up, off the UI
        thread, rather than when the first note is saved (notes are indexed for search)."""
        run_in_background(lambda job: load_dictionary(), lambda _: None, lambda _: None)

    def status(self, text: str, timeout: int = 4000) -> None:
        self.window.statusBar().showMessage(text, timeout)

    def _do(self, text: str, write: Callable[[], Edit], focus: int | None = None,
            origin: object | None = None) -> Outcome:
        return self.undo_stack.push_change(EditCommand(text, self.library, self.writes, write,
                                                       focus, origin))

    def highlight(self, color: str, selection: tuple[int, int] | None = None) -> int | None:
        """Highlight the reader's selection; returns the new annotation's id."""
        selection = selection or self.reader.selection()
        speech_id = self.reader.speech_id
        if speech_id is None or selection is None:
            self.status(self.tr("Select some text in the speech first."))
            return None
        self.last_color = color
        start, end = selection
        outcome = self._do(self.tr("Highlight"), lambda: self.library.edits.add_highlight(
            speech_id, start, end, color), speech_id)
        record = outcome.result
        if not outcome.saved or not isinstance(record, AnnotationRecord) or record.id is None:
            return None
        self.reader.clear_selection()  # so the new colour shows at once
        self.annotations.select(record.id)
        self.status(self.tr("Highlighted in {colour}: {quote}").format(
            colour=label(color).lower(), quote=record.quote[:30]))
        return record.id

    @Slot()
    def name_colours(self) -> None:
        """Name the colours…: the names typed, all in one step of undo."""
        from desktop.dialogs.colour_names_dialog import ColourNamesDialog
        dialog = ColourNamesDialog(self.library.annotations.color_names(), self.window)
        if not dialog.exec() or not dialog.changes():
            return
        edits = self.library.edits
        writes = [partial(edits.name_color, colour, name)
                  for colour, name in dialog.changes().items()]
        self._do(self.tr("Name colours"), lambda: edits.together(writes))

    @Slot()
    def note(self) -> None:
        """Highlight the selection (or pick the highlight under the cursor) and type its note."""
        if self.reader.selection() is not None:
            if self.highlight(self.last_color) is None:
                return
        else:
            annotation = self.reader.annotation_at(self.reader.cursor_offset())
            if annotation is None:
                self.status(self.tr("Select some text, or put the cursor in a highlight, to "
                                    "write a note."))
                return
            self.annotations.select(annotation.id)
        self.annotations.edit_note()

    @Slot(object)
    def highlight_mention(self, mention: MentionRecord) -> None:
        existing = [a for a in self.reader.annotations()
                    if (a.start, a.end) == (mention.start, mention.end)]
        if existing:
            self.annotations.select(existing[0].id)
            return
        self.highlight(self.last_color, (mention.start, mention.end))

    @Slot(int)
    def choose(self, annotation_id: int) -> None:
        record = next((a for a in self.reader.annotations() if a.id == annotation_id), None)
        if record is not None:
            self.reader.select(record.start, record.end)
            self.annotations.select(annotation_id)

    def _edit(self, annotation_id: int, text: str, **change) -> None:
        record = next((a for a in self.annotations.records if a.id == annotation_id), None)
        if record is not None:
            # Typed in the Annotations panel, which shows it already.
            self._do(text, lambda: self.library.edits.change_highlight(annotation_id, **change),
                     record.speech_id, self.annotations if "note" in change else None)

    @Slot()
    def delete_annotation(self) -> None:
        record = self.annotations.current()
        if record is not None and record.id is not None:
            annotation_id = record.id
            self._do(self.tr("Delete highlight"),
                     lambda: self.library.edits.delete_highlight(annotation_id), record.speech_id)

    @Slot(int)
    def reattach(self, annotation_id: int) -> None:
        record = next((a for a in self.annotations.records if a.id == annotation_id), None)
        selection = self.reader.selection()
        if record is None or selection is None:
            self.status(self.tr("Select the words the highlight belongs to first."))
            return
        start, end = selection
        if self._do(self.tr("Re-attach highlight"), lambda: self.library.edits.reattach_highlight(
                annotation_id, start, end), record.speech_id).saved:
            self.reader.clear_selection()
            self.annotations.select(annotation_id)
            self.status(self.tr("Highlight re-attached."))

    @Slot(list)
    def tag_speech(self, tags: list) -> None:
        speech_id = self.reader.speech_id
        if speech_id is not None:
            self._do(self.tr("Tag speech"), lambda: self.library.edits.set_speech_tags(
                speech_id, tags), speech_id)

    @Slot(list)
    def delete_speeches(self, speech_ids: list) -> None:
        count = len(speech_ids)
        if not self._do(self.tr("Delete %n speech(es)", "", count),
                        lambda: self.library.edits.trash_speeches(speech_ids)).saved:
            return
        self.status(self.tr("Deleted %n speech(es) — Ctrl+Z brings them back.", "", count),
                    8000)
