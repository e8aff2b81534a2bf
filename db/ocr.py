"""What the library keeps of a speech read by OCR: that it was, and the ranges of its text whose
characters the engine was unsure of. The ranges follow the text when the user changes it: a
corrected word is no longer unsure, and the words after it move (inside the caller's
transaction)."""
from __future__ import annotations

import json
from collections.abc import Iterable

from db.models import SpeechOcr

Ranges = list[tuple[int, int]]


def store(speech_id: int, ocr: bool, uncertain: Iterable[tuple[int, int]]) -> None:
    """What the analysis says of a speech stored or stored anew: read by OCR or not."""
    SpeechOcr.delete().where(SpeechOcr.speech == speech_id).execute()
    if ocr:
        SpeechOcr.create(speech=speech_id, uncertain=_json(merged(uncertain)))


def of_speech(speech_id: int) -> tuple[bool, Ranges]:
    """Whether the speech was read by OCR, and its unsure ranges."""
    row = SpeechOcr.get_or_none(SpeechOcr.speech == speech_id)
    if row is None:
        return False, []
    return True, [(start, end) for start, end in json.loads(row.uncertain)]


def replace(speech_id: int, start: int, end: int, length: int) -> Ranges:
    """text[start:end] became `length` new characters: the unsure ranges inside it go, those
    after it move. Returns the ones that went, from `start` (for put_back())."""
    ocr, ranges = of_speech(speech_id)
    if not ocr:
        return []
    kept, gone = shifted(ranges, start, end, length)
    _save(speech_id, kept)
    return gone


def put_back(speech_id: int, start: int, length: int, old_length: int,
             gone: Iterable[tuple[int, int]]) -> None:
    """Undo replace(): the `length` characters at `start` are the `old_length` they replaced
    again, unsure where they were."""
    ocr, ranges = of_speech(speech_id)
    if not ocr:
        return
    kept, _ = shifted(ranges, start, start + length, old_length)
    _save(speech_id, kept + [(start + a, start + b) for a, b in gone])


def cut(speech_id: int, other_id: int, left_end: int, right_start: int) -> None:
    """A split: text[right_start:] became the speech `other_id`, with its unsure ranges."""
    read, ranges = of_speech(speech_id)
    if not read:
        return
    _save(speech_id, [(low, min(high, left_end)) for low, high in ranges if low < left_end])
    store(other_id, True, [(max(low, right_start) - right_start, high - right_start)
                           for low, high in ranges if high > right_start])


def join(speech_id: int, other_id: int, shift: int) -> None:
    """A merge (or a split undone): the other speech's text follows, from `shift` on, and so
    do its unsure ranges."""
    read, ranges = of_speech(speech_id)
    other_read, others = of_speech(other_id)
    if read or other_read:
        store(speech_id, True, ranges + [(low + shift, high + shift) for low, high in others])


def clip(speech_id: int, end: int) -> None:
    """A merge undone: the text ends at `end` again (the other speech kept its own ranges)."""
    read, ranges = of_speech(speech_id)
    if read:
        _save(speech_id, [(low, min(high, end)) for low, high in ranges if low < end])


def shifted(ranges: Iterable[tuple[int, int]], start: int, end: int, length: int
            ) -> tuple[Ranges, Ranges]:
    """The ranges once text[start:end] is replaced by `length` characters: (those kept, moved
    and cut to what is outside the replaced text; the parts inside it, from `start`)."""
    kept, gone = [], []
    delta = length - (end - start)
    for low, high in ranges:
        if low < start:
            kept.append((low, min(high, start)))
        if high > end:
            kept.append((max(low, end) + delta, high + delta))
        if low < end and high > start:
            gone.append((max(low, start) - start, min(high, end) - start))
    return merged(kept), gone


def merged(ranges: Iterable[tuple[int, int]]) -> Ranges:
    """Sorted, without empty ranges, touching ones joined."""
    result: Ranges = []
    for low, high in sorted((int(a), int(b)) for a, b in ranges if b > a):
        if result and low <= result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], high))
        else:
            result.append((low, high))
    return result


def _save(speech_id: int, ranges: Iterable[tuple[int, int]]) -> None:
    SpeechOcr.update(uncertain=_json(merged(ranges))).where(
        SpeechOcr.speech == speech_id).execute()


def _json(ranges: Ranges) -> str:
    return json.dumps([list(pair) for pair in ranges], separators=(",", ":"))
