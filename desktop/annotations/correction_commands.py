"""Undoable corrections of what the analysis guessed: a speech's fields, a mention dismissed
or marked, a speech split or merged, a passage removed. The library keeps them beside the
machine's results (db/corrections.py, db/structure.py)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from db import FieldState, Library, MentionCorrectionRecord, TextChange
from desktop.annotations.commands import LibraryCommand
from desktop.common.translate import translate
from desktop.common.writes import Change, Writes


def corrected(speech_ids: list[int]) -> Change:
    """Fields and mentions show in the library list, the reader and the study tables."""
    return Change(speeches=True, reopen=frozenset(speech_ids), focus=speech_ids[0])


class EditFields(LibraryCommand):
    """Set fields of one or more speeches (`changes`, checked already), and give others back
    to the analysis (`automatic`)."""

    def __init__(self, library: Library, writes: Writes, speech_ids: list[int],
                 changes: dict[str, str | None], automatic: Sequence[str] = ()):
        super().__init__(translate("LibraryCommand", "Edit properties"), library, writes)
        self.speech_ids, self.changes, self.automatic = speech_ids, changes, list(automatic)
        self.before: list[FieldState] = []

    def change(self) -> Change:
        return corrected(self.speech_ids)

    def apply(self) -> None:
        with self.library.db.atomic():
            self.before = self.library.corrections.reset(self.speech_ids, self.automatic) \
                if self.automatic else []
            if self.changes:
                earlier = {(s.speech_id, s.field) for s in self.before}
                self.before += [state for state in self.library.corrections.edit(
                    self.speech_ids, self.changes)
                    if (state.speech_id, state.field) not in earlier]

    def revert(self) -> None:
        self.library.corrections.restore(self.before)


class CorrectMention(LibraryCommand):
    """Dismiss a mention the analysis found, or mark one it missed."""

    def __init__(self, library: Library, writes: Writes, text: str, speech_id: int,
                 action: str, kind: str, start: int, end: int, strength: str | None = None):
        super().__init__(text, library, writes)
        self.speech_id, self.action, self.kind = speech_id, action, kind
        self.start, self.end, self.strength = start, end, strength
        self.record: MentionCorrectionRecord | None = None

    def change(self) -> Change:
        return corrected([self.speech_id])

    def apply(self) -> None:
        corrections = self.library.corrections
        if self.action == "dismiss":
            self.record = corrections.dismiss(self.speech_id, self.kind, self.start, self.end)
        else:
            self.record = corrections.mark(self.speech_id, self.kind, self.start, self.end,
                                           self.strength)

    def revert(self) -> None:
        record = self.record
        assert record is not None
        if record.action == "mark" and self.action == "dismiss":  # it took back the user's mark
            self.library.corrections.mark(record.speech_id, record.kind, record.start,
                                          record.end, record.data.get("strength"))
        else:
            self.library.corrections.withdraw(record.id)


class ChangeText(LibraryCommand):
    """Split a speech at a place, merge it with the next one, or remove a passage
    (db/structure.py); undo takes it back exactly, redo makes it again (a split gives the second
    part the id it had, so later commands still find it)."""

    def __init__(self, library: Library, writes: Writes, text: str, speech_id: int,
                 action: str, start: int = 0, end: int = 0):
        super().__init__(text, library, writes)
        self.speech_id, self.action, self.start, self.end = speech_id, action, start, end
        self.made: TextChange | None = None

    def change(self) -> Change:
        touched = [self.speech_id] + ([self.made.other_id] if self.made and
                                      self.made.other_id is not None else [])
        return replace(corrected(touched), annotations=frozenset(touched), cards=True)

    def apply(self) -> None:
        structure = self.library.structure
        if self.action == "split":
            self.made = structure.split(self.speech_id, self.start,
                                        self.made.other_id if self.made else None)
        elif self.action == "merge":
            self.made = structure.merge(self.speech_id)
        else:
            self.made = structure.remove(self.speech_id, self.start, self.end)

    def revert(self) -> None:
        assert self.made is not None
        self.library.structure.undo(self.made)
