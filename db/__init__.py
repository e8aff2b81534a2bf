"""The library: one SQLite file of sources, speeches, outlines, mentions, annotations and tags."""
from db.connection import LibraryError, init_db
from db.library import Library
from db.records import (
    AnnotationRecord,
    ImportResult,
    MentionRecord,
    SectionRecord,
    SpeechRecord,
    SpeechSummary,
    TagRecord,
)

__all__ = ["AnnotationRecord", "ImportResult", "Library", "LibraryError", "MentionRecord",
           "SectionRecord", "SpeechRecord", "SpeechSummary", "TagRecord", "init_db"]
