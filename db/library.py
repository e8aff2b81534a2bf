"""The library API used by the desktop app and the command line. Returns plain records."""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path

from peewee import JOIN, fn

from analysis import Analysis, InputError
from analysis.model import OutlineEntry
from analysis.version import ANALYZER_VERSION
from db.annotations import Annotations
from db.backup import (
    KEEP,
    automatic_backup,
    automatic_backups,
    copy_database,
    daily_backup_due,
    quick_check,
    restore,
)
from db.connection import WriteError, init_db
from db.excerpts import Excerpts
from db.files import collect_files
from db.models import (
    Annotation,
    Mention,
    OutlineSection,
    Source,
    Speech,
    SpeechIndex,
    SpeechTag,
    Tag,
)
from db.reanchor import Placement, reanchor
from db.records import (
    ImportResult,
    MentionRecord,
    SectionRecord,
    SpeechRecord,
    SpeechSummary,
)
from db.review import Review
from db.search import Search
from db.study import Study
from db.tags import Tags


class Library(Annotations, Tags, Search, Study, Review, Excerpts):
    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.db = init_db(self.path)

    def close(self) -> None:
        """Close this thread's connection (a worker thread closes its own when done)."""
        if not self.db.is_closed():
            self.db.close()

    # Backups (db/backup.py)

    def backup(self, target: str | os.PathLike) -> Path:
        """A consistent, checked copy of the library at `target`, taken while it is in use."""
        return copy_database(self.db.connection(), Path(target))

    def daily_backup(self, keep: int = KEEP) -> Path | None:
        """Once a day, a copy into the backups folder beside the library (the newest `keep`
        are kept). Returns the copy, or None when today's exists."""
        if not daily_backup_due(self.path):
            return None
        return automatic_backup(self.db.connection(), self.path, "daily", keep)

    def backups(self) -> list[Path]:
        """The automatic backups, newest first."""
        return automatic_backups(self.path)

    def check(self) -> str | None:
        """What is wrong with the library file (SQLite's quick_check), or None."""
        return quick_check(self.db.connection())

    def restore_from(self, backup: str | os.PathLike) -> Path | None:
        """Replace this library with a checked copy of `backup` and reopen it. Every other
        thread must have closed its connection. Returns where the replaced file was kept."""
        self.close()
        try:
            return restore(Path(backup), self.path)
        finally:
            self.db.connect(reuse_if_open=True)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # Import

    def import_paths(self, paths: Iterable[str | os.PathLike],
                     cancelled: Callable[[], bool] = lambda: False,
                     progress: Callable[[int, int, str], None] = lambda done, total, name: None
                     ) -> Iterator[ImportResult]:
        """Import files and folders one file at a time; each file is its own transaction.
        `progress(done, total, name)` is told before each file and once at the end."""
        files = list(collect_files(paths))
        for done, path in enumerate(files):
            if cancelled():
                return
            progress(done, len(files), str(path))
            yield self.import_file(path)
        progress(len(files), len(files), "")

    def import_file(self, path: str | os.PathLike) -> ImportResult:
        from analysis.pipeline import (  # see analysis/__init__.py
            analyze_bytes,
            read_limited,
        )
        name = str(path)
        try:
            data = read_limited(Path(path))
        except InputError as error:
            return ImportResult(name, "failed", error.reason)
        digest = hashlib.sha256(data).hexdigest()
        existing = _existing(name, digest)
        if existing is not None:
            return existing
        try:
            analysis = analyze_bytes(data, name)
        except InputError as error:
            return ImportResult(name, "failed", error.reason)
        count = len(analysis.speeches)
        earlier = (Source.select().where(Source.path == str(Path(path).resolve()))
                   .order_by(Source.imported_at.desc(), Source.id.desc()).first())
        try:
            if earlier is not None:
                placement = self._update_source(earlier.id, analysis, digest, len(data))
                return ImportResult(name, "updated", _updated_message(count, placement),
                                    earlier.id, count, placement)
            source_id = self._store(analysis, digest, len(data))
        except WriteError as error:
            return ImportResult(name, "failed", error.detail)
        return ImportResult(name, "imported", f"{count} speech{'es' if count != 1 else ''}",
                            source_id, count)

    def import_text(self, text: str, title: str = "", name: str = "pasted text") -> ImportResult:
        """Import pasted text; a non-empty `title` names its first speech."""
        from analysis.pipeline import analyze_bytes  # see analysis/__init__.py
        data = text.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        existing = _existing(name, digest)
        if existing is not None:
            return existing
        try:
            analysis = analyze_bytes(data, f"{name}.txt")
        except InputError as error:
            return ImportResult(name, "failed", error.reason)
        analysis.file = name
        if title.strip():
            analysis.speeches[0].title = title.strip()
        try:
            source_id = self._store(analysis, digest, len(data), resolve=False)
        except WriteError as error:
            return ImportResult(name, "failed", error.detail)
        count = len(analysis.speeches)
        return ImportResult(name, "imported", f"{count} speech{'es' if count != 1 else ''}",
                            source_id, count)

    def _store(self, analysis: Analysis, digest: str, size: int, resolve: bool = True) -> int:
        now = datetime.now()
        with self.db.atomic():
            source = Source.create(
                path=str(Path(analysis.file).resolve()) if resolve else analysis.file, sha256=digest, format=analysis.format,
                encoding=analysis.encoding, size=size, page_title=analysis.page.title,
                page_date=analysis.page.date, site=analysis.page.site, imported_at=now)
            for speech in analysis.speeches:
                self._store_speech(source.id, speech, now)
        return source.id

    def _store_speech(self, source_id: int, speech, now: datetime) -> None:
        row = Speech.create(source=source_id, position=speech.position, created_at=now,
                            **_speech_fields(speech))
        self._store_contents(row, speech)

    def _store_contents(self, row: Speech | int, speech) -> None:
        """A speech's search index entry, outline and mentions (`row`: its row or id)."""
        speech_id = row.id if isinstance(row, Speech) else row
        self._index_speech(speech_id, speech.text, speech.search_text)
        _store_outline(row, speech.outline)
        _store_mentions(speech_id, speech.mentions)

    def _update_source(self, source_id: int, analysis: Analysis, digest: str, size: int
                       ) -> Placement:
        """A file imported again with new content: each speech is updated where it is (same
        position in the file), keeping its id, tags and highlights, which are re-anchored to
        the new text. Speeches the new version no longer has stay as they were."""
        now = datetime.now()
        placement = Placement()
        with self.db.atomic():
            Source.update(sha256=digest, size=size, format=analysis.format,
                          encoding=analysis.encoding, page_title=analysis.page.title,
                          page_date=analysis.page.date, site=analysis.page.site,
                          imported_at=now).where(Source.id == source_id).execute()
            old = {row.position: row.id for row in
                   Speech.select(Speech.id, Speech.position).where(Speech.source == source_id)}
            for speech in analysis.speeches:
                speech_id = old.get(speech.position)
                if speech_id is None:
                    self._store_speech(source_id, speech, now)
                    continue
                Speech.update(**_speech_fields(speech), deleted=False).where(
                    Speech.id == speech_id).execute()
                OutlineSection.delete().where(OutlineSection.speech == speech_id).execute()
                Mention.delete().where(Mention.speech == speech_id).execute()
                SpeechIndex.delete().where(SpeechIndex.rowid == speech_id).execute()
                self._store_contents(speech_id, speech)
                placement.add(reanchor(speech_id, speech.text))
        return placement

    # Re-analysis

    def stale_count(self) -> int:
        """Speeches stored by an older analyzer, whose mentions are out of date."""
        return Speech.select().where(Speech.analyzer_version < ANALYZER_VERSION).count()

    def reanalyze(self, cancelled: Callable[[], bool] = lambda: False,
                  progress: Callable[[int, int], None] = lambda done, total: None) -> int:
        """Recompute the mentions of every stale speech from its stored text and outline,
        one transaction per speech. Returns how many were brought up to date."""
        from analysis.extract import extract  # see analysis/__init__.py
        ids = [row.id for row in Speech.select(Speech.id)
               .where(Speech.analyzer_version < ANALYZER_VERSION).order_by(Speech.id)]
        for done, speech_id in enumerate(ids):
            if cancelled():
                return done
            text = Speech.select(Speech.text).where(Speech.id == speech_id).scalar()
            mentions = extract(text, _outline(speech_id))
            with self.db.atomic():
                Mention.delete().where(Mention.speech == speech_id).execute()
                _store_mentions(speech_id, mentions)
                Speech.update(analyzer_version=ANALYZER_VERSION).where(
                    Speech.id == speech_id).execute()
            progress(done + 1, len(ids))
        return len(ids)

    # Deleting speeches

    def delete_speeches(self, speech_ids: list[int]) -> None:
        """Hide speeches until purge_deleted(); restore_speeches() brings them back."""
        Speech.update(deleted=True).where(Speech.id.in_(speech_ids)).execute()

    def restore_speeches(self, speech_ids: list[int]) -> None:
        Speech.update(deleted=False).where(Speech.id.in_(speech_ids)).execute()

    def purge_deleted(self) -> int:
        """Remove deleted speeches for good, and sources left without speeches."""
        with self.db.atomic():
            self._unindex_speeches(row.id for row in Speech.select(Speech.id)
                                   .where(Speech.deleted == True))
            count = Speech.delete().where(Speech.deleted == True).execute()
            Source.delete().where(Source.id.not_in(Speech.select(Speech.source))).execute()
        return count

    # Queries

    def list_speeches(self) -> list[SpeechSummary]:
        query = self._summaries().order_by(Source.imported_at, Source.id, Speech.position)
        tags: dict[int, list[str]] = {}
        for speech_id, name in (SpeechTag.select(SpeechTag.speech, Tag.name).join(Tag)
                                .order_by(Tag.name).tuples()):
            tags.setdefault(speech_id, []).append(name)
        return [SpeechSummary(**row, tags=tags.get(row["id"], [])) for row in query]

    def get_speech(self, speech_id: int) -> SpeechRecord:
        row = self._summaries().where(Speech.id == speech_id).first()
        if row is None:
            raise LookupError(f"no speech with id {speech_id} in {self.path}")
        row["tags"] = self.speech_tags(speech_id)
        text = Speech.select(Speech.text).where(Speech.id == speech_id).scalar()
        sections = (OutlineSection.select().where(OutlineSection.speech == speech_id)
                    .order_by(OutlineSection.position))
        outline = [SectionRecord(s.id, s.parent_id, s.level, s.label, s.title, s.start, s.end,
                                 s.kind) for s in sections]
        mentions = [MentionRecord(m.kind, m.start, m.end, m.text, json.loads(m.data))
                    for m in Mention.select().where(Mention.speech == speech_id)
                    .order_by(Mention.start, Mention.id)]
        return SpeechRecord(SpeechSummary(**row), text, outline, mentions)

    def speech_count(self) -> int:
        return Speech.select().where(Speech.deleted == False).count()

    def source_count(self) -> int:
        return Source.select().count()

    @staticmethod
    def _summaries():
        return (Speech.select(Speech.id, Speech.source.alias("source_id"),
                              Source.path.alias("source_path"), Speech.position, Speech.title,
                              Speech.speaker, Speech.occasion, Speech.date,
                              Speech.chars,
                              fn.count(Annotation.id).alias("annotations"))
                .join(Source).switch(Speech)
                .join(Annotation, JOIN.LEFT_OUTER)
                .where(Speech.deleted == False)
                .group_by(Speech.id).dicts())


def _existing(name: str, digest: str) -> ImportResult | None:
    """The result of importing bytes that are already in the library: nothing new, but
    speeches of that source deleted in this session come back."""
    source = Source.get_or_none(Source.sha256 == digest)
    if source is None:
        return None
    restored = Speech.update(deleted=False).where(Speech.source == source,
                                                  Speech.deleted == True).execute()
    message = f"already in the library as source {source.id}"
    if restored:
        message += f"; {restored} deleted speech(es) restored"
    return ImportResult(name, "unchanged", message, source.id, source.speeches.count())


def _speech_fields(speech) -> dict:
    """What a speech row holds of an analysed speech (analysis.Speech)."""
    return {"title": speech.title, "speaker": speech.speaker, "occasion": speech.occasion,
            "date": speech.date, "text": speech.text, "chars": len(speech.text),
            "text_hash": hashlib.sha256(speech.text.encode()).hexdigest(),
            "analyzer_version": ANALYZER_VERSION}


def _updated_message(count: int, placement: Placement) -> str:
    message = f"new version: {count} speech{'es' if count != 1 else ''} updated"
    moved = len(placement.moved) + len(placement.fuzzy)
    if moved:
        message += f"; {moved} highlight(s) moved with their words"
    if placement.orphaned:
        message += (f"; {len(placement.orphaned)} highlight(s) no longer found in the text, "
                    "kept as orphans to re-attach or delete")
    return message


def _store_outline(speech: Speech | int, outline: list[OutlineEntry]) -> None:
    speech_id = speech.id if isinstance(speech, Speech) else speech
    ids: list[int] = []
    for position, entry in enumerate(outline):  # one by one: children need their parent's id
        ids.append(OutlineSection._meta.database.execute_sql(
            "INSERT INTO outline_section (speech_id, position, parent_id, level, label, title, "
            'start, "end", kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
            (speech_id, position, ids[entry.parent] if entry.parent is not None else None,
             entry.level, entry.label, entry.title, entry.start, entry.end, entry.kind)
        ).lastrowid)


def _store_mentions(speech_id: int, mentions) -> None:
    """`mentions`: analysis.extract.Mentions."""
    rows = []
    for kind, items in mentions.to_dict().items():
        for item in items:
            data = {key: value for key, value in item.items()
                    if key not in ("start", "end", "text")}
            rows.append((speech_id, kind[:-1], item["start"], item["end"], item["text"],
                         json.dumps(data, ensure_ascii=False)))
    Mention._meta.database.execute_many(
        'INSERT INTO mention (speech_id, kind, start, "end", text, data) '
        "VALUES (?, ?, ?, ?, ?, ?)", rows)


def _outline(speech_id: int) -> list[OutlineEntry]:
    sections = list(OutlineSection.select().where(OutlineSection.speech == speech_id)
                    .order_by(OutlineSection.position))
    index = {section.id: position for position, section in enumerate(sections)}
    return [OutlineEntry(level=s.level, label=s.label, title=s.title, start=s.start, end=s.end,
                         kind=s.kind, parent=index.get(s.parent_id)) for s in sections]
