"""Correcting the analysis from the window: a speech's properties (Alt+Enter, or F2 for its
title, typed in place when the library list has the focus), a mention dismissed or a
selection marked from the reader's context menu, characters of the text corrected
(Ctrl+Shift+E). Every correction is an undoable edit of the
library (db/edits.py) on the window's undo stack (common/undo.py)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from analysis.language.sentences import sentence_start
from db import Edit, EditError, Library, MentionRecord, TextChange
from desktop.common import messages, save_folder
from desktop.common.undo import EditCommand, Outcome, UndoStack
from desktop.common.worker import run_with_progress
from desktop.common.writes import Writes
from desktop.library.library_pane import LibraryPane
from desktop.reader.reader_pane import ReaderPane


class Correcting(QObject):
    def __init__(self, library: Library, writes: Writes, undo_stack: UndoStack,
                 library_pane: LibraryPane, reader: ReaderPane, window: QMainWindow):
        super().__init__(window)
        self.library, self.writes, self.undo_stack = library, writes, undo_stack
        self.library_pane, self.reader, self.window = library_pane, reader, window
        library_pane.title_edited.connect(self.set_title)
        reader.dismiss_requested.connect(self.dismiss)
        reader.mark_requested.connect(self.mark)
        reader.split_requested.connect(self.split)
        reader.remove_requested.connect(self.remove)

    def status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 4000)

    def _do(self, text: str, write: Callable[[], Edit], focus: int) -> Outcome:
        return self.undo_stack.push_change(EditCommand(text, self.library, self.writes, write,
                                                       focus))

    def _targets(self) -> list[int]:
        """The speeches selected in the library when it has the focus, else the open one."""
        selected = self.library_pane.selected_ids() if self.library_pane.has_focus() else []
        return selected or ([self.reader.speech_id] if self.reader.speech_id is not None else [])

    @Slot()
    def edit_title(self) -> None:
        if self.library_pane.has_focus() and self.library_pane.edit_title():
            return
        self._properties("title")

    @Slot()
    def properties(self) -> None:
        self._properties("")

    def _properties(self, focus: str) -> None:
        ids = self._targets()
        if not ids:
            self.status(self.tr("Open or select a speech first."))
            return
        states = [self.library.corrections.fields(speech_id) for speech_id in ids]
        one = len(ids) == 1
        from desktop.dialogs.properties_dialog import PropertiesDialog
        dialog = PropertiesDialog(states,
                                  self.library.corrections.of_speech(ids[0]) if one else [],
                                  self.library.structure.of_speech(ids[0]) if one else [],
                                  self.window,
                                  self.library.speeches.accessed(ids[0]) if one else None)
        if focus in dialog.edits and dialog.edits[focus].isEnabled():
            dialog.edits[focus].setFocus()
            dialog.edits[focus].selectAll()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changes, automatic = dialog.changes(), sorted(dialog.automatic)
        if changes or automatic:
            self._do(self.tr("Edit properties"), lambda: self.library.edits.edit_fields(
                ids, changes, automatic), ids[0])

    @Slot(int, str)
    def set_title(self, speech_id: int, title: str) -> None:
        self._do(self.tr("Edit properties"), lambda: self.library.edits.edit_fields(
            [speech_id], {"title": title}), speech_id)

    @Slot(object)
    def dismiss(self, mention: MentionRecord) -> None:
        speech_id = self.reader.speech_id
        if speech_id is None:
            return
        text = self.tr("Remove mark") if mention.data.get("marked") else self.tr("Dismiss")
        if self._do(text, lambda: self.library.edits.correct_mention(
                speech_id, "dismiss", mention.kind, mention.start, mention.end),
                speech_id).saved:
            self.status(self.tr("The analysis's find is set aside; Ctrl+Z brings it back."))

    @Slot(str, int, int, object)
    def mark(self, kind: str, start: int, end: int, strength: str | None) -> None:
        speech_id = self.reader.speech_id
        if speech_id is None:
            return
        if self._do(self.tr("Mark"), lambda: self.library.edits.correct_mention(
                speech_id, "mark", kind, start, end, strength), speech_id).saved:
            self.reader.clear_selection()
            self.status(self.tr("Marked; it is kept when the file is imported again."))

    # The text and where speeches begin and end

    @Slot()
    def split_at_cursor(self) -> None:
        selection = self.reader.selection()
        self.split(selection[0] if selection else self.reader.cursor_offset())

    @Slot(int)
    def split(self, offset: int) -> None:
        """Split where the sentence holding `offset` begins: a speech never starts mid-sentence,
        and a found or clicked word in a heading takes its whole line to the second part. In
        the first sentence (two speeches run together without an end mark), at `offset`."""
        offset = sentence_start(self.reader.text(), offset) or offset
        if self._change(self.tr("Split speech"), "split", offset) is not None:
            self.status(self.tr("Split in two; the second part is the next speech in the "
                                "library. Ctrl+Z joins them again."))

    @Slot()
    def merge(self) -> None:
        if self._change(self.tr("Merge speeches"), "merge") is not None:
            self.status(self.tr("The next speech is now part of this one. Ctrl+Z separates "
                                "them again."))

    @Slot()
    def remove_selection(self) -> None:
        selection = self.reader.selection()
        if selection is None:
            self.status(self.tr("Select the passage to remove from the text first."))
            return
        self.remove(*selection)

    @Slot(int, int)
    def remove(self, start: int, end: int) -> None:
        made = self._change(self.tr("Remove passage"), "remove", start, end)
        if made is None:
            return
        orphans = len(made.orphaned)
        self.status(self.tr("Passage removed; %n highlight(s) in it kept as orphans (⚠ in the "
                            "Annotations panel). Ctrl+Z puts it back.", "", orphans) if orphans
                    else self.tr("Passage removed. Ctrl+Z puts it back."))

    @Slot()
    def correct_selection(self) -> None:
        """The selected characters replaced with those the user types (a word OCR misread)."""
        selection = self.reader.selection()
        if selection is None:
            self.status(self.tr("Select the characters to correct first."))
            return
        start, end = selection
        from desktop.dialogs.correct_text_dialog import CorrectTextDialog
        dialog = CorrectTextDialog(self.reader.text(), start, end, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name = self.tr("Correct {old} → {new}").format(old=_short(dialog.old),
                                                       new=_short(dialog.text()))
        if self._change(name, "replace", start, end, dialog.text()) is not None:
            self.status(self.tr("Text corrected; it is kept when the file is imported again. "
                                "Ctrl+Z takes it back."))

    def _change(self, text: str, action: str, start: int = 0, end: int = 0,
                new: str = "") -> TextChange | None:
        """Split, merge, remove or replace; what it did, or None when it was refused or not
        saved."""
        speech_id = self.reader.speech_id
        if speech_id is None:
            self.status(self.tr("Open a speech first."))
            return None
        try:
            self.library.structure.check(speech_id, action, start, end, new)
        except EditError as error:
            self.status(messages.edit_error(error))
            return None
        outcome = self._do(text, lambda: self.library.edits.change_text(
            speech_id, action, start, end, text=new), speech_id)
        return outcome.result if outcome.saved and isinstance(outcome.result, TextChange) \
            else None

    # Handing corrections in

    @Slot()
    def export_corrections(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export corrections"), save_folder.suggested("研读-更正.json"),
            self.tr("JSON (*.json)"))
        if not path:
            return
        save_folder.remember(path)
        run_with_progress(self.window, self.tr("Exporting corrections…"),
                          lambda job: self.library.corrections.write(path),
                          lambda written: self.status(self.tr(
                              "{count} corrections of {speeches} speeches written to {file}")
                              .format(count=written[0], speeches=written[1], file=path)),
                          lambda error: QMessageBox.warning(
                              self.window, self.tr("Export corrections"),
                              messages.describe(error)),
                          library=self.library)


def _short(words: str) -> str:
    """Words as an undo entry names them: the first few."""
    return words if len(words) <= 12 else words[:11] + "…"
