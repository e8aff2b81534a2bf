"""The library: one SQLite file of sources, speeches, outlines, mentions, annotations and tags."""
from db.connection import LibraryError, init_db
from db.library import ImportResult, Library, SectionRecord, SpeechRecord, SpeechSummary

__all__ = ["ImportResult", "Library", "LibraryError", "SectionRecord", "SpeechRecord",
           "SpeechSummary", "init_db"]
