"""The speeches in the library: listing them, one with its outline and mentions, and deleting
them (hidden until purged, so a delete can be undone)."""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from peewee import fn

from db import ocr
from db.binding import Part
from db.changes import Counted, Touched
from db.index import SearchIndex
from db.models import (
    Annotation,
    AnnotationTag,
    Mention,
    OutlineSection,
    Source,
    Speech,
    SpeechTag,
    Tag,
    dicts,
    tuples,
)
from db.records import MentionRecord, SectionRecord, SpeechRecord, SpeechSummary

if TYPE_CHECKING:
    from db.connection import LibraryDatabase


class Speeches(Part):
    def __init__(self, db: LibraryDatabase, index: SearchIndex):
        self.db, self.index = db, index

    def all(self, limit: int | None = None) -> list[SpeechSummary]:
        """Every speech (or the first `limit`), in the order their files were first imported
        (a file imported again keeps its place) and their order in the file."""
        query = _summaries().order_by(Speech.source, Speech.position, Speech.part)
        return _with_tags(query.limit(limit) if limit is not None else query, None)

    def summaries(self, speech_ids: Iterable[int]) -> list[SpeechSummary]:
        """The rows of these speeches, as all() gives them (deleted ones left out): for a
        window that shows one changed row again, not the whole list."""
        ids = list(speech_ids)
        return _with_tags(_summaries().where(Speech.id.in_(ids)), ids)

    def trash(self) -> list[SpeechSummary]:
        """The deleted speeches, restorable until the trash is emptied (purge_deleted)."""
        query = (_summaries(deleted=True).where(Speech.merged_into.is_null(),
                                                Source.importing.is_null())
                 .order_by(Speech.source, Speech.position, Speech.part))
        return [SpeechSummary(**row) for row in dicts(query)]

    def get(self, speech_id: int) -> SpeechRecord:
        rows = dicts(_summaries().where(Speech.id == speech_id))
        if not rows:
            raise LookupError(f"no speech with id {speech_id}")
        row: dict[str, Any] = rows[0]
        row["tags"] = [name for (name,) in tuples(
            Tag.select(Tag.name).join(SpeechTag).where(SpeechTag.speech == speech_id)
            .order_by(Tag.name))]
        text = Speech.select(Speech.text).where(Speech.id == speech_id).scalar()
        sections = (OutlineSection.select().where(OutlineSection.speech == speech_id)
                    .order_by(OutlineSection.position))
        outline = [SectionRecord(s.id, s.parent_id, s.level, s.label, s.title, s.start, s.end,
                                 s.kind) for s in sections]
        mentions = [MentionRecord(m.kind, m.start, m.end, m.text, json.loads(m.data))
                    for m in Mention.select().where(Mention.speech == speech_id)
                    .order_by(Mention.start, Mention.id)]
        read_by_ocr, uncertain = ocr.of_speech(speech_id)
        return SpeechRecord(SpeechSummary(**row), text, outline, mentions,
                            _number(row["source_id"], speech_id), read_by_ocr, uncertain)

    def accessed(self, speech_id: int) -> date | None:
        """The day its file was last imported: a reference's access date (引用日期)."""
        imported = (Source.select(Source.imported_at).join(Speech)
                    .where(Speech.id == speech_id).scalar())
        return day(imported)

    def of_source(self, source_id: int) -> list[int]:
        """The ids of a file's speeches as the list shows them, in their order."""
        return _of_source(source_id)

    def exists(self, speech_id: int) -> bool:
        """Is it in the library and not in the trash?"""
        return Speech.select().where(Speech.id == speech_id, Speech.deleted == False).exists()

    def count(self) -> int:
        return Speech.select().where(Speech.deleted == False).count()

    def source_count(self) -> int:
        return Source.select().count()

    def delete(self, speech_ids: list[int]) -> Touched:
        """Put speeches in the trash: hidden until purge_deleted() empties it; restore()
        brings them back. (library.edits.trash_speeches() does it undoably.)"""
        Speech.update(deleted=True).where(Speech.id.in_(speech_ids)).execute()
        return Touched(listing=True, cards=True)

    def restore(self, speech_ids: list[int]) -> Touched:
        Speech.update(deleted=False).where(Speech.id.in_(speech_ids)).execute()
        return Touched(listing=True, cards=True)

    def deleted_count(self) -> int:
        return Speech.select().join(Source).where(Speech.deleted == True,
                                                  Speech.merged_into.is_null(),
                                                  Source.importing.is_null()).count()

    def purge_deleted(self) -> Counted:
        """Remove deleted speeches for good, and sources left without speeches."""
        with self.db.atomic():
            # Not merged ones, nor those of a file still being imported (hidden till whole).
            deleted = ((Speech.deleted == True) & Speech.merged_into.is_null()
                       & Speech.source.in_(Source.select(Source.id)
                                           .where(Source.importing.is_null())))
            self.index.remove_speeches(row[0] for row in tuples(
                Speech.select(Speech.id).where(deleted)))
            count = Speech.delete().where(deleted).execute()
            Source.delete().where(Source.id.not_in(Speech.select(Speech.source))).execute()
        return Counted(count, Touched(listing=True, cards=True))


def _with_tags(query: Any, speech_ids: list[int] | None) -> list[SpeechSummary]:
    """Summaries with their tags and their highlights' tags (of `speech_ids`, or all)."""
    tags: dict[int, list[str]] = {}
    own = SpeechTag.select(SpeechTag.speech, Tag.name).join(Tag).order_by(Tag.name)
    if speech_ids is not None:
        own = own.where(SpeechTag.speech.in_(speech_ids))
    for speech_id, name in tuples(own):
        tags.setdefault(speech_id, []).append(name)
    marked: dict[int, list[str]] = {}
    highlights = (AnnotationTag.select(Annotation.speech, Tag.name).distinct()
                  .join(Annotation).switch(AnnotationTag).join(Tag).order_by(Tag.name))
    if speech_ids is not None:
        highlights = highlights.where(Annotation.speech.in_(speech_ids))
    for speech_id, name in tuples(highlights):
        marked.setdefault(speech_id, []).append(name)
    # The rows as SQLite gives them: peewee's conversion of each value costs more than the
    # query itself over a large library, and these columns need none.
    # Read a batch at a time, and the values many rows share (a speaker, a file's path) kept
    # once: a list of 100,000 speeches is held for as long as the window is open.
    sql, params = query.sql()
    database = query.model._meta.database
    cursor = database.execute_sql(sql, params)
    names = [column[0] for column in cursor.description]
    shared: dict[str, str] = {}
    summaries = []
    with database.explained(sql):  # the rows come from the index as they are read
        while batch := cursor.fetchmany(ROWS_AT_ONCE):
            for values in batch:
                row = dict(zip(names, values, strict=True))
                for name in SHARED_COLUMNS:
                    if row[name] is not None:
                        row[name] = shared.setdefault(row[name], row[name])
                summaries.append(SpeechSummary(**row, tags=tags.get(row["id"], []),
                                               highlight_tags=marked.get(row["id"], [])))
    return summaries


ROWS_AT_ONCE = 2000
SHARED_COLUMNS = ("source_path", "speaker", "occasion", "date")


def _summaries(deleted: bool = False) -> Any:
    # The highlights counted speech by speech, not grouped: grouping all the speeches first
    # made the list's first rows wait for every speech (speech_listing gives its order).
    highlights = (Annotation.select(fn.count(Annotation.id))
                  .where(Annotation.speech == Speech.id))
    return (Speech.select(Speech.id, Speech.source.alias("source_id"),
                          Source.path.alias("source_path"), Speech.position, Speech.title,
                          Speech.speaker, Speech.occasion, Speech.date, Speech.origin,
                          Speech.chars, highlights.alias("annotations"))
            .join(Source)
            .where(Speech.deleted == deleted))


def _of_source(source_id: int) -> list[int]:
    """The speeches of a file that are not deleted or merged into another, in their order (a
    part split off counts as a speech of its own)."""
    return [speech_id for (speech_id,) in tuples(
        Speech.select(Speech.id).where(Speech.source == source_id, Speech.deleted == False,
                                       Speech.merged_into.is_null())
        .order_by(Speech.position, Speech.part))]


def _number(source_id: int, speech_id: int) -> int:
    """The speech's place among its file's speeches (1 for the first, or for one in the
    trash)."""
    ids = _of_source(source_id)
    return ids.index(speech_id) + 1 if speech_id in ids else 1


def day(stamp: datetime | str | None) -> date | None:
    """A stored time as its day (SQLite may give it back as text)."""
    if stamp is None:
        return None
    return (stamp if isinstance(stamp, datetime) else datetime.fromisoformat(stamp)).date()
