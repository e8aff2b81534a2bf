"""Undoable changes to the library. Each command writes through the library API at once
(apply) and puts things back (revert), then calls `changed(speech_id)` so the window shows it.
A write that fails (full disk, read-only file…) changes nothing: the command reports the error
and, when it was the first run, makes itself obsolete so QUndoStack drops it."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from db import AnnotationRecord, Library, LibraryError

Changed = Callable[[int | None], None]
NOTE_TYPING = 1  # commands with this id merge while the user types one note


class LibraryCommand(QUndoCommand):
    def __init__(self, text: str, library: Library, changed: Changed):
        super().__init__(text)
        self.library, self.changed = library, changed
        self.report: Callable[[LibraryError], None] = lambda error: None
        self.done_once = False

    def redo(self) -> None:
        try:
            self.apply()
        except LibraryError as error:
            if not self.done_once:
                self.setObsolete(True)
            self.report(error)
            return
        self.done_once = True

    def undo(self) -> None:
        try:
            self.revert()
        except LibraryError as error:
            self.report(error)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class AddAnnotation(LibraryCommand):
    def __init__(self, library: Library, changed: Changed, speech_id: int, start: int, end: int,
                 color: str):
        super().__init__("Highlight", library, changed)
        self.speech_id, self.start, self.end, self.color = speech_id, start, end, color
        self.record: AnnotationRecord | None = None

    def apply(self) -> None:
        if self.record is None:
            self.record = self.library.add_annotation(self.speech_id, self.start, self.end,
                                                      self.color)
        else:  # redo after undo: the same annotation, so later commands still refer to it
            self.record = self.library.restore_annotation(self.record)
        self.changed(self.speech_id)

    def revert(self) -> None:
        self.record = self.library.delete_annotation(self.record.id)
        self.changed(self.speech_id)


class EditAnnotation(LibraryCommand):
    def __init__(self, library: Library, changed: Changed, before: AnnotationRecord,
                 text: str, **after):
        super().__init__(text, library, changed)
        self.annotation_id, self.speech_id = before.id, before.speech_id
        self.before = {key: getattr(before, key) for key in after}
        self.after = after

    def id(self) -> int:
        return NOTE_TYPING if set(self.after) == {"note"} else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditAnnotation) or other.annotation_id != self.annotation_id:
            return False
        self.after = other.after
        return True

    def apply(self) -> None:
        self.library.update_annotation(self.annotation_id, **self.after)
        self.changed(self.speech_id)

    def revert(self) -> None:
        self.library.update_annotation(self.annotation_id, **self.before)
        self.changed(self.speech_id)


class DeleteAnnotation(LibraryCommand):
    def __init__(self, library: Library, changed: Changed, record: AnnotationRecord):
        super().__init__("Delete highlight", library, changed)
        self.record = record

    def apply(self) -> None:
        self.record = self.library.delete_annotation(self.record.id)
        self.changed(self.record.speech_id)

    def revert(self) -> None:
        self.library.restore_annotation(self.record)
        self.changed(self.record.speech_id)


class ReattachAnnotation(LibraryCommand):
    """Put a highlight (an orphan) on new words; undo makes it what it was."""

    def __init__(self, library: Library, changed: Changed, record: AnnotationRecord,
                 start: int, end: int):
        super().__init__("Re-attach highlight", library, changed)
        self.before = record
        self.start, self.end = start, end

    def apply(self) -> None:
        self.library.reattach_annotation(self.before.id, self.start, self.end)
        self.changed(self.before.speech_id)

    def revert(self) -> None:
        self.library.restore_annotation(self.before, replace=True)
        self.changed(self.before.speech_id)


class SetSpeechTags(LibraryCommand):
    def __init__(self, library: Library, changed: Changed, speech_id: int, before: list[str],
                 after: list[str]):
        super().__init__("Tag speech", library, changed)
        self.speech_id, self.before, self.after = speech_id, before, after

    def apply(self) -> None:
        self.library.set_speech_tags(self.speech_id, self.after)
        self.changed(self.speech_id)

    def revert(self) -> None:
        self.library.set_speech_tags(self.speech_id, self.before)
        self.changed(self.speech_id)


class DeleteSpeeches(LibraryCommand):
    """Speeches are hidden, not removed, until the window closes, so this can be undone."""

    def __init__(self, library: Library, changed: Changed, speech_ids: list[int]):
        count = len(speech_ids)
        super().__init__(f"Delete {count} speech{'es' if count != 1 else ''}", library, changed)
        self.speech_ids = speech_ids

    def apply(self) -> None:
        self.library.delete_speeches(self.speech_ids)
        self.changed(None)

    def revert(self) -> None:
        self.library.restore_speeches(self.speech_ids)
        self.changed(None)
