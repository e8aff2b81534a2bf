"""Annotations: a highlighted range of one speech with a colour, a note and tags."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from analysis.language.characters import safe
from db.binding import Part
from db.changes import Touched
from db.index import SearchIndex
from db.models import Annotation, HighlightColor, Speech, tuples
from db.reanchor import anchored, reattach
from db.records import AnnotationRecord
from db.tags import set_annotation_tags, tags_of

if TYPE_CHECKING:
    from db.connection import LibraryDatabase

# A highlight colour named or its name taken away: wherever the colours are offered.
COLORS = Touched(colors=True)


class Annotations(Part):
    """Every method that writes is one transaction."""

    def __init__(self, db: LibraryDatabase, index: SearchIndex):
        self.db, self.index = db, index

    def of_speech(self, speech_id: int) -> list[AnnotationRecord]:
        """The speech's annotations in text order."""
        rows = list(Annotation.select().where(Annotation.speech == speech_id)
                    .order_by(Annotation.start, Annotation.end, Annotation.id))
        tags = tags_of([row.id for row in rows])
        return [_record(row, tags.get(row.id, [])) for row in rows]

    def get(self, annotation_id: int) -> AnnotationRecord:
        row = Annotation.get_or_none(Annotation.id == annotation_id)
        if row is None:
            raise LookupError(f"no annotation with id {annotation_id}")
        return _record(row, tags_of([row.id]).get(row.id, []))

    def add(self, speech_id: int, start: int, end: int, color: str, note: str = "",
            tags: Iterable[str] = ()) -> AnnotationRecord:
        """Highlight text[start:end]."""
        text = Speech.select(Speech.text).where(Speech.id == speech_id,
                                                Speech.deleted == False).scalar()
        if text is None:
            raise LookupError(f"no speech with id {speech_id}")
        if not 0 <= start < end <= len(text):
            raise ValueError(f"range {start}–{end} is outside the speech ({len(text)} characters)")
        if not color:
            raise ValueError("an annotation needs a colour")
        now = datetime.now()
        note = safe(note)
        with self.db.atomic():
            row = Annotation.create(speech=speech_id, **anchored(text, start, end), color=color,
                                    note=note, created_at=now, updated_at=now)
            set_annotation_tags(row.id, tags)
            self.index.set_note(row.id, note)
        return self.get(row.id)

    def restore(self, record: AnnotationRecord, replace: bool = False) -> AnnotationRecord:
        """Put a deleted annotation back exactly as it was, under its old id (for undo);
        with `replace`, in place of what that id holds now, in the same transaction."""
        if record.id is None:
            raise ValueError("only a stored annotation can be restored")
        with self.db.atomic():
            if replace:
                Annotation.delete().where(Annotation.id == record.id).execute()
            Annotation.create(id=record.id, speech=record.speech_id, start=record.start,
                              end=record.end, quote=record.quote, prefix=record.prefix,
                              suffix=record.suffix, color=record.color, note=safe(record.note),
                              orphan=record.orphan, created_at=record.created_at,
                              updated_at=datetime.now())
            set_annotation_tags(record.id, record.tags)
            self.index.set_note(record.id, safe(record.note))
        return self.get(record.id)

    def update(self, annotation_id: int, *, color: str | None = None, note: str | None = None,
               tags: Iterable[str] | None = None) -> AnnotationRecord:
        changes: dict[str, str] = {}
        if color is not None:
            if not color:
                raise ValueError("an annotation needs a colour")
            changes["color"] = color
        if note is not None:
            note = changes["note"] = safe(note)
        with self.db.atomic():
            updated = Annotation.update(updated_at=datetime.now(), **changes).where(
                Annotation.id == annotation_id).execute()
            if not updated:
                raise LookupError(f"no annotation with id {annotation_id}")
            if tags is not None:
                set_annotation_tags(annotation_id, tags)
            if note is not None:
                self.index.set_note(annotation_id, note)
        return self.get(annotation_id)

    def orphans(self) -> list[AnnotationRecord]:
        """Highlights whose words a new version of their speech no longer has."""
        rows = list(Annotation.select().join(Speech)
                    .where(Annotation.orphan == True, Speech.deleted == False)
                    .order_by(Annotation.speech, Annotation.start))
        tags = tags_of([row.id for row in rows])
        return [_record(row, tags.get(row.id, [])) for row in rows]

    def reattach(self, annotation_id: int, start: int, end: int) -> AnnotationRecord:
        """Put a highlight (an orphan, usually) on text[start:end] of its speech; its quote
        becomes those words, its colour, note and tags stay."""
        with self.db.atomic():
            reattach(annotation_id, start, end)
        return self.get(annotation_id)

    def delete(self, annotation_id: int) -> AnnotationRecord:
        """Delete and return what was deleted, so it can be put back."""
        record = self.get(annotation_id)
        with self.db.atomic():
            Annotation.delete().where(Annotation.id == annotation_id).execute()
            self.index.set_note(annotation_id, "")
        return record

    def color_names(self) -> dict[str, str]:
        """What the user named each highlight colour that has a name (yellow → 重点)."""
        return dict(tuples(HighlightColor.select(HighlightColor.color, HighlightColor.name)))

    def name_color(self, color: str, name: str) -> Touched:
        """Name a highlight colour; an empty name takes its name away."""
        if not color:
            raise ValueError("only a colour can be named")
        name = safe(name).strip()
        if name:
            HighlightColor.replace(color=color, name=name).execute()
        else:
            HighlightColor.delete().where(HighlightColor.color == color).execute()
        return COLORS


def _record(row: Annotation, tags: list[str]) -> AnnotationRecord:
    return AnnotationRecord(row.id, row.speech_id, row.start, row.end, row.quote, row.color,
                            row.note, tags, row.prefix, row.suffix, row.orphan, row.created_at)
