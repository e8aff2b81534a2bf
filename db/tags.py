"""Tags, shared by speeches and annotations: listing, renaming, merging, colouring, deleting."""
from __future__ import annotations

from peewee import fn

from db.annotations import tag_ids
from db.models import AnnotationTag, Speech, SpeechTag, Tag
from db.records import TagRecord


class Tags:
    """Mixed into Library; every method is one transaction."""

    def tags(self) -> list[TagRecord]:
        """Every tag with how many speeches and annotations carry it, by name."""
        speeches = dict(SpeechTag.select(SpeechTag.tag, fn.count(SpeechTag.speech))
                        .join(Speech).where(Speech.deleted == False)
                        .group_by(SpeechTag.tag).tuples())
        annotations = dict(AnnotationTag.select(AnnotationTag.tag, fn.count(AnnotationTag.annotation))
                           .group_by(AnnotationTag.tag).tuples())
        return [TagRecord(tag.id, tag.name, tag.color, speeches.get(tag.id, 0),
                          annotations.get(tag.id, 0)) for tag in Tag.select().order_by(Tag.name)]

    def tag_names(self) -> list[str]:
        return [name for (name,) in Tag.select(Tag.name).order_by(Tag.name).tuples()]

    def speech_tags(self, speech_id: int) -> list[str]:
        return [name for (name,) in Tag.select(Tag.name).join(SpeechTag)
                .where(SpeechTag.speech == speech_id).order_by(Tag.name).tuples()]

    def set_speech_tags(self, speech_id: int, names: list[str]) -> list[str]:
        with self.db.atomic():
            SpeechTag.delete().where(SpeechTag.speech == speech_id).execute()
            rows = [{"speech": speech_id, "tag": tag} for tag in tag_ids(list(names))]
            if rows:
                SpeechTag.insert_many(rows).execute()
        return self.speech_tags(speech_id)

    def create_tag(self, name: str, color: str | None = None) -> TagRecord:
        name = _clean(name)
        if Tag.get_or_none(Tag.name == name):
            raise ValueError(f"there is already a tag named {name!r}")
        tag = Tag.create(name=name, color=color)
        return TagRecord(tag.id, tag.name, tag.color)

    def rename_tag(self, tag_id: int, name: str) -> None:
        name = _clean(name)
        other = Tag.get_or_none(Tag.name == name)
        if other is not None and other.id != tag_id:
            raise ValueError(f"there is already a tag named {name!r}; merge the two instead")
        Tag.update(name=name).where(Tag.id == tag_id).execute()

    def set_tag_color(self, tag_id: int, color: str | None) -> None:
        Tag.update(color=color).where(Tag.id == tag_id).execute()

    def merge_tags(self, source_id: int, target_id: int) -> None:
        """Give everything tagged `source` the tag `target`, then delete `source`."""
        if source_id == target_id:
            return
        with self.db.atomic():
            for table, column in ((SpeechTag, SpeechTag.speech),
                                  (AnnotationTag, AnnotationTag.annotation)):
                tagged = table.select(column).where(table.tag == target_id)
                table.update(tag=target_id).where(table.tag == source_id,
                                                  column.not_in(tagged)).execute()
            Tag.delete().where(Tag.id == source_id).execute()

    def delete_tag(self, tag_id: int) -> None:
        Tag.delete().where(Tag.id == tag_id).execute()


def _clean(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValueError("a tag needs a name")
    return name
