"""When a speech's text changes, its highlights follow their words (analysis/anchor.py); those
that cannot be placed become orphans, kept with their quote and note for the user to re-attach
or delete."""
from __future__ import annotations

from analysis.anchor import anchor
from db.models import Annotation, Card, Speech
from db.records import Placement

CONTEXT = 32  # characters of prefix and suffix kept with each highlight for re-anchoring


def reanchor(speech_id: int, text: str) -> Placement:
    """Place every highlight of the speech in its new `text` (inside the caller's
    transaction). Orphans stay orphans until the user re-attaches them."""
    placement = Placement()
    for row in Annotation.select().where(Annotation.speech == speech_id,
                                         Annotation.orphan == False):
        found = anchor(text, row.quote, row.prefix, row.suffix, row.start)
        if found is None:
            Annotation.update(orphan=True).where(Annotation.id == row.id).execute()
            placement.orphaned.append(row.id)
            continue
        {"exact": placement.kept, "moved": placement.moved,
         "fuzzy": placement.fuzzy}[found.method].append(row.id)
        _place(row.id, text, found.start, found.end)
        shift = found.start - row.start
        if found.method == "fuzzy":  # the figures inside may have changed: cards made afresh
            Card.delete().where(Card.annotation == row.id, Card.kind != "excerpt").execute()
        elif shift:
            Card.update(start=Card.start + shift, end=Card.end + shift).where(
                Card.annotation == row.id).execute()
        Card.update(start=found.start, end=found.end).where(
            Card.annotation == row.id, Card.kind == "excerpt").execute()
    return placement


def reattach(annotation_id: int, start: int, end: int) -> None:
    """Put an annotation (usually an orphan) on text[start:end] of its speech."""
    row = Annotation.get_or_none(Annotation.id == annotation_id)
    if row is None:
        raise LookupError(f"no annotation with id {annotation_id}")
    text = Speech.select(Speech.text).where(Speech.id == row.speech_id).scalar()
    if not 0 <= start < end <= len(text):
        raise ValueError(f"range {start}–{end} is outside the speech ({len(text)} characters)")
    _place(annotation_id, text, start, end)
    Card.delete().where(Card.annotation == annotation_id).execute()


def anchored(text: str, start: int, end: int) -> dict:
    """An annotation's place in `text` with the quote and the words around it kept with it."""
    return {"start": start, "end": end, "quote": text[start:end],
            "prefix": text[max(0, start - CONTEXT):start], "suffix": text[end:end + CONTEXT]}


def _place(annotation_id: int, text: str, start: int, end: int) -> None:
    Annotation.update(**anchored(text, start, end), orphan=False).where(
        Annotation.id == annotation_id).execute()
