"""Opening a library file: its database with Yandu's pragmas, checked and migrated."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from peewee import (  # type: ignore[attr-defined]  # the stubs leave out the wrapper
    DatabaseError,
    OperationalError,
    SqliteDatabase,
    __exception_wrapper__,
)

from db.backup import automatic_backup
from db.errors import WRITE_FAILURES, BackupError, DamagedLibrary, LibraryError, WriteError
from db.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate, schema_version
from db.reasons import OpenReason

# SQLite's words for a damaged file.
DAMAGE = ("database disk image is malformed", "file is not a database", "malformed database")
# 8 KB pages: search reads a speech's whole text, which then takes two pages rather than four
# (15.6 KB, the generated library's average). A page size holds from a library's making
# (before WAL) on: libraries made with 4 KB pages keep them.
PRAGMAS = {"page_size": 8192, "journal_mode": "wal", "foreign_keys": 1, "synchronous": "normal",
           "busy_timeout": 5000}


class LibraryDatabase(SqliteDatabase):
    """SqliteDatabase whose failed writes raise WriteError, naming the file and the reason."""

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        if sql.startswith("ROLLBACK TO SAVEPOINT") and self._rolled_back():
            return None
        with self.explained(sql):
            return super().execute_sql(sql, params)

    def commit(self) -> None:
        with self.explained("COMMIT"):
            return super().commit()

    def execute_many(self, sql: str, rows: Iterable[tuple]) -> None:
        """One statement for many rows, without building SQL per row (peewee's insert_many
        spends more time composing SQL than SQLite spends storing it). `rows` may be a
        generator: they are then never all in memory at once."""
        with self.explained(sql):
            self.cursor().executemany(sql, rows)

    def rollback(self) -> None:
        if not self._rolled_back():
            super().rollback()

    def _rolled_back(self) -> bool:
        """SQLite itself rolls the whole transaction back on a full disk or an I/O error;
        peewee's own rollback must then not fail and hide why."""
        return not self.is_closed() and not self.connection().in_transaction

    @contextmanager
    def explained(self, sql: str) -> Iterator[None]:
        """Errors of `sql` said as the library's (damaged, or why a write failed): around its
        execution, and around reading its rows where they are read after it (SQLite meets a
        damaged page only when it reaches it)."""
        try:
            with __exception_wrapper__:  # sqlite3's errors as peewee's
                yield
        except DatabaseError as error:
            words = str(error).lower()
            if any(damage in words for damage in DAMAGE):
                # A page damaged since the library was opened: said as a damaged library
                # (a backup can be restored), wherever it is met.
                raise DamagedLibrary(self.database, OpenReason.DAMAGED, str(error)) from None
            reason = next((code for words_, code in WRITE_FAILURES.items()
                           if words_ in words), None)
            if not isinstance(error, OperationalError) or reason is None \
                    or sql.lstrip().upper().startswith(("SELECT", "PRAGMA")):
                raise
            raise WriteError(self.database, reason, str(error)) from None


def init_db(path: str | Path, target: int = SCHEMA_VERSION) -> LibraryDatabase:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # SQLite writes its journal beside the file: a library on a read-only disk cannot be used,
    # and is no damaged one either.
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise LibraryError(path, OpenReason.READ_ONLY)
    db = LibraryDatabase(str(path), pragmas=PRAGMAS)
    try:
        db.connect(reuse_if_open=True)
        _check_ours(db, path)
        version = schema_version(db)
        if version > SCHEMA_VERSION:
            raise LibraryError(path, OpenReason.NEWER, str(version))
        if 0 < version < target:
            automatic_backup(db.connection(), path, f"before-v{target}")
        migrate(db, target)
    except DatabaseError as error:
        db.close()
        raise DamagedLibrary(path, OpenReason.DAMAGED, str(error)) from None
    except BackupError as error:
        db.close()
        raise LibraryError(path, OpenReason.NOT_MIGRATED, error.detail or error.reason) from None
    except LibraryError:
        db.close()
        raise
    return db


def _check_ours(db: SqliteDatabase, path: Path) -> None:
    app_id = db.execute_sql("PRAGMA application_id").fetchone()[0]
    tables = db.execute_sql("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    if tables and app_id != APPLICATION_ID:
        raise DamagedLibrary(path, OpenReason.FOREIGN)
