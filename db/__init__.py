"""The library: one SQLite file of sources, speeches, outlines, mentions, annotations and tags.
What other packages may use of it is here; its modules are its own."""
from db.backup import KEEP, automatic_backups, backups_folder, check_file, restore
from db.changes import EVERYTHING, NOTHING, Counted, Touched, touched_by
from db.connection import init_db
from db.contents import COMPILATION_FIELDS, SOURCE_FIELDS
from db.corrections import CORRECTED_FIELDS, MENTION_KINDS, EditError, check_changes
from db.edits import Action, Edit
from db.errors import BackupError, DamagedLibrary, LibraryError, NotAnExport, WriteError
from db.exports import CSV_COLUMNS, ExportLabels, StudyNotes
from db.exports import FORMATS as EXPORT_FORMATS
from db.exports import GROUPS as NOTE_GROUPS
from db.exports import beside as new_file_beside
from db.exports import export as export_excerpts
from db.exports.csv_table import cell as csv_cell
from db.exports.labels import source_line
from db.exports.markdown import markdown as excerpts_markdown
from db.library import Library
from db.reasons import (
    AnnotationReason,
    BackupReason,
    EditReason,
    ExportProblem,
    IgnoredFile,
    ImportStatus,
    OpenReason,
    RefusedItem,
    Resolved,
    TagReason,
    WriteReason,
)
from db.records import (
    PASTED,
    AnnotationImport,
    AnnotationProblem,
    AnnotationRecord,
    Cloze,
    Comparison,
    Excerpt,
    ExportFilter,
    FieldState,
    FormulaEntry,
    Graded,
    Hit,
    ImportBatch,
    ImportResult,
    Keyword,
    MentionCorrectionRecord,
    MentionRecord,
    MentionRow,
    Placement,
    Restored,
    ReviewCard,
    SearchGroup,
    SearchResults,
    SectionRecord,
    SpeechRecord,
    SpeechSummary,
    StudyFilter,
    TagRecord,
)
from db.references import STYLES as REFERENCE_STYLES
from db.references import SourceFacts, kind_of, reference
from db.schedule import GRADES, next_intervals
from db.search import CONTEXT as SEARCH_CONTEXT
from db.structure import TextChange
from db.sync import FolderTarget, SyncBusy, SyncReport, SyncStatus, TargetError
from db.sync import Resolution as SyncResolution
from db.sync import log as sync_log
from db.sync import remember_target as remember_sync_target
from db.sync import status as sync_status
from db.sync import sync as sync_library
from db.tags import TagNameError

__all__ = [
    "COMPILATION_FIELDS",
    "CORRECTED_FIELDS",
    "CSV_COLUMNS",
    "EVERYTHING",
    "EXPORT_FORMATS",
    "GRADES",
    "KEEP",
    "MENTION_KINDS",
    "NOTE_GROUPS",
    "NOTHING",
    "PASTED",
    "REFERENCE_STYLES",
    "SEARCH_CONTEXT",
    "SOURCE_FIELDS",
    "Action",
    "AnnotationImport",
    "AnnotationProblem",
    "AnnotationReason",
    "AnnotationRecord",
    "BackupError",
    "BackupReason",
    "Cloze",
    "Comparison",
    "Counted",
    "DamagedLibrary",
    "Edit",
    "EditError",
    "EditReason",
    "Excerpt",
    "ExportFilter",
    "ExportLabels",
    "ExportProblem",
    "FieldState",
    "FolderTarget",
    "FormulaEntry",
    "Graded",
    "Hit",
    "IgnoredFile",
    "ImportBatch",
    "ImportResult",
    "ImportStatus",
    "Keyword",
    "Library",
    "LibraryError",
    "MentionCorrectionRecord",
    "MentionRecord",
    "MentionRow",
    "NotAnExport",
    "OpenReason",
    "Placement",
    "RefusedItem",
    "Resolved",
    "Restored",
    "ReviewCard",
    "SearchGroup",
    "SearchResults",
    "SectionRecord",
    "SourceFacts",
    "SpeechRecord",
    "SpeechSummary",
    "StudyFilter",
    "StudyNotes",
    "SyncBusy",
    "SyncReport",
    "SyncResolution",
    "SyncStatus",
    "TagNameError",
    "TagReason",
    "TagRecord",
    "TargetError",
    "TextChange",
    "Touched",
    "WriteError",
    "WriteReason",
    "automatic_backups",
    "backups_folder",
    "check_changes",
    "check_file",
    "csv_cell",
    "excerpts_markdown",
    "export_excerpts",
    "init_db",
    "kind_of",
    "new_file_beside",
    "next_intervals",
    "reference",
    "remember_sync_target",
    "restore",
    "source_line",
    "sync_library",
    "sync_log",
    "sync_status",
    "touched_by",
]
