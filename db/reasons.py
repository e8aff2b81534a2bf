"""The reason codes the library gives with what went wrong or what it did: facts, never
sentences. desktop/common/messages.py words every one of them, and a test fails for a code
without its sentence."""
from __future__ import annotations

from analysis.vocabulary import StrEnum


class OpenReason(StrEnum):
    """Why a library file cannot be opened (LibraryError, DamagedLibrary)."""
    NEWER = "newer"  # made by a newer Yandu; detail: its schema version
    NOT_MIGRATED = "not-migrated"  # the copy taken before upgrading failed
    DAMAGED = "damaged"
    FOREIGN = "foreign"  # another program's SQLite file
    READ_ONLY = "read-only"  # the file or its folder cannot be written (a read-only disk)


class WriteReason(StrEnum):
    """Why a change could not be saved (WriteError)."""
    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    LOCKED = "locked"
    DISK_IO = "disk-io"


class BackupReason(StrEnum):
    """Why a backup or a restore could not be made (BackupError)."""
    CANNOT_WRITE = "cannot-write"
    CHECK_FAILED = "check-failed"
    CANNOT_SET_ASIDE = "cannot-set-aside"
    NO_FILE = "no-file"
    NOT_YANDU = "not-yandu"
    DAMAGED = "damaged"
    NEWER = "newer"  # a backup made by a newer Yandu; detail: its schema version
    SAME_FILE = "same-file"  # restoring the library from itself
    IN_USE = "in-use"  # another Yandu has the library open; detail: its process


class ExportProblem(StrEnum):
    """Why a file is not an export of highlights (NotAnExport)."""
    NOT_JSON = "not-json"
    TOO_DEEP = "too-deep"
    TOO_LARGE = "too-large"
    NO_ITEMS = "no-items"


class RefusedItem(StrEnum):
    """Why one item of an export of highlights was left out."""
    NOT_AN_OBJECT = "not-an-object"
    NO_TARGET = "no-target"
    NO_SELECTOR = "no-selector"
    NO_QUOTE = "no-quote"
    BAD_POSITION = "bad-position"
    BAD_BODY = "bad-body"
    BAD_NOTE = "bad-note"
    BAD_TAG = "bad-tag"
    BAD_COLOUR = "bad-colour"
    BAD_TIME = "bad-time"


class AnnotationReason(StrEnum):
    """What needs attention in an imported export (AnnotationProblem)."""
    REFUSED = "refused"  # detail: a RefusedItem
    NO_SPEECH = "no-speech"  # detail: the title the item names
    ORPHAN = "orphan"


class EditReason(StrEnum):
    """Why a correction cannot be made (EditError)."""
    UNKNOWN_FIELD = "unknown-field"
    BAD_DATE = "bad-date"
    BAD_URL = "bad-url"  # a web address that does not start with http:// or https://
    BAD_YEAR = "bad-year"  # a compilation's year that is not four digits
    TITLE_OF_SEVERAL = "title-of-several"
    NO_SPEECH = "no-speech"
    BAD_RANGE = "bad-range"
    UNKNOWN_KIND = "unknown-kind"
    BAD_STRENGTH = "bad-strength"
    NO_MENTION = "no-mention"
    NO_NEXT = "no-next"
    CHANGED = "changed"
    BAD_REPLACEMENT = "bad-replacement"  # nothing, a line break, or the same words
    NOT_FOUND = "not-found"  # the words to correct are not in the speech
    AMBIGUOUS = "ambiguous"  # …they are there more than once


class TagReason(StrEnum):
    """Why a tag name cannot be used (TagNameError)."""
    EMPTY = "empty"
    TAKEN = "taken"


class ImportStatus(StrEnum):
    """What importing one file did (ImportResult)."""
    IMPORTED = "imported"
    UPDATED = "updated"  # a new version of a file imported before
    UNCHANGED = "unchanged"  # the same bytes are in the library
    DUPLICATE = "duplicate"  # its speeches are in the library, from another file
    FAILED = "failed"


class Resolved(StrEnum):
    """How a sync resolved a conflict between two machines' edits (db/sync/engine.py)."""
    REVIVED = "revived"  # deleted on one, edited on the other: back, with the edit
    MERGED_TEXT = "merged-text"  # a note edited on both: both edits kept
    MERGED_SET = "merged-set"  # tags changed on both: the additions of both kept
    ONE_VALUE = "one-value"  # a field set to two values: one kept, the same everywhere


class IgnoredFile(StrEnum):
    """Why a sync left a file of the target aside."""
    FOREIGN = "foreign"  # not a file sync writes
    CORRUPT = "corrupt"  # a sync file that cannot be read
