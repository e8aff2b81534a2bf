"""Annotations: a highlighted range of one speech with a colour, a note and tags."""
from __future__ import annotations

from datetime import datetime

from db.models import Annotation, AnnotationTag, Speech, Tag
from db.reanchor import anchored, reattach
from db.records import AnnotationRecord


class Annotations:
    """Mixed into Library; every method is one transaction."""

    def annotations(self, speech_id: int) -> list[AnnotationRecord]:
        """The speech's annotations in text order."""
        rows = (Annotation.select().where(Annotation.speech == speech_id)
                .order_by(Annotation.start, Annotation.end, Annotation.id))
        tags = tags_of([row.id for row in rows])
        return [_record(row, tags.get(row.id, [])) for row in rows]

    def get_annotation(self, annotation_id: int) -> AnnotationRecord:
        row = Annotation.get_or_none(Annotation.id == annotation_id)
        if row is None:
            raise LookupError(f"no annotation with id {annotation_id}")
        return _record(row, tags_of([row.id]).get(row.id, []))

    def add_annotation(self, speech_id: int, start: int, end: int, color: str, note: str = "",
                       tags: list[str] = ()) -> AnnotationRecord:
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
        with self.db.atomic():
            row = Annotation.create(speech=speech_id, **anchored(text, start, end), color=color,
                                    note=note, created_at=now, updated_at=now)
            set_annotation_tags(row.id, tags)
            self._index_note(row.id, note)
        return self.get_annotation(row.id)

    def restore_annotation(self, record: AnnotationRecord, replace: bool = False
                           ) -> AnnotationRecord:
        """Put a deleted annotation back exactly as it was, under its old id (for undo);
        with `replace`, in place of what that id holds now, in the same transaction."""
        with self.db.atomic():
            if replace:
                Annotation.delete().where(Annotation.id == record.id).execute()
            Annotation.create(id=record.id, speech=record.speech_id, start=record.start,
                              end=record.end, quote=record.quote, prefix=record.prefix,
                              suffix=record.suffix, color=record.color, note=record.note,
                              orphan=record.orphan, created_at=record.created_at,
                              updated_at=datetime.now())
            set_annotation_tags(record.id, record.tags)
            self._index_note(record.id, record.note)
        return self.get_annotation(record.id)

    def update_annotation(self, annotation_id: int, *, color: str | None = None,
                          note: str | None = None, tags: list[str] | None = None
                          ) -> AnnotationRecord:
        changes = {}
        if color is not None:
            if not color:
                raise ValueError("an annotation needs a colour")
            changes["color"] = color
        if note is not None:
            changes["note"] = note
        with self.db.atomic():
            updated = Annotation.update(updated_at=datetime.now(), **changes).where(
                Annotation.id == annotation_id).execute()
            if not updated:
                raise LookupError(f"no annotation with id {annotation_id}")
            if tags is not None:
                set_annotation_tags(annotation_id, tags)
            if note is not None:
                self._index_note(annotation_id, note)
        return self.get_annotation(annotation_id)

    def orphans(self) -> list[AnnotationRecord]:
        """Highlights whose words a new version of their speech no longer has."""
        rows = (Annotation.select().join(Speech)
                .where(Annotation.orphan == True, Speech.deleted == False)  # noqa: E712
                .order_by(Annotation.speech, Annotation.start))
        tags = tags_of([row.id for row in rows])
        return [_record(row, tags.get(row.id, [])) for row in rows]

    def reattach_annotation(self, annotation_id: int, start: int, end: int
                            ) -> AnnotationRecord:
        """Put a highlight (an orphan, usually) on text[start:end] of its speech; its quote
        becomes those words, its colour, note and tags stay."""
        with self.db.atomic():
            reattach(annotation_id, start, end)
        return self.get_annotation(annotation_id)

    def delete_annotation(self, annotation_id: int) -> AnnotationRecord:
        """Delete and return what was deleted, so it can be put back."""
        record = self.get_annotation(annotation_id)
        with self.db.atomic():
            Annotation.delete().where(Annotation.id == annotation_id).execute()
            self._index_note(annotation_id, "")
        return record


def tag_ids(names: list[str]) -> list[int]:
    """The ids of tags by name, creating the ones that do not exist yet."""
    ids = []
    for name in dict.fromkeys(name.strip() for name in names):
        if name:
            tag, _ = Tag.get_or_create(name=name)
            ids.append(tag.id)
    return ids


def set_annotation_tags(annotation_id: int, names: list[str]) -> None:
    AnnotationTag.delete().where(AnnotationTag.annotation == annotation_id).execute()
    rows = [{"annotation": annotation_id, "tag": tag} for tag in tag_ids(list(names))]
    if rows:
        AnnotationTag.insert_many(rows).execute()


def tags_of(annotation_ids: list[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = {}
    query = (AnnotationTag.select(AnnotationTag.annotation, Tag.name).join(Tag)
             .where(AnnotationTag.annotation.in_(annotation_ids)).order_by(Tag.name).tuples())
    for annotation_id, name in query:
        tags.setdefault(annotation_id, []).append(name)
    return tags


def _record(row: Annotation, tags: list[str]) -> AnnotationRecord:
    return AnnotationRecord(row.id, row.speech_id, row.start, row.end, row.quote, row.color,
                            row.note, tags, row.prefix, row.suffix, row.orphan, row.created_at)
