"""The library: one SQLite file of sources, speeches, outlines, mentions, annotations and tags.
What other packages may use of it is here; its modules are its own."""
import importlib
from typing import TYPE_CHECKING, Any

from db.backup import KEEP, automatic_backups, backups_folder, check_file, restore
from db.changes import EVERYTHING, NOTHING, Counted, Touched, touched_by
from db.connection import init_db
from db.contents import COMPILATION_FIELDS, SOURCE_FIELDS
from db.corrections import CORRECTED_FIELDS, MENTION_KINDS, EditError, check_changes
from db.edits import Action, Edit
from db.errors import BackupError, DamagedLibrary, LibraryError, NotAnExport, WriteError
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
    GroupHighlight,
    GroupMember,
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
from db.structure import TextChange
from db.sync.target import TargetError
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
    "GroupHighlight",
    "GroupMember",
    "GroupReport",
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
    "Sealed",
    "SearchGroup",
    "SearchResults",
    "SecretsError",
    "SectionRecord",
    "SourceFacts",
    "SpeechRecord",
    "SpeechSummary",
    "StudyFilter",
    "StudyNotes",
    "SyncBusy",
    "SyncKeyError",
    "SyncReport",
    "SyncResolution",
    "SyncSetup",
    "SyncStatus",
    "TagNameError",
    "TagReason",
    "TagRecord",
    "TargetError",
    "TextChange",
    "Touched",
    "UnreadableFile",
    "WebDAVTarget",
    "WriteError",
    "WriteReason",
    "automatic_backups",
    "backups_folder",
    "can_keep_secrets",
    "check_changes",
    "check_file",
    "csv_cell",
    "excerpts_markdown",
    "export_excerpts",
    "forget_secret",
    "group_sync",
    "init_db",
    "keep_secret",
    "kept_secret",
    "kind_of",
    "new_file_beside",
    "next_intervals",
    "open_sync_target",
    "passphrase_account",
    "password_account",
    "reference",
    "remember_sync_setup",
    "remember_sync_target",
    "remembered_sync_setup",
    "restore",
    "source_line",
    "sync_ignored",
    "sync_library",
    "sync_log",
    "sync_status",
    "touched_by",
]

# The exporters, and search, are loaded when first used: the window opens without them.
_LATER = {"CSV_COLUMNS": ("db.exports", "CSV_COLUMNS"),
          "ExportLabels": ("db.exports", "ExportLabels"),
          "StudyNotes": ("db.exports", "StudyNotes"),
          "EXPORT_FORMATS": ("db.exports", "FORMATS"),
          "NOTE_GROUPS": ("db.exports", "GROUPS"),
          "new_file_beside": ("db.exports", "beside"),
          "export_excerpts": ("db.exports", "export"),
          "csv_cell": ("db.exports.csv_table", "cell"),
          "source_line": ("db.exports.labels", "source_line"),
          "excerpts_markdown": ("db.exports.markdown", "markdown"),
          "SEARCH_CONTEXT": ("db.search", "CONTEXT")}

# Sync loads its CRDT engine (pycrdt), HTTP and cryptography only when it is first used: the
# window opens without them.
_SYNC = {"FolderTarget": ("db.sync.folder", "FolderTarget"),
         "SyncBusy": ("db.sync.engine", "SyncBusy"),
         "SyncReport": ("db.sync.engine", "SyncReport"),
         "SyncStatus": ("db.sync.engine", "SyncStatus"),
         "SyncResolution": ("db.sync.state", "Resolution"),
         "sync_log": ("db.sync.engine", "log"),
         "sync_ignored": ("db.sync.engine", "ignored"),
         "remember_sync_target": ("db.sync.engine", "remember_target"),
         "sync_status": ("db.sync.engine", "status"),
         "sync_library": ("db.sync.engine", "sync"),
         "WebDAVTarget": ("db.sync.webdav", "WebDAVTarget"),
         "Sealed": ("db.sync.crypto", "Sealed"),
         "GroupReport": ("db.sync.group", "GroupReport"),
         "group_sync": ("db.sync.group", "group_sync"),
         "SyncKeyError": ("db.sync.crypto", "SyncKeyError"),
         "UnreadableFile": ("db.sync.crypto", "UnreadableFile"),
         "SecretsError": ("db.sync.secrets", "SecretsError"),
         "can_keep_secrets": ("db.sync.secrets", "can_keep_secrets"),
         "keep_secret": ("db.sync.secrets", "keep"),
         "kept_secret": ("db.sync.secrets", "kept"),
         "forget_secret": ("db.sync.secrets", "forget"),
         "password_account": ("db.sync.secrets", "password_account"),
         "passphrase_account": ("db.sync.secrets", "passphrase_account"),
         "SyncSetup": ("db.sync.setup", "SyncSetup"),
         "remember_sync_setup": ("db.sync.setup", "remember"),
         "remembered_sync_setup": ("db.sync.setup", "remembered"),
         "open_sync_target": ("db.sync.setup", "open_target")}

if TYPE_CHECKING:
    from db.exports import CSV_COLUMNS, ExportLabels, StudyNotes
    from db.exports import FORMATS as EXPORT_FORMATS
    from db.exports import GROUPS as NOTE_GROUPS
    from db.exports import beside as new_file_beside
    from db.exports import export as export_excerpts
    from db.exports.csv_table import cell as csv_cell
    from db.exports.labels import source_line
    from db.exports.markdown import markdown as excerpts_markdown
    from db.search import CONTEXT as SEARCH_CONTEXT
    from db.sync.crypto import Sealed, SyncKeyError, UnreadableFile
    from db.sync.engine import SyncBusy, SyncReport, SyncStatus
    from db.sync.engine import ignored as sync_ignored
    from db.sync.engine import log as sync_log
    from db.sync.engine import remember_target as remember_sync_target
    from db.sync.engine import status as sync_status
    from db.sync.engine import sync as sync_library
    from db.sync.folder import FolderTarget
    from db.sync.group import GroupReport, group_sync
    from db.sync.secrets import SecretsError, can_keep_secrets, passphrase_account, password_account
    from db.sync.secrets import forget as forget_secret
    from db.sync.secrets import keep as keep_secret
    from db.sync.secrets import kept as kept_secret
    from db.sync.setup import SyncSetup
    from db.sync.setup import open_target as open_sync_target
    from db.sync.setup import remember as remember_sync_setup
    from db.sync.setup import remembered as remembered_sync_setup
    from db.sync.state import Resolution as SyncResolution
    from db.sync.webdav import WebDAVTarget


def __getattr__(name: str) -> Any:
    where = _LATER.get(name) or _SYNC.get(name)
    if where is None:
        raise AttributeError(f"module 'db' has no attribute {name!r}")
    module, attribute = where
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value
