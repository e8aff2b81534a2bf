"""What can go wrong with the library file, as facts: which file, a reason code and the words
SQLite or the system gave. The sentences people read are made from these by the desktop
(desktop/common/messages.py), so they can be translated."""
from __future__ import annotations

import os

from db.reasons import WriteReason


class LibraryError(Exception):
    """The library file cannot be opened or changed.

    Reasons when opening: "newer" (made by a newer Yandu; `detail` is its schema version) and
    "not-migrated" (the copy taken before upgrading failed; `detail` says why)."""

    def __init__(self, path: str | os.PathLike, reason: str, detail: str = ""):
        self.path = str(path)
        self.reason = reason
        self.detail = detail
        super().__init__(f"{self.path}: {reason}" + (f" ({detail})" if detail else ""))


class DamagedLibrary(LibraryError):
    """The file is a damaged library ("damaged"), another program's database ("foreign") or
    not a database at all: a backup may be restored in its place."""


class WriteError(LibraryError):
    """A change could not be saved; SQLite rolled all of it back, and what was saved before
    is untouched. Reasons: "disk-full", "read-only", "locked", "disk-io"."""


class BackupError(LibraryError):
    """A backup or restore could not be made. Reasons: "cannot-write" (the copy), "check-failed"
    (the copy is not sound), "cannot-set-aside" (the current file, before a restore), and
    for a file that cannot be restored from: "no-file", "not-yandu", "damaged"."""


class NotAnExport(ValueError):
    """A file read as a W3C Web Annotation export that is not one: `reason` "not-json"
    (`detail`: the JSON parser's words) or "no-items"."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}" + (f" ({detail})" if detail else ""))
        self.reason, self.detail = reason, detail


# SQLite's words for why a write failed → the reason.
WRITE_FAILURES = {
    "database or disk is full": WriteReason.DISK_FULL,
    "attempt to write a readonly database": WriteReason.READ_ONLY,
    "database is locked": WriteReason.LOCKED,
    "disk i/o error": WriteReason.DISK_IO,
}
