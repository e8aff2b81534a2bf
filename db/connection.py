"""One init_db(path) for the app, the command line and the tests."""
from __future__ import annotations

from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from db.backup import BackupError, automatic_backup
from db.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate, schema_version
from db.models import database

PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": "normal", "busy_timeout": 5000}


class LibraryError(Exception):
    """The library file cannot be used; the message names the file and the reason."""


class DamagedLibrary(LibraryError):
    """The file is a damaged library, another program's database, or not a database at all:
    a backup may be restored in its place."""


def init_db(path: str | Path, target: int = SCHEMA_VERSION) -> SqliteDatabase:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = SqliteDatabase(str(path), pragmas=PRAGMAS)
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
