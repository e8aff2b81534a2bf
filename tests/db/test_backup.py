"""Backups taken while the library is open, rolling automatic backups, restore, and damaged
files found at start."""
import os
import sqlite3
from datetime import datetime, timedelta

import pytest

from db import BackupError, DamagedLibrary, Library
from db.backup import automatic_backups, check_file, daily_backup_due, restore
from tests.db.test_search import _import
from tests.speeches import FLOOD, SAFETY


def test_a_backup_taken_while_the_library_is_open_is_one_sound_file(library, tmp_path):
    _import(library, SAFETY, "安全讲话")
    target = library.backups.copy_to(tmp_path / "copy.sqlite")
    assert check_file(target) is None
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT title FROM speech").fetchall() == [("安全讲话",)]
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # no -wal needed
    copy.close()
    assert not (tmp_path / "copy.sqlite-wal").exists()
    with pytest.raises(BackupError) as caught:
        library.backups.copy_to(tmp_path / "missing" / "copy.sqlite")
    assert caught.value.reason == "cannot-write"
    assert caught.value.path == str(tmp_path / "missing" / "copy.sqlite")


def test_daily_backups_roll_and_are_taken_once_a_day(library, tmp_path):
    _import(library, SAFETY, "安全讲话")
    first = library.backups.daily(keep=3)
    assert first is not None and library.backups.daily(keep=3) is None
    assert not daily_backup_due(library.path)
    assert daily_backup_due(library.path, datetime.now() + timedelta(days=1, seconds=1))
    for day in range(5):  # five more days
        for backup in library.backups.automatic():
            stamp = backup.stat().st_mtime - 86400 * 2
            os.utime(backup, (stamp, stamp))
        made = library.backups.daily(keep=3)
        assert made is not None
        os.utime(made, None)
        # names must differ even within one second
        made.rename(made.with_name(made.name.replace("-daily", f"-{day}-daily")))
    assert len(library.backups.automatic()) == 3


def test_restore_replaces_the_library_and_keeps_the_old_file(library, tmp_path):
    _import(library, SAFETY, "安全讲话")
    backup = library.backups.copy_to(tmp_path / "before.sqlite")
    _import(library, FLOOD, "防汛讲话")
    assert library.speeches.count() == 2
    kept = library.backups.restore_from(backup).kept
    assert library.speeches.count() == 1 and library.search.find("防汛").hits == 0
    assert kept is not None and kept.exists()
    foreign = tmp_path / "foreign.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(BackupError) as caught:
        library.backups.restore_from(foreign)
    assert (caught.value.reason, caught.value.path) == ("not-yandu", str(foreign))
    assert library.speeches.count() == 1  # still open, unchanged


def test_a_damaged_library_is_detected_and_the_latest_backup_restored(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        _import(library, SAFETY, "安全讲话")
        library.backups.daily()
    with open(path, "r+b") as file:  # scribble over the header
        file.write(b"\0" * 100)
    with pytest.raises(DamagedLibrary) as caught:
        Library(path)
    assert caught.value.reason == "damaged" and caught.value.detail
    assert check_file(path) is not None
    [latest] = automatic_backups(path)
    restore(latest, path)
    with Library(path) as library:
        assert [s.title for s in library.speeches.all()] == ["安全讲话"]
        assert library.backups.check() is None


def test_another_programs_file_in_the_library_place_can_be_replaced_by_a_backup(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        _import(library, SAFETY, "安全讲话")
        library.backups.daily()
    path.unlink()
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(DamagedLibrary) as caught:
        Library(path)
    assert caught.value.reason == "foreign"
    kept = restore(automatic_backups(path)[0], path)
    with sqlite3.connect(kept) as other:  # the other program's file is kept, untouched
        assert other.execute("SELECT name FROM sqlite_master").fetchall() == [("contacts",)]
    with Library(path) as library:
        assert library.speeches.count() == 1
