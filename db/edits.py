"""Writes that can be taken back, each beside its inverse.

An undoable write returns an Edit: what it did (`action`, with the data its undo needs, as
JSON) and what it touched. `Edits.undo(edit)` performs the inverse in one transaction and
returns the Edit of that inverse, whose undo is the redo: undo and redo are one operation. The
window's undo stack holds Edits (desktop/common/undo.py); the command line stores its last ones
in the library, so that `yandu undo` can take one back from another process."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from analysis.vocabulary import StrEnum
from db.annotations import Annotations
from db.binding import Part
from db.changes import Touched
from db.corrections import Corrections
from db.models import UndoEntry
from db.records import AnnotationRecord, FieldState, MentionCorrectionRecord
from db.speeches import Speeches
from db.structure import Structure, TextChange
from db.tags import Tags

if TYPE_CHECKING:
    from db.connection import LibraryDatabase


class Action(StrEnum):
    HIGHLIGHT_ADDED = "highlight-added"
    HIGHLIGHT_DELETED = "highlight-deleted"
    HIGHLIGHT_CHANGED = "highlight-changed"  # colour, note or tags
    HIGHLIGHT_REPLACED = "highlight-replaced"  # re-attached: the whole record
    COLOR_NAMED = "color-named"
    SPEECH_TAGS = "speech-tags"
    SPEECHES_TRASHED = "speeches-trashed"
    SPEECHES_RESTORED = "speeches-restored"
    FIELDS = "fields"
    MENTION_CORRECTED = "mention-corrected"
    MENTION_WITHDRAWN = "mention-withdrawn"
    TEXT_CHANGED = "text-changed"  # a split, merge, removal or replacement done
    TEXT_RESTORED = "text-restored"  # …and taken back
    SEVERAL = "several"  # edits made together, taken back together


@dataclass(frozen=True)
class Edit:
    action: Action
    data: dict  # what the undo needs, as JSON
    touched: Touched
    result: Any = field(default=None, compare=False)  # what the write made, for its caller

    def to_json(self) -> str:
        return json.dumps({"action": self.action, "data": self.data,
                           "touched": _touched_json(self.touched)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Edit:
        value = json.loads(text)
        touched: dict[str, Any] = {key: frozenset(item) if isinstance(item, list) else item
                                   for key, item in value["touched"].items()}
        return cls(Action(value["action"]), value["data"], Touched(**touched))


class Edits(Part):
    """library.edits: the undoable writes, and undo. Every method is one transaction."""

    def __init__(self, db: LibraryDatabase, annotations: Annotations, tags: Tags,
                 speeches: Speeches, corrections: Corrections, structure: Structure):
        self.db = db
        self.annotations, self.tags, self.speeches = annotations, tags, speeches
        self.corrections, self.structure = corrections, structure

    def undo(self, edit: Edit) -> Edit:
        """Take `edit` back; the Edit that takes the undo back (the redo)."""
        with self.db.atomic():
            return _INVERSES[edit.action](self, edit.data)

    # Highlights

    def add_highlight(self, speech_id: int, start: int, end: int, color: str, note: str = "",
                      tags: Iterable[str] = ()) -> Edit:
        record = self.annotations.add(speech_id, start, end, color, note, tags)
        return _added(record)

    def delete_highlight(self, annotation_id: int) -> Edit:
        return _deleted(self.annotations.delete(annotation_id))

    def _undo_added(self, data: dict) -> Edit:
        return self.delete_highlight(data["id"])

    def _undo_deleted(self, data: dict) -> Edit:
        return _added(self.annotations.restore(_annotation(data["record"])))

    def change_highlight(self, annotation_id: int, **after: Any) -> Edit:
        """Colour, note or tags: `after` names those that change."""
        before = self.annotations.get(annotation_id)
        record = self.annotations.update(annotation_id, **after)
        return _changed(record, {key: getattr(before, key) for key in after})

    def _undo_changed(self, data: dict) -> Edit:
        return self.change_highlight(data["id"], **data["before"])

    def reattach_highlight(self, annotation_id: int, start: int, end: int) -> Edit:
        before = self.annotations.get(annotation_id)
        return _replaced(self.annotations.reattach(annotation_id, start, end), before)

    def _undo_replaced(self, data: dict) -> Edit:
        record = _annotation(data["record"])
        assert record.id is not None
        now = self.annotations.get(record.id)
        return _replaced(self.annotations.restore(record, replace=True), now)

    def name_color(self, color: str, name: str) -> Edit:
        """Name a highlight colour (an empty name takes its name away)."""
        before = self.annotations.color_names().get(color, "")
        touched = self.annotations.name_color(color, name)
        return Edit(Action.COLOR_NAMED, {"color": color, "name": before}, touched)

    def _undo_color_named(self, data: dict) -> Edit:
        return self.name_color(data["color"], data["name"])

    # Speeches and their tags

    def set_speech_tags(self, speech_id: int, names: Iterable[str]) -> Edit:
        before = self.tags.of_speech(speech_id)
        after = self.tags.set_speech(speech_id, names)
        return Edit(Action.SPEECH_TAGS, {"speech": speech_id, "tags": before},
                    Touched(speech_tags=frozenset({speech_id}), tags=True), after)

    def _undo_speech_tags(self, data: dict) -> Edit:
        return self.set_speech_tags(data["speech"], data["tags"])

    def trash_speeches(self, speech_ids: Sequence[int]) -> Edit:
        """To the trash, not away (Edit ▸ Trash empties it)."""
        self.speeches.delete(list(speech_ids))
        return Edit(Action.SPEECHES_TRASHED, {"speeches": list(speech_ids)},
                    Touched(listing=True, cards=True))

    def restore_speeches(self, speech_ids: Sequence[int]) -> Edit:
        self.speeches.restore(list(speech_ids))
        return Edit(Action.SPEECHES_RESTORED, {"speeches": list(speech_ids)},
                    Touched(listing=True, cards=True))

    def _undo_trashed(self, data: dict) -> Edit:
        return self.restore_speeches(data["speeches"])

    def _undo_restored(self, data: dict) -> Edit:
        return self.trash_speeches(data["speeches"])

    # Corrections of the analysis

    def edit_fields(self, speech_ids: Sequence[int], changes: dict[str, str | None],
                    automatic: Sequence[str] = ()) -> Edit:
        """Set fields (`changes`) and give others back to the analysis (`automatic`)."""
        before = self.corrections.reset(speech_ids, automatic) if automatic else []
        if changes:
            earlier = {(state.speech_id, state.field) for state in before}
            before += [state for state in self.corrections.edit(speech_ids, changes)
                       if (state.speech_id, state.field) not in earlier]
        return _fields(before)

    def _undo_fields(self, data: dict) -> Edit:
        states = [FieldState(**state) for state in data["states"]]
        now = {(s.speech_id, s.field): s for speech_id in {s.speech_id for s in states}
               for s in self.corrections.fields(speech_id)}
        self.corrections.restore(states)
        return _fields([now[(s.speech_id, s.field)] for s in states])

    def correct_mention(self, speech_id: int, action: str, kind: str, start: int, end: int,
                        strength: str | None = None) -> Edit:
        """Dismiss a mention the analysis found, or mark one it missed. Dismissing the user's
        own mark withdraws the mark."""
        if action == "dismiss":
            record = self.corrections.dismiss(speech_id, kind, start, end)
            if record.action == "mark":  # it took the user's mark back
                return _withdrawn(record)
        else:
            record = self.corrections.mark(speech_id, kind, start, end, strength)
        return _corrected(record)

    def _undo_corrected(self, data: dict) -> Edit:
        record = _mention_correction(data["record"])
        self.corrections.withdraw(record.id)
        return _withdrawn(record)

    def _undo_withdrawn(self, data: dict) -> Edit:
        return _corrected(self.corrections.reinstate(_mention_correction(data["record"])))

    def change_text(self, speech_id: int, action: str, start: int = 0, end: int = 0,
                    other_id: int | None = None, text: str = "") -> Edit:
        """Split the speech at `start`, merge it with the next one, remove start–end, or
        replace start–end with `text`. `other_id`: the id a split's second part had before
        an undo (a redo gives it back)."""
        if action == "split":
            made = self.structure.split(speech_id, start, other_id)
        elif action == "merge":
            made = self.structure.merge(speech_id)
        elif action == "replace":
            made = self.structure.replace(speech_id, start, end, text)
        else:
            made = self.structure.remove(speech_id, start, end)
        request = {"speech": speech_id, "action": action, "start": start, "end": end,
                   "text": text}
        return Edit(Action.TEXT_CHANGED, {**request, "change": asdict(made)},
                    _text_touched(speech_id, made.other_id), made)

    def _undo_text_changed(self, data: dict) -> Edit:
        change = data["change"]
        made = TextChange(change["correction_id"], change["other_id"],
                          tuple(change["orphaned"]))
        self.structure.undo(made)
        request = {key: data.get(key, "") for key in ("speech", "action", "start", "end",
                                                      "text")}
        return Edit(Action.TEXT_RESTORED, {**request, "other": made.other_id},
                    _text_touched(data["speech"], made.other_id))

    def _undo_text_restored(self, data: dict) -> Edit:
        return self.change_text(data["speech"], data["action"], data["start"], data["end"],
                                data["other"] if data["action"] == "split" else None,
                                data.get("text", ""))

    def together(self, writes: Sequence[Callable[[], Edit]]) -> Edit:
        """Several edits in one transaction (one refused: none of them), undone as one."""
        with self.db.atomic():
            return _several([write() for write in writes])

    def _undo_several(self, data: dict) -> Edit:
        return _several([self.undo(Edit.from_json(edit)) for edit in reversed(data["edits"])])

    # The command line's undo

    def remember(self, edit: Edit, made_by: str = "cli") -> None:
        """Keep an edit for `yandu undo` (the command line's own; the window has its stack)."""
        UndoEntry.create(made_by=made_by, made_at=datetime.now(), edit=edit.to_json())

    def undo_last(self, made_by: str = "cli") -> Edit | None:
        """Take back the last edit kept by remember(); None when there is none."""
        with self.db.atomic():
            entry = (UndoEntry.select().where(UndoEntry.made_by == made_by)
                     .order_by(UndoEntry.id.desc()).first())
            if entry is None:
                return None
            undone = self.undo(Edit.from_json(entry.edit))
            entry.delete_instance()
        return undone


# What each edit is, and what it touched: made after the write, from what it returned.

def _added(record: AnnotationRecord) -> Edit:
    return Edit(Action.HIGHLIGHT_ADDED, {"id": record.id, "speech": record.speech_id},
                Touched(annotations=frozenset({record.speech_id}), cards=True), record)


def _deleted(record: AnnotationRecord) -> Edit:
    return Edit(Action.HIGHLIGHT_DELETED, {"record": _annotation_json(record)},
                Touched(annotations=frozenset({record.speech_id}), cards=True), record)


def _changed(record: AnnotationRecord, before: dict) -> Edit:
    # New tag names show in the library's tag filter, which also finds highlights' tags.
    return Edit(Action.HIGHLIGHT_CHANGED, {"id": record.id, "before": before},
                Touched(annotations=frozenset({record.speech_id}), tags="tags" in before),
                record)


def _replaced(record: AnnotationRecord, before: AnnotationRecord) -> Edit:
    return Edit(Action.HIGHLIGHT_REPLACED, {"record": _annotation_json(before)},
                Touched(annotations=frozenset({record.speech_id}), cards=True), record)


def _fields(before: list[FieldState]) -> Edit:
    return Edit(Action.FIELDS, {"states": [asdict(state) for state in before]},
                Touched(rows=frozenset(state.speech_id for state in before)), before)


def _corrected(record: MentionCorrectionRecord) -> Edit:
    return Edit(Action.MENTION_CORRECTED, {"record": _mention_json(record)},
                Touched(rows=frozenset({record.speech_id})), record)


def _withdrawn(record: MentionCorrectionRecord) -> Edit:
    return Edit(Action.MENTION_WITHDRAWN, {"record": _mention_json(record)},
                Touched(rows=frozenset({record.speech_id})), record)


def _several(edits: list[Edit]) -> Edit:
    touched = Touched()
    for edit in edits:
        touched |= edit.touched
    return Edit(Action.SEVERAL, {"edits": [edit.to_json() for edit in edits]}, touched,
                [edit.result for edit in edits])


def _text_touched(speech_id: int, other_id: int | None) -> Touched:
    speeches = frozenset({speech_id} | ({other_id} if other_id is not None else set()))
    return Touched(rows=speeches, listing=other_id is not None, annotations=speeches, cards=True)


_INVERSES: dict[Action, Callable[[Edits, dict], Edit]] = {
    Action.HIGHLIGHT_ADDED: Edits._undo_added,
    Action.HIGHLIGHT_DELETED: Edits._undo_deleted,
    Action.HIGHLIGHT_CHANGED: Edits._undo_changed,
    Action.HIGHLIGHT_REPLACED: Edits._undo_replaced,
    Action.COLOR_NAMED: Edits._undo_color_named,
    Action.SPEECH_TAGS: Edits._undo_speech_tags,
    Action.SPEECHES_TRASHED: Edits._undo_trashed,
    Action.SPEECHES_RESTORED: Edits._undo_restored,
    Action.FIELDS: Edits._undo_fields,
    Action.MENTION_CORRECTED: Edits._undo_corrected,
    Action.MENTION_WITHDRAWN: Edits._undo_withdrawn,
    Action.TEXT_CHANGED: Edits._undo_text_changed,
    Action.TEXT_RESTORED: Edits._undo_text_restored,
    Action.SEVERAL: Edits._undo_several,
}


# Records as JSON and back.

def _annotation_json(record: AnnotationRecord) -> dict:
    value = asdict(record)
    value["created_at"] = record.created_at.isoformat() if record.created_at else None
    return value


def _annotation(value: dict) -> AnnotationRecord:
    created = value.get("created_at")
    return AnnotationRecord(**{**value, "tags": list(value["tags"]),
                               "created_at": datetime.fromisoformat(created) if created else None})


def _mention_json(record: MentionCorrectionRecord) -> dict:
    return {**asdict(record), "corrected_at": record.corrected_at.isoformat()}


def _mention_correction(value: dict) -> MentionCorrectionRecord:
    return MentionCorrectionRecord(**{**value, "corrected_at": datetime.fromisoformat(
        value["corrected_at"])})


def _touched_json(touched: Touched) -> dict:
    return {key: sorted(item) if isinstance(item, frozenset) else item
            for key, item in asdict(touched).items()}


