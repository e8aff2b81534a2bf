"""Undoable changes to the library. Each command writes through the write boundary
(common/writes.py) when it is done (apply) and undone (revert), and says what it changed; the
window refreshes from that, after the write. A write that fails changes nothing: a command
that fails the first time is dropped from the stack, and UndoStack keeps the stack where the
library is when an undo or a redo fails."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from db import AnnotationRecord, Library
from desktop.common.translate import translate
from desktop.common.writes import Change, Writes, annotations_of

NOTE_TYPING = 1  # commands with this id merge while the user types one note


class Outcome:
    """Whether the first run of a command was saved (readable after the stack dropped it)."""
    saved = False


class LibraryCommand(QUndoCommand):
    def __init__(self, text: str, library: Library, writes: Writes):
        super().__init__(text)
        self.library, self.writes = library, writes
        self.outcome = Outcome()
        self.applied = False  # whether the library holds the change now
        self.done_once = False

    def redo(self) -> None:
        if self.applied:  # an undo that failed: the change is still there
            return
        title = translate("LibraryCommand", "Not redone") if self.done_once \
            else translate("LibraryCommand", "Not saved")
        if self.writes.run(self.apply, self.change(), title=title) is None:
            if not self.done_once:
                self.setObsolete(True)
            return
        self.applied = self.done_once = self.outcome.saved = True

    def undo(self) -> None:
        if not self.applied:  # a redo that failed: nothing to take back
            return
        if self.writes.run(self.revert, self.change(),
                           title=translate("LibraryCommand", "Not undone")) is not None:
            self.applied = False

    def change(self) -> Change:
        raise NotImplementedError

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class UndoStack(QUndoStack):
    def bind(self, undo: QAction, redo: QAction) -> None:
        """The window's Undo and Redo actions: enabled and named after what they would do."""
        undo.setEnabled(self.canUndo())
        redo.setEnabled(self.canRedo())
        self.canUndoChanged.connect(undo.setEnabled)
        self.canRedoChanged.connect(redo.setEnabled)
        self.undoTextChanged.connect(lambda change: undo.setText(
            translate("UndoStack", "&Undo {change}").format(change=change).strip()))
        self.redoTextChanged.connect(lambda change: redo.setText(
            translate("UndoStack", "&Redo {change}").format(change=change).strip()))

    def push_change(self, command: LibraryCommand) -> bool:
        """Do the change and keep it for undo; False when it could not be saved."""
        outcome = command.outcome
        self.push(command)
        return outcome.saved

    def undo_change(self) -> None:
        """Undo; when the library cannot be written, the change stays done and undoable."""
        command = self.command(self.index() - 1) if self.canUndo() else None
        self.undo()
        if isinstance(command, LibraryCommand) and command.applied:
            self.redo()  # back to where the library is; the command writes nothing

    def redo_change(self) -> None:
        command = self.command(self.index()) if self.canRedo() else None
        self.redo()
        if isinstance(command, LibraryCommand) and not command.applied:
            self.undo()


class AddAnnotation(LibraryCommand):
    def __init__(self, library: Library, writes: Writes, speech_id: int, start: int, end: int,
                 color: str):
        super().__init__(translate("LibraryCommand", "Highlight"), library, writes)
        self.speech_id, self.start, self.end, self.color = speech_id, start, end, color
        self.record: AnnotationRecord | None = None

    def change(self) -> Change:
        return annotations_of(self.speech_id)

    def apply(self) -> None:
        if self.record is None:
            self.record = self.library.annotations.add(self.speech_id, self.start, self.end,
                                                       self.color)
        else:  # redo after undo: the same annotation, so later commands still refer to it
            self.record = self.library.annotations.restore(self.record)

    def revert(self) -> None:
        assert self.record is not None and self.record.id is not None
        self.record = self.library.annotations.delete(self.record.id)


class EditAnnotation(LibraryCommand):
    def __init__(self, library: Library, writes: Writes, before: AnnotationRecord,
                 text: str, **after):
        super().__init__(text, library, writes)
        assert before.id is not None
        self.annotation_id, self.speech_id = before.id, before.speech_id
        self.before = {key: getattr(before, key) for key in after}
        self.after = after

    def id(self) -> int:
        return NOTE_TYPING if set(self.after) == {"note"} else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, EditAnnotation) or other.annotation_id != self.annotation_id
                or not other.applied or not self.applied):
            return False
        self.after = other.after
        return True

    def change(self) -> Change:
        # New tags show in the library's tag filter, which also finds highlights' tags.
        return replace(annotations_of(self.speech_id), cards_stay=True,
                       tags="tags" in self.after)

    def apply(self) -> None:
        self.library.annotations.update(self.annotation_id, **self.after)

    def revert(self) -> None:
        self.library.annotations.update(self.annotation_id, **self.before)


class DeleteAnnotation(LibraryCommand):
    def __init__(self, library: Library, writes: Writes, record: AnnotationRecord):
        super().__init__(translate("LibraryCommand", "Delete highlight"), library, writes)
        self.record = record

    def change(self) -> Change:
        return annotations_of(self.record.speech_id)

    def apply(self) -> None:
        assert self.record.id is not None
        self.record = self.library.annotations.delete(self.record.id)

    def revert(self) -> None:
        self.library.annotations.restore(self.record)


class ReattachAnnotation(LibraryCommand):
    """Put a highlight (an orphan) on new words; undo makes it what it was."""

    def __init__(self, library: Library, writes: Writes, record: AnnotationRecord,
                 start: int, end: int):
        super().__init__(translate("LibraryCommand", "Re-attach highlight"), library, writes)
        self.before = record
        self.start, self.end = start, end

    def change(self) -> Change:
        return annotations_of(self.before.speech_id) | Change(cards=True)

    def apply(self) -> None:
        assert self.before.id is not None
        self.library.annotations.reattach(self.before.id, self.start, self.end)

    def revert(self) -> None:
        self.library.annotations.restore(self.before, replace=True)


class SetSpeechTags(LibraryCommand):
    def __init__(self, library: Library, writes: Writes, speech_id: int,
                 before: Iterable[str], after: Iterable[str]):
        super().__init__(translate("LibraryCommand", "Tag speech"), library, writes)
        self.speech_id, self.before, self.after = speech_id, list(before), list(after)

    def change(self) -> Change:
        return Change(speech_tags=frozenset({self.speech_id}), focus=self.speech_id)

    def apply(self) -> None:
        self.library.tags.set_speech(self.speech_id, self.after)

    def revert(self) -> None:
        self.library.tags.set_speech(self.speech_id, self.before)


class DeleteSpeeches(LibraryCommand):
    """Speeches go to the trash (Edit ▸ Trash), not away, so this can be undone."""

    def __init__(self, library: Library, writes: Writes, speech_ids: list[int]):
        count = len(speech_ids)
        text = translate("LibraryCommand", "Delete %n speech(es)", count)
        super().__init__(text, library, writes)
        self.speech_ids = speech_ids

    def change(self) -> Change:
        return Change(speeches=True, cards=True)

    def apply(self) -> None:
        self.library.speeches.delete(self.speech_ids)

    def revert(self) -> None:
        self.library.speeches.restore(self.speech_ids)
