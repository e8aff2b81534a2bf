"""Tags, shared by speeches and annotations: listing, renaming, merging, colouring, deleting."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from peewee import fn

from analysis.language.characters import safe
from db.binding import Part
from db.changes import NOTHING, Touched
from db.models import AnnotationTag, Speech, SpeechTag, Tag, tuples
from db.reasons import TagReason
from db.records import TagRecord

if TYPE_CHECKING:
    from db.connection import LibraryDatabase


# A tag renamed, recoloured, merged or deleted: the tag lists, and the rows that show tags.
TAGS = Touched(listing=True, tags=True)

class TagNameError(ValueError):
    """A tag name that cannot be used: `reason` is "empty" or "taken" (another tag has it)."""

    def __init__(self, reason: str, name: str):
        super().__init__(f"{reason}: {name!r}")
        self.reason, self.name = reason, name


class Tags(Part):
    """Every method that writes is one transaction."""

    def __init__(self, db: LibraryDatabase):
        self.db = db

    def all(self) -> list[TagRecord]:
        """Every tag with how many speeches and annotations carry it, by name."""
        speeches = dict(tuples(SpeechTag.select(SpeechTag.tag, fn.count(SpeechTag.speech))
                               .join(Speech).where(Speech.deleted == False)
                               .group_by(SpeechTag.tag)))
        annotations = dict(tuples(AnnotationTag.select(AnnotationTag.tag,
                                                       fn.count(AnnotationTag.annotation))
                                  .group_by(AnnotationTag.tag)))
        return [TagRecord(tag.id, tag.name, tag.color, speeches.get(tag.id, 0),
                          annotations.get(tag.id, 0)) for tag in Tag.select().order_by(Tag.name)]

    def names(self) -> list[str]:
        return [name for (name,) in tuples(Tag.select(Tag.name).order_by(Tag.name))]

    def colors(self) -> dict[str, str]:
        """The colour of each tag that has one, by name."""
        return dict(tuples(Tag.select(Tag.name, Tag.color).where(Tag.color.is_null(False))))

    def of_speech(self, speech_id: int) -> list[str]:
        return [name for (name,) in tuples(Tag.select(Tag.name).join(SpeechTag)
                                           .where(SpeechTag.speech == speech_id)
                                           .order_by(Tag.name))]

    def set_speech(self, speech_id: int, names: Iterable[str]) -> list[str]:
        """Give the speech exactly these tags (new names become tags); returns them."""
        with self.db.atomic():
            SpeechTag.delete().where(SpeechTag.speech == speech_id).execute()
            rows = [{"speech": speech_id, "tag": tag} for tag in tag_ids(names)]
            if rows:
                SpeechTag.insert_many(rows).execute()
        return self.of_speech(speech_id)

    def create(self, name: str, color: str | None = None) -> TagRecord:
        name = _clean(name)
        if Tag.get_or_none(Tag.name == name):
            raise TagNameError(TagReason.TAKEN, name)
        tag = Tag.create(name=name, color=color)
        return TagRecord(tag.id, tag.name, tag.color)

    def rename(self, tag_id: int, name: str) -> Touched:
        name = _clean(name)
        other = Tag.get_or_none(Tag.name == name)
        if other is not None and other.id != tag_id:
            raise TagNameError(TagReason.TAKEN, name)
        Tag.update(name=name).where(Tag.id == tag_id).execute()
        return TAGS

    def set_color(self, tag_id: int, color: str | None) -> Touched:
        Tag.update(color=color).where(Tag.id == tag_id).execute()
        return TAGS

    def merge(self, source_id: int, target_id: int) -> Touched:
        """Give everything tagged `source` the tag `target`, then delete `source`."""
        if source_id == target_id:
            return NOTHING
        with self.db.atomic():
            for table, column in ((SpeechTag, SpeechTag.speech),
                                  (AnnotationTag, AnnotationTag.annotation)):
                tagged = table.select(column).where(table.tag == target_id)
                table.update(tag=target_id).where(table.tag == source_id,
                                                  column.not_in(tagged)).execute()
            Tag.delete().where(Tag.id == source_id).execute()
        return TAGS

    def delete(self, tag_id: int) -> Touched:
        Tag.delete().where(Tag.id == tag_id).execute()
        return TAGS


def tag_ids(names: Iterable[str]) -> list[int]:
    """The ids of tags by name, creating the ones that do not exist yet."""
    ids = []
    for name in dict.fromkeys(safe(name).strip() for name in names):
        if name:
            tag, _ = Tag.get_or_create(name=name)
            ids.append(tag.id)
    return ids


def set_annotation_tags(annotation_id: int, names: Iterable[str]) -> None:
    AnnotationTag.delete().where(AnnotationTag.annotation == annotation_id).execute()
    rows = [{"annotation": annotation_id, "tag": tag} for tag in tag_ids(names)]
    if rows:
        AnnotationTag.insert_many(rows).execute()


def tags_of(annotation_ids: list[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = {}
    query = (AnnotationTag.select(AnnotationTag.annotation, Tag.name).join(Tag)
             .where(AnnotationTag.annotation.in_(annotation_ids)).order_by(Tag.name))
    for annotation_id, name in tuples(query):
        tags.setdefault(annotation_id, []).append(name)
    return tags


def _clean(name: str) -> str:
    name = safe(name).strip()
    if not name:
        raise TagNameError(TagReason.EMPTY, name)
    return name
