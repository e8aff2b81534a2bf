"""Undoable changes to the library. Each command writes through the library API at once
(redo) and puts things back (undo), then calls `changed(speech_id)` so the window shows it."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from db import AnnotationRecord, Library

Changed = Callable[[int | None], None]
NOTE_TYPING = 1  # commands with this id merge while the user types one note


class AddAnnotation(QUndoCommand):
    def __init__(self, library: Library, changed: Changed, speech_id: int, start: int, end: int,
                 color: str):
        super().__init__("Highlight")
        self.library, self.changed = library, changed
        self.speech_id, self.start, self.end, self.color = speech_id, start, end, color
        self.record: AnnotationRecord | None = None

    def redo(self) -> None:
        if self.record is None:
            self.record = self.library.add_annotation(self.speech_id, self.start, self.end,
                                                      self.color)
        else:  # redo after undo: the same annotation, so later commands still refer to it
            self.record = self.library.restore_annotation(self.record)
        self.changed(self.speech_id)

    def undo(self) -> None:
        self.record = self.library.delete_annotation(self.record.id)
        self.changed(self.speech_id)


class EditAnnotation(QUndoCommand):
    def __init__(self, library: Library, changed: Changed, before: AnnotationRecord,
                 text: str, **after):
        super().__init__(text)
        self.library, self.changed = library, changed
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

    def redo(self) -> None:
        self.library.update_annotation(self.annotation_id, **self.after)
        self.changed(self.speech_id)

    def undo(self) -> None:
        self.library.update_annotation(self.annotation_id, **self.before)
        self.changed(self.speech_id)


class DeleteAnnotation(QUndoCommand):
    def __init__(self, library: Library, changed: Changed, record: AnnotationRecord):
        super().__init__("Delete highlight")
        self.library, self.changed, self.record = library, changed, record

    def redo(self) -> None:
        self.record = self.library.delete_annotation(self.record.id)
        self.changed(self.record.speech_id)

    def undo(self) -> None:
        self.library.restore_annotation(self.record)
        self.changed(self.record.speech_id)


class ReattachAnnotation(QUndoCommand):
    """Put a highlight (an orphan) on new words; undo makes it what it was."""

    def __init__(self, library: Library, changed: Changed, record: AnnotationRecord,
                 start: int, end: int):
        super().__init__("Re-attach highlight")
        self.library, self.changed, self.before = library, changed, record
        self.start, self.end = start, end

    def redo(self) -> None:
        self.library.reattach_annotation(self.before.id, self.start, self.end)
        self.changed(self.before.speech_id)

    def undo(self) -> None:
        self.library.delete_annotation(self.before.id)
        self.library.restore_annotation(self.before)
        self.changed(self.before.speech_id)


class SetSpeechTags(QUndoCommand):
    def __init__(self, library: Library, changed: Changed, speech_id: int, before: list[str],
                 after: list[str]):
        super().__init__("Tag speech")
        self.library, self.changed = library, changed
        self.speech_id, self.before, self.after = speech_id, before, after

    def redo(self) -> None:
        self.library.set_speech_tags(self.speech_id, self.after)
        self.changed(self.speech_id)

    def undo(self) -> None:
        self.library.set_speech_tags(self.speech_id, self.before)
        self.changed(self.speech_id)


class DeleteSpeeches(QUndoCommand):
    """Speeches are hidden, not removed, until the window closes, so this can be undone."""

    def __init__(self, library: Library, changed: Changed, speech_ids: list[int]):
        count = len(speech_ids)
        super().__init__(f"Delete {count} speech{'es' if count != 1 else ''}")
        self.library, self.changed, self.speech_ids = library, changed, speech_ids

    def redo(self) -> None:
        self.library.delete_speeches(self.speech_ids)
        self.changed(None)

    def undo(self) -> None:
        self.library.restore_speeches(self.speech_ids)
        self.changed(None)
