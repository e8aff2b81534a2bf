"""The records a write returns say what it touched."""
from pathlib import Path

from db import (
    EVERYTHING,
    NOTHING,
    AnnotationImport,
    Graded,
    ImportBatch,
    ImportResult,
    Restored,
    TagRecord,
    Touched,
)


def test_imports_touch_the_list_and_cards_only_when_they_stored_something():
    made = ImportResult("a.txt", "imported", 1, 2)
    same = ImportResult("b.txt", "unchanged", 1)
    back = ImportResult("c.txt", "unchanged", 1, restored=2)
    failed = ImportResult("d.txt", "failed")
    assert made.touched == Touched(listing=True, cards=True) == back.touched
    assert same.touched == NOTHING == failed.touched
    assert ImportBatch([same, failed]).touched == NOTHING
    assert ImportBatch([same, made]).touched == made.touched
    assert AnnotationImport(added=0, skipped=3).touched == NOTHING
    assert AnnotationImport(added=1).touched.cards


def test_tags_answers_and_restores():
    assert TagRecord(1, "甲", None).touched == Touched(tags=True)
    assert Graded(None).touched == Touched(review=True)
    assert Restored(Path("old.sqlite")).touched == EVERYTHING
