"""The library: one SQLite file of sources, speeches, outlines, mentions, annotations and tags."""
from db.backup import BackupError
from db.connection import DamagedLibrary, LibraryError, WriteError, init_db
from db.library import Library
from db.records import (
    AnnotationRecord,
    Cloze,
    Comparison,
    Excerpt,
    ExportFilter,
    FormulaEntry,
    Hit,
    ImportResult,
    Keyword,
    MentionRecord,
    MentionRow,
    ReviewCard,
    SearchGroup,
    SearchResults,
    SectionRecord,
    SpeechRecord,
    SpeechSummary,
    StudyFilter,
    TagRecord,
)

__all__ = ["AnnotationRecord", "BackupError", "DamagedLibrary", "Cloze", "Comparison", "Excerpt", "ExportFilter", "FormulaEntry", "Hit", "ImportResult", "Keyword",
           "Library", "LibraryError", "MentionRecord", "MentionRow", "ReviewCard", "SearchGroup",
           "SearchResults", "SectionRecord", "SpeechRecord", "SpeechSummary", "StudyFilter",
           "TagRecord", "WriteError", "init_db"]
