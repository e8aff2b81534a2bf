"""The user's corrections of what the analysis guessed: a speech's fields (title, speaker,
occasion, date, 出处, where it was published) and its mentions (a directive, figure, date,
提法 or document dismissed, or a span marked as one). They are kept beside the machine's
results, which stay as the analysis made them, and applied again after every re-import and
re-analysis; a mention correction whose words are gone becomes an orphan, as a highlight
does."""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import fn

from analysis.anchor import anchor
from analysis.language.numerals import parse_date, parse_issue
from analysis.vocabulary import MARKER_STRENGTHS as STRENGTHS
from analysis.vocabulary import MentionKind
from db.binding import Part
from db.models import (
    FieldCorrection,
    Mention,
    MentionCorrection,
    Source,
    Speech,
    TextCorrection,
    tuples,
)
from db.reanchor import anchored
from db.reasons import EditReason
from db.records import FieldState, MentionCorrectionRecord

if TYPE_CHECKING:
    from db.connection import LibraryDatabase
    from db.index import SearchIndex

CORRECTED_FIELDS = ("title", "speaker", "occasion", "date", "origin", "publication", "issue",
                    "page", "url", "published", "doc_number", "compilation", "editors", "place",
                    "publisher", "year")
DATE_FIELDS = ("date", "published")
WEB_ADDRESS = re.compile(r"https?://\S+", re.IGNORECASE)
MENTION_KINDS = tuple(MentionKind)  # the analysis's own kinds
ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
YEAR = re.compile(r"(\d{4})\s*年?")


class EditError(ValueError):
    """A correction that cannot be made, as a fact: `reason` is one of "unknown-field",
    "bad-date", "bad-url", "bad-year", "title-of-several", "no-speech", "bad-range",
    "unknown-kind", "bad-strength", "no-mention", and for the text's changes (db/structure.py)
    "no-next", "changed", "bad-replacement", "not-found" and "ambiguous"; `detail` is the
    value refused."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}" + (f" ({detail})" if detail else ""))
        self.reason, self.detail = reason, detail


class Corrections(Part):
    """Every method that writes is one transaction."""

    def __init__(self, db: LibraryDatabase, index: SearchIndex):
        self.db = db
        self.index = index

    # Fields

    def fields(self, speech_id: int) -> list[FieldState]:
        """Each correctable field of the speech: its value and, when the user corrected it,
        what the analysis had found."""
        row = Speech.get_or_none(Speech.id == speech_id)
        if row is None:
            raise EditError(EditReason.NO_SPEECH, str(speech_id))
        corrected = {c.field: c for c in FieldCorrection.select().where(
            FieldCorrection.speech == speech_id)}
        return [FieldState(speech_id, name, getattr(row, name),
                           corrected[name].machine if name in corrected else getattr(row, name),
                           name in corrected)
                for name in CORRECTED_FIELDS]

    def edit(self, speech_ids: Iterable[int], changes: dict[str, str | None]
             ) -> list[FieldState]:
        """Set fields of one or more speeches (a title only of one); an empty value clears the
        field. Returns the states before, for restore() to undo."""
        ids = list(speech_ids)
        values = check_changes(changes)
        if "title" in values and len(ids) > 1:
            raise EditError(EditReason.TITLE_OF_SEVERAL, str(len(ids)))
        with self.db.atomic():
            before = [state for speech_id in ids for state in self.fields(speech_id)
                      if state.field in values]
            now = datetime.now()
            for state in before:
                value = values[state.field]
                FieldCorrection.insert(speech=state.speech_id, field=state.field, value=value,
                                       machine=state.machine, corrected_at=now).on_conflict(
                    conflict_target=[FieldCorrection.speech, FieldCorrection.field],
                    update={FieldCorrection.value: value,
                            FieldCorrection.corrected_at: now}).execute()
                _set_column(self.index, state.speech_id, state.field, value)
        return before

    def reset(self, speech_ids: Iterable[int], fields: Iterable[str]) -> list[FieldState]:
        """Give fields back to the analysis. Returns the states before, for restore()."""
        names = list(fields)
        for name in names:
            _checked(name, None)
        with self.db.atomic():
            before = [state for speech_id in speech_ids for state in self.fields(speech_id)
                      if state.field in names]
            for state in before:
                self.restore([FieldState(state.speech_id, state.field, state.machine,
                                         state.machine, False)])
        return before

    def restore(self, states: Iterable[FieldState]) -> None:
        """Put fields back as they were (an undo of edit() or reset())."""
        with self.db.atomic():
            for state in states:
                condition = ((FieldCorrection.speech == state.speech_id)
                             & (FieldCorrection.field == state.field))
                FieldCorrection.delete().where(condition).execute()
                if state.corrected:
                    FieldCorrection.create(speech=state.speech_id, field=state.field,
                                           value=state.value, machine=state.machine,
                                           corrected_at=datetime.now())
                _set_column(self.index, state.speech_id, state.field, state.value)

    # Mentions

    def dismiss(self, speech_id: int, kind: str, start: int, end: int
                ) -> MentionCorrectionRecord:
        """The analysis was wrong to find this mention. Dismissing a span the user marked
        withdraws the mark instead."""
        if kind not in MENTION_KINDS:
            raise EditError(EditReason.UNKNOWN_KIND, kind)
        rows = list(Mention.select().where(Mention.speech == speech_id, Mention.kind == kind,
                                           Mention.start == start, Mention.end == end))
        if not rows:
            raise EditError(EditReason.NO_MENTION, f"{start}-{end}")
        with self.db.atomic():
            mark = (MentionCorrection.select().where(
                MentionCorrection.speech == speech_id, MentionCorrection.action == "mark",
                MentionCorrection.kind == kind, MentionCorrection.start == start,
                MentionCorrection.end == end).first())
            if mark is not None:
                record = _record(mark)
                self.withdraw(mark.id)
                return record
            text = _text(speech_id)
            row = MentionCorrection.create(speech=speech_id, action="dismiss", kind=kind,
                                           data=rows[0].data, corrected_at=datetime.now(),
                                           **anchored(text, start, end))
            Mention.delete().where(Mention.id.in_([r.id for r in rows])).execute()
        return _record(row)

    def mark(self, speech_id: int, kind: str, start: int, end: int,
             strength: str | None = None) -> MentionCorrectionRecord:
        """text[start:end] is a mention of `kind` the analysis missed; a directive has a
        strength (must, unless given)."""
        from analysis.layers.extract import extract  # see analysis/__init__.py
        if kind not in MENTION_KINDS:
            raise EditError(EditReason.UNKNOWN_KIND, kind)
        if strength is not None and (kind != "directive" or strength not in STRENGTHS):
            raise EditError(EditReason.BAD_STRENGTH, strength)
        text = _text(speech_id)
        if not 0 <= start < end <= len(text):
            raise EditError(EditReason.BAD_RANGE, f"{start}-{end}")
        # What the analysis would say of the span alone: a figure's value and unit, a date's
        # day, a formula's expansion.
        found = getattr(extract(text[start:end], []), kind + "s")
        data = {key: value for key, value in (found[0].to_dict() if found else {}).items()
                if key not in ("start", "end", "text")}
        if kind == "directive":
            data.update(strength=strength or data.get("strength") or "must")
        data["marked"] = True
        with self.db.atomic():
            row = MentionCorrection.create(speech=speech_id, action="mark", kind=kind,
                                           data=json.dumps(data, ensure_ascii=False),
                                           corrected_at=datetime.now(),
                                           **anchored(text, start, end))
            _apply(row, text)
        return _record(row)

    def withdraw(self, correction_id: int) -> None:
        """Take a mention correction back (an undo): a dismissed mention comes back, a marked
        one goes."""
        row = MentionCorrection.get_or_none(MentionCorrection.id == correction_id)
        if row is None:
            return
        with self.db.atomic():
            row.delete_instance()
            if row.orphan:
                return
            if row.action == "mark":
                Mention.delete().where(Mention.speech == row.speech_id, Mention.kind == row.kind,
                                       Mention.start == row.start, Mention.end == row.end,
                                       Mention.data == row.data).execute()
            else:
                Mention.create(speech=row.speech_id, kind=row.kind, start=row.start,
                               end=row.end, text=row.quote, data=row.data)

    def reinstate(self, record: MentionCorrectionRecord) -> MentionCorrectionRecord:
        """Put a withdrawn correction back under its old id (an undo of withdraw())."""
        with self.db.atomic():
            row = MentionCorrection.create(
                id=record.id, speech=record.speech_id, action=record.action, kind=record.kind,
                start=record.start, end=record.end, quote=record.quote, prefix=record.prefix,
                suffix=record.suffix, data=json.dumps(record.data, ensure_ascii=False),
                orphan=record.orphan, corrected_at=record.corrected_at)
            if not record.orphan:
                _apply(row, _text(record.speech_id))
        return _record(row)

    def of_speech(self, speech_id: int) -> list[MentionCorrectionRecord]:
        return [_record(row) for row in MentionCorrection.select().where(
            MentionCorrection.speech == speech_id).order_by(MentionCorrection.id)]

    def orphans(self) -> list[MentionCorrectionRecord]:
        """Mention corrections whose words are no longer in their speech."""
        return [_record(row) for row in MentionCorrection.select().where(
            MentionCorrection.orphan == True).order_by(MentionCorrection.id)]

    # What the corrections say about the analysis

    def counts(self) -> dict[str, dict[str, int]]:
        """Per kind of mention: how many the analysis found ("found": those standing and
        those dismissed), how many the user dismissed and how many marked; per field, how
        many speeches the user corrected ("fields")."""
        kinds: dict[str, Counter[str]] = {kind: Counter() for kind in MENTION_KINDS}
        for kind, count in tuples(Mention.select(Mention.kind, fn.COUNT(Mention.id))
                                  .join(Speech).where(Speech.deleted == False)
                                  .group_by(Mention.kind)):
            kinds.setdefault(kind, Counter())["found"] += count
        for kind, action, count in tuples(
                MentionCorrection.select(MentionCorrection.kind, MentionCorrection.action,
                                         fn.COUNT(MentionCorrection.id))
                .group_by(MentionCorrection.kind, MentionCorrection.action)):
            kinds.setdefault(kind, Counter())[action] += count
            if action == "dismiss":
                kinds[kind]["found"] += count
            else:
                kinds[kind]["found"] -= count  # a marked mention is stored among the found
        result = {kind: {key: counter[key] for key in ("found", "dismiss", "mark")}
                  for kind, counter in kinds.items()}
        result["fields"] = {name: 0 for name in CORRECTED_FIELDS} | dict(tuples(
            FieldCorrection.select(FieldCorrection.field, fn.COUNT(FieldCorrection.speech))
            .group_by(FieldCorrection.field)))
        return result

    def export(self) -> dict:
        """Every correction, by speech, as JSON-ready data: labels a user can hand in. `text`
        holds the splits, merges and removed passages (db/structure.py)."""
        speeches: dict[int, dict] = {}

        def entry(speech_id: int) -> dict:
            if speech_id not in speeches:
                row = (Speech.select(Speech, Source.path).join(Source)
                       .where(Speech.id == speech_id).get())
                speeches[speech_id] = {
                    "speech": speech_id, "file": row.source.path, "position": row.position,
                    "title": row.title, "text_sha256": row.text_hash, "fields": {},
                    "mentions": [], "text": []}
            return speeches[speech_id]

        for row in FieldCorrection.select().order_by(FieldCorrection.speech):
            entry(row.speech_id)["fields"][row.field] = {"value": row.value,
                                                         "machine": row.machine}
        for item in self.orphans() + [_record(row) for row in MentionCorrection.select().where(
                MentionCorrection.orphan == False).order_by(MentionCorrection.id)]:
            entry(item.speech_id)["mentions"].append({
                "action": item.action, "kind": item.kind, "start": item.start, "end": item.end,
                "text": item.quote, "prefix": item.prefix, "suffix": item.suffix,
                "data": item.data, "orphan": item.orphan})
        for change in TextCorrection.select().order_by(TextCorrection.id):
            entry(change.speech_id)["text"].append({
                "action": change.action, "other_speech": change.other_id,
                "start": change.start, "end": change.end, "text": change.quote,
                **({"new": json.loads(change.data).get("text", "")}
                   if change.action == "replace" else {}),
                "prefix": change.prefix, "suffix": change.suffix, "orphan": change.orphan})
        return {"format": "yandu-corrections", "version": 1,
                "speeches": [speeches[key] for key in sorted(speeches)]}


    def write(self, path: str | os.PathLike) -> tuple[int, int]:
        """export() as a JSON file, whole or not at all: (corrections, speeches) written."""
        exported = self.export()
        target = Path(path)
        from db.exports import beside  # here: the library opens without the exporters
        temporary = beside(target)
        try:
            with open(temporary, "w", encoding="utf-8") as out:
                json.dump(exported, out, ensure_ascii=False, indent=1, default=str)
            os.replace(temporary, target)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        speeches = exported["speeches"]
        return (sum(len(s["fields"]) + len(s["mentions"]) + len(s["text"]) for s in speeches),
                len(speeches))


def apply_field_corrections(index: SearchIndex, speech_id: int) -> None:
    """After the analysis wrote a speech's fields again: its guesses become the corrections'
    `machine`, and the user's values are put back (inside the caller's transaction)."""
    speech = Speech.get_by_id(speech_id)
    for row in FieldCorrection.select().where(FieldCorrection.speech == speech_id):
        FieldCorrection.update(machine=getattr(speech, row.field)).where(
            FieldCorrection.speech == speech_id, FieldCorrection.field == row.field).execute()
        _set_column(index, speech_id, row.field, row.value)


def apply_mention_corrections(speech_id: int, text: str) -> None:
    """After the analysis stored a speech's mentions again (its text may have changed): each
    dismissal and mark is found again in `text` and applied, in the order they were made;
    one whose words are gone becomes an orphan (inside the caller's transaction)."""
    for row in MentionCorrection.select().where(MentionCorrection.speech == speech_id
                                                ).order_by(MentionCorrection.id):
        found = anchor(text, row.quote, row.prefix, row.suffix, row.start)
        if found is None:
            MentionCorrection.update(orphan=True).where(MentionCorrection.id == row.id).execute()
            continue
        fields = anchored(text, found.start, found.end)
        MentionCorrection.update(**fields, orphan=False).where(
            MentionCorrection.id == row.id).execute()
        row.start, row.end, row.quote = found.start, found.end, fields["quote"]
        _apply(row, text, loose=found.method == "fuzzy")


def _apply(row: MentionCorrection, text: str, loose: bool = False) -> None:
    """A dismissal deletes the machine's mention of that kind on those words (`loose`: any
    that overlaps them, when the words were found only approximately); a mark adds one."""
    if row.action == "mark":
        Mention.create(speech=row.speech_id, kind=row.kind, start=row.start, end=row.end,
                       text=text[row.start:row.end], data=row.data)
        return
    same = Mention.kind == row.kind
    where = ((Mention.start < row.end) & (Mention.end > row.start) if loose
             else (Mention.start == row.start) & (Mention.end == row.end))
    Mention.delete().where(Mention.speech == row.speech_id, same, where).execute()


def check_changes(changes: dict[str, str | None]) -> dict[str, str | None]:
    """The values edit() would store (a date as ISO), or EditError for the first that
    cannot be: for a form to check before it closes."""
    return {name: _checked(name, value) for name, value in changes.items()}


def _checked(name: str, value: str | None) -> str | None:
    if name not in CORRECTED_FIELDS:
        raise EditError(EditReason.UNKNOWN_FIELD, name)
    value = (value or "").strip() or None
    if name in DATE_FIELDS and value is not None:
        value = _iso_date(value)
    if name == "url" and value is not None and not WEB_ADDRESS.fullmatch(value):
        raise EditError(EditReason.BAD_URL, value)
    if name == "issue" and value is not None:
        value = parse_issue(value) or value
    if name == "year" and value is not None:
        year = YEAR.fullmatch(value)
        if year is None:
            raise EditError(EditReason.BAD_YEAR, value)
        value = year[1]
    return value


PARTIAL_DATE = re.compile(r"(?P<year>\d{4})(?:年|[/.](?=\d))(?:(?P<month>\d{1,2})月?)?")


def _iso_date(value: str) -> str:
    """2024-03-05, 2024-03 or 2024, also as pages print it (2024年3月5日, 2024/3/5) and as
    people write a month or a year (2024年3月, 2024年, 2024/3)."""
    written, partial = value, PARTIAL_DATE.fullmatch(value)
    if partial:
        year, month = partial.group("year"), partial.group("month")
        value = f"{year}-{int(month):02d}" if month else year
    if ISO_DATE.fullmatch(value):
        year, month, day = [*value.split("-"), "01", "01"][:3]
        try:
            date(int(year), int(month), int(day))
        except ValueError:
            raise EditError(EditReason.BAD_DATE, written) from None
        return value
    iso = parse_date(value)
    if iso is None:
        raise EditError(EditReason.BAD_DATE, value)
    return iso


def _set_column(index: SearchIndex, speech_id: int, name: str, value: str | None) -> None:
    Speech.update({getattr(Speech, name): value}).where(Speech.id == speech_id).execute()
    if name == "date":  # the speech's index entry is keyed by its date
        index.rekey([speech_id])


def _text(speech_id: int) -> str:
    text = Speech.select(Speech.text).where(Speech.id == speech_id).scalar()
    if text is None:
        raise EditError(EditReason.NO_SPEECH, str(speech_id))
    return text


def _record(row: MentionCorrection) -> MentionCorrectionRecord:
    return MentionCorrectionRecord(row.id, row.speech_id, row.action, row.kind, row.start,
                                   row.end, row.quote, row.prefix, row.suffix,
                                   json.loads(row.data), bool(row.orphan), row.corrected_at)
