"""Copies of the library: taken with SQLite's online backup API (consistent while the app is
running), kept in a folder beside the library (the last KEEP automatic ones: before each
migration and once a day), checked, and restored over a damaged or unwanted library.

The functions work on files, so a library too damaged to open can still be restored; `Backups`
is the library's part that takes copies of the open library."""
from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from db.binding import Part
from db.errors import BackupError
from db.migrations import APPLICATION_ID, SCHEMA_VERSION
from db.processes import running
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


def check_file(path: Path) -> tuple[BackupReason, str] | None:
    """What is wrong with a library file as (reason, SQLite's words), or None when it is a
    sound Yandu library this Yandu can open. Reasons: no-file, not-yandu, damaged, newer."""
    path = Path(path)
    if not path.is_file():
        return BackupReason.NO_FILE, ""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return BackupReason.NOT_YANDU, ""
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                return BackupReason.NEWER, str(version)
            problem = quick_check(connection)
            return (BackupReason.DAMAGED, problem) if problem else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return BackupReason.DAMAGED, str(error)


def restore(backup: Path, library: Path) -> Path | None:
    """Replace the (closed) library file with a checked copy of `backup`, in one step: the
    copy is made and synced beside the library, then renamed over it, so that whenever the
    process is killed the library is the old file or the new one, never missing. The file it
    replaces, if any, is kept beside it as `<name>.before-restore-<time>`; returns that path.
    Refused while another Yandu has the library open, from the library itself, and from a
    backup a newer Yandu made (this one could not open it)."""
    backup, library = Path(backup), Path(library)
    if backup.exists() and library.exists() and os.path.samefile(backup, library):
        raise BackupError(backup, BackupReason.SAME_FILE)
    problem = check_file(backup)
    if problem:
        raise BackupError(backup, *problem)
    holder = lock_holder(library)
    if holder is not None:
        raise BackupError(library, BackupReason.IN_USE, holder)
    staged = library.with_name(f".{library.name}.restore-{uuid.uuid4().hex[:8]}.part")
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        copy_database(source, staged)
        _sync(staged)
        kept = _set_aside(library) if library.exists() else None
        for suffix in ("-wal", "-shm"):  # folded into the old file; they must not meet the new
            Path(f"{library}{suffix}").unlink(missing_ok=True)
        os.replace(staged, library)
        _sync(library.parent)
    except OSError as error:
        raise BackupError(library, BackupReason.CANNOT_WRITE, str(error)) from None
    finally:
        source.close()
        staged.unlink(missing_ok=True)
    return kept


def _set_aside(library: Path) -> Path:
    """Keep the library as it is under a name of its own, the library staying where it is:
    its journal folded in first, then a second name for the same file (a copy where the disk
    has no hard links). Two restores in one second keep two files."""
    folded = True
    connection = sqlite3.connect(library)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError:
        folded = False  # a damaged or foreign file: kept as it is, its journal beside it
    finally:
        connection.close()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = library.with_name(f"{library.name}.before-restore-{stamp}")
    number = 1
    while kept.exists():
        number += 1
        kept = library.with_name(f"{library.name}.before-restore-{stamp}-{number}")
    try:
        try:
            os.link(library, kept)
        except OSError:
            shutil.copy2(library, kept)
        _sync(kept)
        journal = Path(f"{library}-wal")
        if not folded and journal.exists():
            os.replace(journal, f"{kept}-wal")
    except OSError as error:
        raise BackupError(library, BackupReason.CANNOT_SET_ASIDE, str(error)) from None
    return kept


def lock_holder(library: Path) -> str | None:
    """The other Yandu (pid@host) that has the library open, from the lock file the window
    keeps beside it (Qt's QLockFile: pid, application, host, one a line); None when none
    does, or the one that did is gone."""
    try:
        lines = Path(f"{library}.lock").read_text("utf-8", "replace").splitlines()
    except OSError:
        return None
    if not lines or not lines[0].strip().isdigit():
        return None
    holder = f"{lines[0].strip()}@{lines[2].strip() if len(lines) > 2 else ''}"
    if int(lines[0]) == os.getpid() or not running(holder):
        return None
    return holder


LEFTOVER_AGE = 600  # seconds: a copy under way writes its .part all the time


def remove_leftovers(library: Path) -> list[Path]:
    """Remove what a killed copy or restore left beside the library or in its backups folder
    (`.….part` files): all of them when no other Yandu has the library open, else those not
    written to for ten minutes (a copy under way writes all the time). Returns them."""
    removed = []
    now = datetime.now().timestamp()
    alone = lock_holder(library) is None
    for folder, pattern in ((library.parent, f".*{library.name}*.part"),
                            (backups_folder(library), ".*.part")):
        if not folder.is_dir():
            continue
        for leftover in folder.glob(pattern):
            try:
                if alone or now - leftover.stat().st_mtime >= LEFTOVER_AGE:
                    leftover.unlink()
                    removed.append(leftover)
            except OSError:
                continue  # gone meanwhile, or not ours to remove: left alone
    return removed


def _sync(path: Path) -> None:
    """What was written to `path` (a file, or a folder's entries) is on the disk."""
    if os.name == "nt" and path.is_dir():
        return  # Windows cannot open a folder to flush it; its renames are journaled
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


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
