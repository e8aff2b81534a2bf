"""Copies of the library: taken with SQLite's online backup API (consistent while the app is
running), kept in a folder beside the library (the last KEEP automatic ones: before each
migration and once a day), checked, and restored over a damaged or unwanted library.

The functions work on files, so a library too damaged to open can still be restored; `Backups`
is the library's part that takes copies of the open library."""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from db.binding import Part
from db.errors import BackupError
from db.migrations import APPLICATION_ID
from db.reasons import BackupReason
from db.records import Restored

if TYPE_CHECKING:
    from db.connection import LibraryDatabase

KEEP = 7  # automatic backups kept unless the user says otherwise
DAILY = timedelta(days=1)


def backups_folder(library: Path) -> Path:
    return library.with_name(library.name + ".backups")


def automatic_backups(library: Path) -> list[Path]:
    """The automatic backups of `library`, newest first."""
    folder = backups_folder(library)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{library.stem}-*.sqlite"), reverse=True)


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of an open database at `target`, written beside it first and moved
    into place, and checked before it counts."""
    target = Path(target)
    temporary = target.with_name(f".{target.name}.part")
    try:
        temporary.unlink(missing_ok=True)
        copy = sqlite3.connect(temporary)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            problem = quick_check(copy)
        finally:
            copy.close()
        if problem:
            raise BackupError(target, BackupReason.CHECK_FAILED, problem)
        os.replace(temporary, target)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(target, BackupReason.CANNOT_WRITE, str(error)) from None
    finally:
        temporary.unlink(missing_ok=True)
    return target


def automatic_backup(source: sqlite3.Connection, library: Path, reason: str,
                     keep: int = KEEP) -> Path:
    """Copy the library into its backups folder as `<stem>-<time>-<reason>.sqlite` and keep
    only the newest `keep` automatic backups."""
    folder = backups_folder(library)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(folder, BackupReason.CANNOT_WRITE, str(error)) from None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = copy_database(source, folder / f"{library.stem}-{stamp}-{reason}.sqlite")
    for old in automatic_backups(library)[max(1, keep):]:
        old.unlink(missing_ok=True)
    return target


def daily_backup_due(library: Path, now: datetime | None = None) -> bool:
    newest = next(iter(automatic_backups(library)), None)
    if newest is None:
        return True
    taken = datetime.fromtimestamp(newest.stat().st_mtime)
    return (now or datetime.now()) - taken >= DAILY


def check_file(path: Path) -> tuple[str, str] | None:
    """What is wrong with a library file as (reason, SQLite's words), or None when it is a
    sound Yandu library. Reasons: no-file, not-yandu, damaged."""
    path = Path(path)
    if not path.is_file():
        return BackupReason.NO_FILE, ""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return BackupReason.NOT_YANDU, ""
            problem = quick_check(connection)
            return (BackupReason.DAMAGED, problem) if problem else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return BackupReason.DAMAGED, str(error)


def restore(backup: Path, library: Path) -> Path | None:
    """Replace the (closed) library file with a checked copy of `backup`. The file it replaces,
    if any, is kept beside it as `<name>.before-restore-<time>`; returns that path."""
    backup, library = Path(backup), Path(library)
    problem = check_file(backup)
    if problem:
        raise BackupError(backup, *problem)
    kept = None
    if library.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = library.with_name(f"{library.name}.before-restore-{stamp}")
        try:
            os.replace(library, kept)
        except OSError as error:
            raise BackupError(library, BackupReason.CANNOT_SET_ASIDE, str(error)) from None
    for suffix in ("-wal", "-shm"):  # the old file's journal must not be applied to the copy
        Path(f"{library}{suffix}").unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        copy_database(source, library)
    except BackupError:
        if kept is not None:
            os.replace(kept, library)
        raise
    finally:
        source.close()
    return kept


def quick_check(connection: sqlite3.Connection) -> str | None:
    """What SQLite's quick_check finds wrong, or None."""
    rows = connection.execute("PRAGMA quick_check").fetchall()
    return None if rows == [("ok",)] else "; ".join(str(row[0]) for row in rows[:3])


class Backups(Part):
    """Copies of the open library."""

    def __init__(self, db: LibraryDatabase, path: Path):
        self.db, self.path = db, path

    def copy_to(self, target: str | os.PathLike) -> Path:
        """A consistent, checked copy of the library at `target`, taken while it is in use."""
        return copy_database(self.db.connection(), Path(target))

    def daily(self, keep: int = KEEP) -> Path | None:
        """Once a day, a copy into the backups folder beside the library (the newest `keep`
        are kept). Returns the copy, or None when today's exists."""
        if not daily_backup_due(self.path):
            return None
        return automatic_backup(self.db.connection(), self.path, "daily", keep)

    def automatic(self) -> list[Path]:
        """The automatic backups, newest first."""
        return automatic_backups(self.path)

    def folder(self) -> Path:
        return backups_folder(self.path)

    def check(self) -> str | None:
        """What is wrong with the library file (SQLite's quick_check), or None."""
        return quick_check(self.db.connection())

    def restore_from(self, backup: str | os.PathLike) -> Restored:
        """Replace this library with a checked copy of `backup` and reopen it. Every other
        thread must have closed its connection. Says where the replaced file was kept."""
        if not self.db.is_closed():
            self.db.close()
        try:
            return Restored(restore(Path(backup), self.path))
        finally:
            self.db.connect(reuse_if_open=True)
