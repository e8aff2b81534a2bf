"""The user's changes to a speech's text and to where speeches begin and end: split a speech in
two at a place, merge it with the next speech of its file, remove a passage (furniture the
cleaner missed), replace a word (one the OCR misread). Each is stored as a text correction
and replayed, in the order made, when the file is imported again; highlights follow their
words (a highlight whose words were removed becomes an orphan, never lost), and each change has
its exact inverse for undo."""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from analysis.anchor import anchor
from db import contents, ocr
from db.binding import Part
from db.connection import LibraryDatabase
from db.corrections import EditError, apply_mention_corrections
from db.index import SearchIndex
from db.models import (
    Annotation,
    Card,
    MentionCorrection,
    Speech,
    SpeechTag,
    TextCorrection,
    tuples,
)
from db.reanchor import anchored, reanchor
from db.reasons import EditReason
from db.records import Placement

SEPARATOR = "\n"  # between two merged speeches
CUT_CONTEXT = 16  # characters after a split's place kept to find it again


@dataclass(frozen=True)
class TextChange:
    """What a split, merge or removal did, for its undo: the correction, the other speech
    (the new second part, or the one merged in) and the highlights it left as orphans."""
    correction_id: int
    other_id: int | None
    orphaned: tuple[int, ...]


class Structure(Part):
    """Every method that writes is one transaction."""

    def __init__(self, db: LibraryDatabase, index: SearchIndex):
        self.db, self.index = db, index

    def split(self, speech_id: int, offset: int, new_id: int | None = None) -> TextChange:
        """The text from `offset` on becomes a speech of its own, right after this one.
        `new_id`: the id it had before an undo (a redo gives it back)."""
        with self.db.atomic():
            row = _speech(speech_id)
            left_end, right_start = _split_place(row.text, offset)
            context = anchored(row.text, right_start,
                               min(len(row.text), right_start + CUT_CONTEXT))
            other = self._split(row, left_end, right_start, new_id)
            correction = TextCorrection.create(
                source=row.source_id, speech=speech_id, other=other, action="split",
                corrected_at=datetime.now(),
                data=json.dumps({"separator": row.text[left_end:right_start]}), **context)
            orphaned = self._settle([speech_id, other])
        return TextChange(correction.id, other, orphaned)

    def merge(self, speech_id: int) -> TextChange:
        """The next speech of the same file is appended to this one (and hidden)."""
        with self.db.atomic():
            row = _speech(speech_id)
            following = _following(row)
            junction = len(row.text)
            added_tags = self._merge(row, following)
            correction = TextCorrection.create(
                source=row.source_id, speech=speech_id, other=following.id, action="merge",
                start=junction, end=junction + len(SEPARATOR), quote=following.text[:CUT_CONTEXT],
                data=json.dumps({"tags": added_tags}), corrected_at=datetime.now())
            orphaned = self._settle([speech_id])
        return TextChange(correction.id, following.id, orphaned)

    def remove(self, speech_id: int, start: int, end: int) -> TextChange:
        """Take text[start:end] out of the speech (whole lines with their line break)."""
        with self.db.atomic():
            row = _speech(speech_id)
            _check_removal(row.text, start, end)
            if (start == 0 or row.text[start - 1] == "\n") and row.text[end:end + 1] == "\n":
                end += 1
            correction = TextCorrection.create(
                source=row.source_id, speech=speech_id, action="remove",
                corrected_at=datetime.now(), **anchored(row.text, start, end))
            _set_text(self.index, speech_id, row.text[:start] + row.text[end:])
            _record_unsure(correction, ocr.replace(speech_id, start, end, 0))
            orphaned = self._settle([speech_id])
        return TextChange(correction.id, None, orphaned)

    def replace(self, speech_id: int, start: int, end: int, new: str) -> TextChange:
        """Put `new` in the place of text[start:end] (a word the OCR misread); the characters
        there are no longer unsure."""
        with self.db.atomic():
            row = _speech(speech_id)
            _check_replacement(row.text, start, end, new)
            correction = TextCorrection.create(
                source=row.source_id, speech=speech_id, action="replace",
                data=json.dumps({"text": new}, ensure_ascii=False),
                corrected_at=datetime.now(), **anchored(row.text, start, end))
            _set_text(self.index, speech_id, row.text[:start] + new + row.text[end:])
            _record_unsure(correction, ocr.replace(speech_id, start, end, len(new)))
            orphaned = self._settle([speech_id])
        return TextChange(correction.id, None, orphaned)

    def find(self, speech_id: int, words: str) -> tuple[int, int]:
        """Where `words` stand in the speech's text: EditError "not-found" when nowhere,
        "ambiguous" when more than once."""
        text = _speech(speech_id).text
        at = text.find(words) if words else -1
        if at < 0:
            raise EditError(EditReason.NOT_FOUND, words)
        if text.find(words, at + 1) >= 0:
            raise EditError(EditReason.AMBIGUOUS, words)
        return at, at + len(words)

    def check(self, speech_id: int, action: str, start: int = 0, end: int = 0,
              new: str = "") -> None:
        """EditError if split(speech_id, start), merge(speech_id), remove(speech_id, start,
        end) or replace(speech_id, start, end, new) would be refused; nothing is written."""
        row = _speech(speech_id)
        if action == "split":
            _split_place(row.text, start)
        elif action == "merge":
            _following(row)
        elif action == "replace":
            _check_replacement(row.text, start, end, new)
        else:
            _check_removal(row.text, start, end)

    def undo(self, change: TextChange) -> None:
        """Take a split, merge or removal back exactly (the latest change to these speeches),
        highlights it left as orphans placed again."""
        with self.db.atomic():
            correction = TextCorrection.get_or_none(TextCorrection.id == change.correction_id)
            if correction is None:
                return
            row = _speech(correction.speech_id)
            if correction.action in ("remove", "replace"):
                new = _new_text(correction)
                start = _where_now(row.text, correction, new)
                text = row.text[:start] + correction.quote + row.text[start + len(new):]
                _set_text(self.index, row.id, text)
                ocr.put_back(row.id, start, len(new), len(correction.quote),
                             json.loads(correction.data).get("unsure", []))
                touched = [row.id]
            elif correction.action == "split":
                other = _speech(correction.other_id)
                separator = json.loads(correction.data)["separator"]
                self._unsplit(row, other, separator)
                touched = [row.id]
            else:
                other = _speech(correction.other_id)
                self._unmerge(row, other, correction.start, correction.end,
                              json.loads(correction.data)["tags"])
                touched = [row.id, other.id]
            correction.delete_instance()
            Annotation.update(orphan=False).where(Annotation.id.in_(change.orphaned)).execute()
            self._settle(touched)

    def of_source(self, source_id: int) -> list[dict]:
        """The source's text corrections in the order made."""
        return _described(TextCorrection.source == source_id)

    def of_speech(self, speech_id: int) -> list[dict]:
        """The splits, merges, removals and replacements made on this speech, in the order
        made."""
        return _described(TextCorrection.speech == speech_id)

    # Replaying after a re-import

    def speeches_of(self, source_id: int) -> set[int]:
        """The speeches of the source that its splits, merges and removals touch."""
        return {speech_id for pair in tuples(
            TextCorrection.select(TextCorrection.speech, TextCorrection.other)
            .where(TextCorrection.source == source_id)) for speech_id in pair
            if speech_id is not None}

    def replay(self, source_id: int) -> None:
        """After the file was imported again (the analysis wrote its speeches anew): each
        split, merge and removal is made again in order, found by its words; one whose words
        are gone becomes an orphan. The speeches whose text it changed are analysed again
        (inside the caller's transaction); their highlights are the caller's to place."""
        changed: set[int] = set()
        for correction in TextCorrection.select().where(
                TextCorrection.source == source_id).order_by(TextCorrection.id):
            row = _speech(correction.speech_id)
            if correction.action == "merge":
                other = _speech(correction.other_id)
                correction.start = len(row.text)
                correction.end = correction.start + len(SEPARATOR)
                ocr.join(row.id, other.id, correction.end)
                _set_text(self.index, row.id, row.text + SEPARATOR + other.text)
                _hide(self.index, other.id, row.id)
                changed |= {row.id}
                correction.orphan = False
                correction.save()
                continue
            found = anchor(row.text, correction.quote, correction.prefix, correction.suffix,
                           correction.start)
            if found is not None and correction.action == "replace" and found.method == "fuzzy":
                found = None  # other words than those the user corrected: left alone
            correction.orphan = found is None
            if found is not None:
                for key, value in anchored(row.text, found.start, found.end).items():
                    setattr(correction, key, value)
                if correction.action in ("remove", "replace"):
                    new = _new_text(correction)
                    _set_text(self.index, row.id,
                              row.text[:found.start] + new + row.text[found.end:])
                    _record_unsure(correction, ocr.replace(row.id, found.start, found.end,
                                                           len(new)))
                    changed.add(row.id)
                else:
                    other = _speech(correction.other_id)
                    left_end, right_start = _cut(row.text, found.start)
                    ocr.cut(row.id, other.id, left_end, right_start)
                    _set_text(self.index, other.id, row.text[right_start:])
                    _set_text(self.index, row.id, row.text[:left_end])
                    changed |= {row.id, other.id}
            correction.save()
        for speech_id in changed:
            self._analyse(speech_id)

    # The work

    def _split(self, row: Speech, left_end: int, right_start: int, new_id: int | None) -> int:
        Speech.update(part=Speech.part + 1).where(Speech.source == row.source_id,
                                                  Speech.position == row.position,
                                                  Speech.part > row.part).execute()
        from analysis.pipeline import text_fields  # see analysis/__init__.py
        right = row.text[right_start:]
        other = Speech.create(
            **({"id": new_id} if new_id is not None else {}), source=row.source_id,
            position=row.position, part=row.part + 1, created_at=datetime.now(),
            **contents.speech_fields(text_fields(right)) | _same_page(row))
        _move(row.id, other.id, right_start, lambda start: start >= left_end)
        ocr.cut(row.id, other.id, left_end, right_start)
        _set_text(self.index, row.id, row.text[:left_end])
        return other.id

    def _unsplit(self, row: Speech, other: Speech, separator: str) -> None:
        shift = len(row.text) + len(separator)
        _move(other.id, row.id, -shift, lambda start: True)
        ocr.join(row.id, other.id, shift)
        _set_text(self.index, row.id, row.text + separator + other.text)
        self.index.remove_speech(other.id)
        other.delete_instance()
        Speech.update(part=Speech.part - 1).where(Speech.source == row.source_id,
                                                  Speech.position == row.position,
                                                  Speech.part > row.part).execute()

    def _merge(self, row: Speech, following: Speech) -> list[int]:
        shift = len(row.text) + len(SEPARATOR)
        _move(following.id, row.id, -shift, lambda start: True)
        have = {tag for (tag,) in tuples(SpeechTag.select(SpeechTag.tag).where(
            SpeechTag.speech == row.id))}
        added = [tag for (tag,) in tuples(SpeechTag.select(SpeechTag.tag).where(
            SpeechTag.speech == following.id)) if tag not in have]
        for tag in added:
            SpeechTag.create(speech=row.id, tag=tag)
        ocr.join(row.id, following.id, shift)
        _set_text(self.index, row.id, row.text + SEPARATOR + following.text)
        _hide(self.index, following.id, row.id)
        return added

    def _unmerge(self, row: Speech, other: Speech, junction: int, after: int,
                 added_tags: Iterable[int]) -> None:
        if row.text[junction:after] != SEPARATOR:
            raise EditError(EditReason.CHANGED, str(row.id))
        _move(row.id, other.id, after, lambda start: start >= junction)
        ocr.clip(row.id, junction)
        _set_text(self.index, other.id, row.text[after:])
        _set_text(self.index, row.id, row.text[:junction])
        SpeechTag.delete().where(SpeechTag.speech == row.id,
                                 SpeechTag.tag.in_(list(added_tags))).execute()
        Speech.update(deleted=False, merged_into=None).where(Speech.id == other.id).execute()

    def _settle(self, speech_ids: Iterable[int]) -> tuple[int, ...]:
        """Analyse the speeches' new texts and place their highlights and corrections in
        them; the highlights that could not be placed."""
        placement = Placement()
        for speech_id in speech_ids:
            text = self._analyse(speech_id)
            placement.add(reanchor(speech_id, text))
            apply_mention_corrections(speech_id, text)
        return tuple(placement.orphaned)

    def _analyse(self, speech_id: int) -> str:
        from analysis.pipeline import reanalyze_text  # see analysis/__init__.py
        text = Speech.select(Speech.text).where(Speech.id == speech_id).scalar()
        contents.clear(self.index, speech_id)
        if not Speech.select(Speech.merged_into).where(Speech.id == speech_id).scalar():
            contents.store(self.db, self.index, speech_id, reanalyze_text(text))
        return text


def _described(condition: Any) -> list[dict]:
    return [{"action": c.action, "speech": c.speech_id, "other": c.other_id,
             "start": c.start, "end": c.end, "text": c.quote, "new": _new_text(c),
             "prefix": c.prefix, "suffix": c.suffix, "orphan": bool(c.orphan)}
            for c in TextCorrection.select().where(condition).order_by(TextCorrection.id)]


def _same_page(row: Speech) -> dict:
    """What a part split off shares with the speech it came from: the page it was published
    on (a document's number is the first part's)."""
    return {name: getattr(row, name) for name in contents.SOURCE_FIELDS if name != "doc_number"}


def _speech(speech_id: int | None) -> Speech:
    row = Speech.get_or_none(Speech.id == speech_id)
    if row is None:
        raise EditError(EditReason.NO_SPEECH, str(speech_id))
    return row


def _following(row: Speech) -> Speech:
    """The speech after this one in its file, as the library lists them."""
    later = (Speech.position > row.position) | ((Speech.position == row.position)
                                                & (Speech.part > row.part))
    following = (Speech.select().where(Speech.source == row.source_id, Speech.deleted == False,
                                       later)
                 .order_by(Speech.position, Speech.part).first())
    if following is None:
        raise EditError(EditReason.NO_NEXT, str(row.id))
    return following


def _split_place(text: str, offset: int) -> tuple[int, int]:
    left_end, right_start = _cut(text, offset)
    if left_end == 0 or right_start >= len(text):
        raise EditError(EditReason.BAD_RANGE, str(offset))
    return left_end, right_start


def _check_replacement(text: str, start: int, end: int, new: str) -> None:
    """A word or a few put in the place of others on one line: not nothing (that is a
    removal), not a line break, not the same words."""
    if not 0 <= start < end <= len(text) or "\n" in text[start:end]:
        raise EditError(EditReason.BAD_RANGE, f"{start}-{end}")
    if not new.strip() or "\n" in new or new == text[start:end]:
        raise EditError(EditReason.BAD_REPLACEMENT, new)


def _where_now(text: str, correction: TextCorrection, new: str) -> int:
    """Where a removal or replacement stands in the text now: at its place while the words
    around it are there, else where they are found again, nearest its place (corrections made
    after it, here or on another machine, may have moved it). Fewer words around it are asked
    for when more are not found (another correction may have changed them). EditError
    "changed" when none are found: taking it back anywhere else would damage the text."""
    start = correction.start
    for size in (len(correction.prefix) + len(correction.suffix), 16, 8, 4):
        before = correction.prefix[-size:] if size else ""
        after = correction.suffix[:size]
        if text[start:start + len(new)] == new and text[:start].endswith(before) \
                and text[start + len(new):].startswith(after):
            return start
        needle = before + new + after
        places = []
        at = text.find(needle) if needle else -1
        while at >= 0:
            places.append(at + len(before))
            at = text.find(needle, at + 1)
        if places:
            return min(places, key=lambda place: abs(place - start))
    raise EditError(EditReason.CHANGED, correction.quote)


def _new_text(correction: TextCorrection) -> str:
    """What a replacement put in the place of its quote ("" for a removal)."""
    return str(json.loads(correction.data).get("text", "")) \
        if correction.action == "replace" else ""


def _record_unsure(correction: TextCorrection, gone: list[tuple[int, int]]) -> None:
    """The unsure ranges the change took away, kept with it for its undo."""
    data = json.loads(correction.data)
    if gone or "unsure" in data:
        data["unsure"] = [list(pair) for pair in gone]
        correction.data = json.dumps(data, ensure_ascii=False)
        correction.save()


def _check_removal(text: str, start: int, end: int) -> None:
    if not 0 <= start < end <= len(text) or not (text[:start] + text[end:]).strip():
        raise EditError(EditReason.BAD_RANGE, f"{start}-{end}")


def _cut(text: str, offset: int) -> tuple[int, int]:
    """Where the first part ends and the second begins: the spaces and line breaks around
    `offset` belong to neither."""
    offset = min(max(offset, 0), len(text))
    left_end = offset
    while left_end > 0 and text[left_end - 1].isspace():
        left_end -= 1
    right_start = offset
    while right_start < len(text) and text[right_start].isspace():
        right_start += 1
    return left_end, right_start


def _set_text(index: SearchIndex, speech_id: int, text: str) -> None:
    """The speech's index entry goes first: it is taken out with the old text's tokens."""
    index.remove_speech(speech_id)
    Speech.update(**contents.text_fields(text)).where(Speech.id == speech_id).execute()


def _hide(index: SearchIndex, speech_id: int, into: int) -> None:
    index.remove_speech(speech_id)
    Speech.update(deleted=True, merged_into=into).where(Speech.id == speech_id).execute()


def _move(source_id: int, target_id: int, shift: int, which: Any) -> None:
    """The highlights (with their cards) and mention corrections of one speech whose start
    `which` accepts go to another, `shift` characters earlier."""
    for model in (Annotation, MentionCorrection):
        for row_id, start in tuples(model.select(model.id, model.start).where(
                model.speech == source_id)):
            if not which(start):
                continue
            model.update(speech=target_id, start=model.start - shift,
                         end=model.end - shift).where(model.id == row_id).execute()
            if model is Annotation:
                Card.update(start=Card.start - shift, end=Card.end - shift).where(
                    Card.annotation == row_id).execute()
