"""Excerpts to export: the user's highlights (and, on request, the automatic directives and
figures) of the chosen speeches, each with its citation and anchors; and highlights read back
from a W3C Web Annotation export, placed on the same text in this library."""
from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from peewee import fn

from analysis.anchor import anchor
from analysis.language.sentences import sentence_bounds
from db import annotation_file
from db.binding import Part
from db.contents import SOURCE_FIELDS
from db.index import SearchIndex
from db.models import Annotation, AnnotationTag, Mention, Source, Speech, SpeechTag, Tag, tuples
from db.reanchor import CONTEXT, anchored
from db.reasons import AnnotationReason
from db.records import (
    AnnotationImport,
    AnnotationProblem,
    Cloze,
    Excerpt,
    ExportFilter,
)
from db.speeches import day
from db.study import path_at, section_paths
from db.tags import set_annotation_tags, tags_of

if TYPE_CHECKING:
    from db.connection import LibraryDatabase


class Excerpts(Part):
    def __init__(self, db: LibraryDatabase, index: SearchIndex):
        self.db, self.index = db, index

    def select(self, where: ExportFilter | None = None, limit: int | None = None
               ) -> list[Excerpt]:
        """The excerpts `where` selects, speech by speech (newest speech first) in text order."""
        where = where or ExportFilter()
        speeches = {row.id: row for row in _speeches(where)}
        found: list[Excerpt] = []
        if "highlight" in where.kinds:
            found += _highlights(speeches, where)
        for kind in ("directive", "figure"):
            if kind in where.kinds:
                found += _mentions(speeches, kind)
        order = {speech_id: position for position, speech_id in enumerate(speeches)}
        found.sort(key=lambda e: (order[e.speech_id], e.start, e.end, e.kind))
        found = found[:limit] if limit is not None else found
        sections = section_paths({excerpt.speech_id for excerpt in found}, short=False)
        _add_clozes(found)
        for excerpt in found:
            excerpt.section = path_at(sections.get(excerpt.speech_id, []), excerpt.start)
        return found

    def passage(self, speech_id: int, start: int, end: int) -> Excerpt:
        """text[start:end] of a speech with its citation (copying with the citation)."""
        speech = _speeches(ExportFilter(speech_ids=[speech_id])).first()
        if speech is None or not 0 <= start < end <= len(speech.text):
            raise LookupError(f"no range {start}-{end} in speech {speech_id}")
        excerpt = _excerpt(speech, "highlight", start, end)
        excerpt.section = path_at(section_paths({speech_id}, short=False).get(speech_id, []),
                                  start)
        return excerpt

    def import_annotations(self, document: str) -> AnnotationImport:
        """Highlights from a W3C Web Annotation export (ours: db/exports/web_annotation.py),
        each placed on the speech with the same text (its sha256) — or the same title — by
        its quote and position; one whose words are not found is kept as an orphan. The file
        is checked whole first (db/annotation_file.py) and what it holds is written in one
        transaction; a file that is not such an export raises NotAnExport."""
        checked = annotation_file.read(document)
        outcome = AnnotationImport(automatic=checked.automatic, problems=checked.problems)
        with self.db.atomic():
            for incoming in checked.highlights:
                placed = self._import_one(incoming)
                if placed == "skipped":
                    outcome.skipped += 1
                elif placed in ("placed", "orphan"):
                    outcome.added += 1
                    if placed == "orphan":
                        outcome.problems.append(AnnotationProblem(incoming.number,
                                                                  AnnotationReason.ORPHAN))
                else:
                    outcome.problems.append(AnnotationProblem(
                        incoming.number, AnnotationReason.NO_SPEECH, placed))
        outcome.problems.sort(key=lambda problem: problem.number)
        return outcome

    def _import_one(self, incoming: annotation_file.Incoming) -> str:
        """"placed", "orphan", "skipped", or the title of the speech that is not here."""
        speech = _speech_for(incoming.source, incoming.title)
        if speech is None:
            return incoming.title  # names the speech that is missing
        found = anchor(speech.text, incoming.exact, incoming.prefix, incoming.suffix,
                       incoming.start)
        start, end = (found.start, found.end) if found else (0, 0)
        if found and Annotation.select().where(Annotation.speech == speech.id,
                                               Annotation.start == start,
                                               Annotation.end == end).exists():
            return "skipped"
        now = datetime.now()
        place = anchored(speech.text, start, end) if found else {
            "start": 0, "end": 0, "quote": incoming.exact,
            "prefix": incoming.prefix[-CONTEXT:], "suffix": incoming.suffix[:CONTEXT]}
        row = Annotation.create(speech=speech.id, **place, color=incoming.color,
                                note=incoming.note, orphan=found is None,
                                created_at=incoming.created or now, updated_at=now)
        set_annotation_tags(row.id, incoming.tags)
        self.index.set_note(row.id, incoming.note)
        return "placed" if found else "orphan"


def _speeches(where: ExportFilter) -> Any:
    query = (Speech.select(Speech.id, Speech.title, Speech.speaker, Speech.occasion,
                           Speech.date, Speech.origin, Speech.text_hash, Speech.text,
                           *(getattr(Speech, name) for name in SOURCE_FIELDS),
                           Source.imported_at)
             .join(Source)
             .where(Speech.deleted == False)
             .order_by(Speech.date.desc(nulls="last"), Speech.id))
    if where.speech_ids is not None:
        query = query.where(Speech.id.in_(where.speech_ids))
    if where.date_from:
        query = query.where(fn.substr(Speech.date, 1, len(where.date_from)) >= where.date_from)
    if where.date_to:
        query = query.where(fn.substr(Speech.date, 1, len(where.date_to)) <= where.date_to)
    return query


def _excerpt(speech: Any, kind: str, start: int, end: int, **more: Any) -> Excerpt:
    """The passage start..end of `speech`; an automatic mention as its sentence, marked."""
    if kind != "highlight":
        low, high = sentence_bounds(speech.text, start, end)
        if (low, high) != (start, end):
            more["marked"] = (start - low, end - low)
            start, end = low, high
    place = anchored(speech.text, start, end)
    return Excerpt(kind, speech.id, speech.title, speech.speaker, speech.occasion, speech.date,
                   "", start, end, place["quote"], place["prefix"], place["suffix"],
                   speech.text_hash, origin=speech.origin,
                   **{name: getattr(speech, name) for name in SOURCE_FIELDS},
                   accessed=day(speech.source.imported_at), **more)


def _highlights(speeches: dict, where: ExportFilter) -> list[Excerpt]:
    query = (Annotation.select().where(Annotation.speech.in_(list(speeches)),
                                       Annotation.orphan == False)
             .order_by(Annotation.speech, Annotation.start))
    if where.colors:
        query = query.where(Annotation.color.in_(where.colors))
    if where.tags:
        tagged_speeches = SpeechTag.select(SpeechTag.speech).join(Tag).where(
            Tag.name.in_(where.tags))
        tagged = AnnotationTag.select(AnnotationTag.annotation).join(Tag).where(
            Tag.name.in_(where.tags))
        query = query.where(Annotation.id.in_(tagged)
                            | Annotation.speech.in_(tagged_speeches))
    rows = list(query)
    tags = tags_of([row.id for row in rows])
    return [_excerpt(speeches[row.speech_id], "highlight", row.start, row.end, note=row.note,
                     tags=tags.get(row.id, []), color=row.color, annotation_id=row.id,
                     created=row.created_at, modified=row.updated_at)
            for row in rows]


def _mentions(speeches: dict, kind: str) -> list[Excerpt]:
    rows = (Mention.select(Mention.speech, Mention.start, Mention.end)
            .where(Mention.speech.in_(list(speeches)), Mention.kind == kind)
            .order_by(Mention.speech, Mention.start))
    return [_excerpt(speeches[speech_id], kind, start, end)
            for speech_id, start, end in tuples(rows)]


def _add_clozes(excerpts: list[Excerpt]) -> None:
    """The figures and formulas inside each excerpt, as places in its quote."""
    by_speech: dict[int, list[Excerpt]] = {}
    for excerpt in excerpts:
        by_speech.setdefault(excerpt.speech_id, []).append(excerpt)
    rows = (Mention.select(Mention.speech, Mention.kind, Mention.start, Mention.end, Mention.data)
            .where(Mention.speech.in_(list(by_speech)), Mention.kind.in_(["figure", "formula"]))
            .order_by(Mention.start))
    for speech_id, kind, start, end, data in tuples(rows):
        for excerpt in by_speech[speech_id]:
            inside = excerpt.start <= start and end <= excerpt.end
            # A figure's excerpt is a cloze of that figure alone.
            if excerpt.kind == "figure" and excerpt.marked is not None:
                inside = inside and (start - excerpt.start, end - excerpt.start) == excerpt.marked
            if inside:
                hint = json.loads(data).get("expansion") or "" if kind == "formula" else ""
                excerpt.clozes.append(
                    Cloze(start - excerpt.start, end - excerpt.start, kind, hint))


def _speech_for(source: str, title: str) -> Any:
    digest = source.rsplit(":", 1)[-1] if source.startswith("urn:sha256:") else ""
    query = Speech.select(Speech.id, Speech.text).where(Speech.deleted == False)
    speech = query.where(Speech.text_hash == digest).first() if digest else None
    if speech is None and title:
        speech = query.where(Speech.title == title).first()
    return speech
