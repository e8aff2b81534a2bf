"""One init_db(path) for the app, the command line and the tests."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from peewee import (
    DatabaseError,
    OperationalError,
    SqliteDatabase,
    __exception_wrapper__,
)

from db.backup import BackupError, automatic_backup
from db.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate, schema_version
from db.models import database

PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": "normal", "busy_timeout": 5000}


class LibraryError(Exception):
    """The library file cannot be used; the message names the file and the reason."""


class DamagedLibrary(LibraryError):
    """The file is a damaged library, another program's database, or not a database at all:
    a backup may be restored in its place."""


class WriteError(LibraryError):
    """A change could not be saved; SQLite rolled all of it back, and what was saved before
    is untouched. `detail` is the message without the library's path."""

    def __init__(self, path: str, reason: str):
        self.detail = (f"not saved, because {reason}. Nothing of this change was written; "
                       "everything saved before is kept.")
        super().__init__(f"{path}: {self.detail}")


# SQLite's words for why a write failed → what to tell the user.
WRITE_FAILURES = {
    "database or disk is full": "the disk is full",
    "attempt to write a readonly database": "the library file is read-only",
    "database is locked": "another program or Yandu window is writing to the library and did "
                          "not finish within 5 seconds",
    "disk i/o error": "the disk could not be written to",
}


class LibraryDatabase(SqliteDatabase):
    """SqliteDatabase whose failed writes say why, in words, naming the file."""

    def execute_sql(self, sql, params=None):
        if sql.startswith("ROLLBACK TO SAVEPOINT") and self._rolled_back():
            return None
        with self._explained(sql):
            return super().execute_sql(sql, params)

    def commit(self):
        with self._explained("COMMIT"):
            return super().commit()

    def execute_many(self, sql: str, rows: list[tuple]) -> None:
        """One statement for many rows, without building SQL per row (peewee's insert_many
        spends more time composing SQL than SQLite spends storing it)."""
        with self._explained(sql), __exception_wrapper__:
            self.cursor().executemany(sql, rows)

    def rollback(self):
        if not self._rolled_back():
            super().rollback()

    def _rolled_back(self) -> bool:
        """SQLite itself rolls the whole transaction back on a full disk or an I/O error;
        peewee's own rollback must then not fail and hide why."""
        return not self.is_closed() and not self.connection().in_transaction

    @contextmanager
    def _explained(self, sql: str):
        try:
            yield
        except OperationalError as error:
            reason = next((words for key, words in WRITE_FAILURES.items()
                           if key in str(error).lower()), None)
            if reason is None or sql.lstrip().upper().startswith(("SELECT", "PRAGMA")):
                raise
            raise WriteError(self.database, reason) from None


def init_db(path: str | Path, target: int = SCHEMA_VERSION) -> SqliteDatabase:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = LibraryDatabase(str(path), pragmas=PRAGMAS)
    try:
        db.connect(reuse_if_open=True)
        _check_ours(db, path)
        if schema_version(db) > SCHEMA_VERSION:
            raise LibraryError(f"{path}: made by a newer Yandu (schema {schema_version(db)}); "
                               "update Yandu to open it")
        if 0 < schema_version(db) < target:
            automatic_backup(db.connection(), path, f"before-v{target}")
        migrate(db, target)
    except DatabaseError as error:
        db.close()
        raise DamagedLibrary(f"{path}: not a usable Yandu library ({error})") from None
    except BackupError as error:
        db.close()
        raise LibraryError(f"{path}: not migrated, because the copy taken first failed: "
                           f"{error}") from None
    except LibraryError:
        db.close()
        raise
    database.initialize(db)
    return db


def _check_ours(db: SqliteDatabase, path: Path) -> None:
    app_id = db.execute_sql("PRAGMA application_id").fetchone()[0]
    tables = db.execute_sql("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    if tables and app_id != APPLICATION_ID:
        raise DamagedLibrary(f"{path}: this SQLite file belongs to another program, not Yandu")
