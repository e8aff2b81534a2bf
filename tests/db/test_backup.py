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


def _library(path, text=SAFETY, title="安全讲话"):
    with Library(path) as library:
        _import(library, text, title)
    return path


def test_restoring_the_library_from_itself_is_refused_and_changes_nothing(tmp_path):
    path = _library(tmp_path / "library.sqlite")
    with pytest.raises(BackupError) as caught:
        restore(path, path)
    assert caught.value.reason == "same-file"
    with Library(path) as library:
        assert library.speeches.count() == 1


def test_a_backup_of_a_newer_yandu_is_refused(tmp_path):
    path = _library(tmp_path / "library.sqlite")
    newer = _library(tmp_path / "newer.sqlite", FLOOD, "防汛讲话")
    with sqlite3.connect(newer) as connection:
        connection.execute("PRAGMA user_version = 999")
    with pytest.raises(BackupError) as caught:
        restore(newer, path)
    assert (caught.value.reason, caught.value.detail) == ("newer", "999")
    with Library(path) as library:
        assert [s.title for s in library.speeches.all()] == ["安全讲话"]


def test_a_library_another_yandu_has_open_is_not_restored(tmp_path):
    import socket
    import subprocess
    import sys
    path = _library(tmp_path / "library.sqlite")
    backup = _library(tmp_path / "backup.sqlite", FLOOD, "防汛讲话")
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:  # the lock file as Qt's QLockFile writes it for a running window
        (tmp_path / "library.sqlite.lock").write_text(
            f"{other.pid}\nYandu\n{socket.gethostname()}\n")
        with pytest.raises(BackupError) as caught:
            restore(backup, path)
        assert caught.value.reason == "in-use" and str(other.pid) in caught.value.detail
    finally:
        other.kill()
        other.wait()
    restore(backup, path)  # the window that held it is gone: its lock is stale
    with Library(path) as library:
        assert [s.title for s in library.speeches.all()] == ["防汛讲话"]


def test_two_restores_in_one_second_keep_both_replaced_files(tmp_path):
    path = _library(tmp_path / "library.sqlite")
    first = _library(tmp_path / "first.sqlite", FLOOD, "防汛讲话")
    kept = [restore(first, path), restore(first, path)]
    assert kept[0] != kept[1] and all(k.exists() for k in kept)
    titles = [sqlite3.connect(k).execute("SELECT title FROM speech").fetchall() for k in kept]
    assert titles == [[("安全讲话",)], [("防汛讲话",)]]  # the original is not lost


def test_what_a_killed_copy_left_is_removed_at_the_next_start(tmp_path):
    """While another Yandu has the library open, a .part it may be writing is left alone
    unless it has not been written to for ten minutes; with none, every .part goes."""
    import socket
    import subprocess
    import sys
    path = _library(tmp_path / "library.sqlite")
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    (tmp_path / "library.sqlite.lock").write_text(f"{other.pid}\nYandu\n{socket.gethostname()}\n")
    old = datetime.now().timestamp() - 3600
    leftovers = [tmp_path / ".library.sqlite.restore-1a2b3c4d.part",
                 tmp_path / "library.sqlite.backups" / ".library-20261206-090000-daily.sqlite.part"]
    fresh = tmp_path / ".library.sqlite.restore-5e6f7a8b.part"  # a copy under way right now
    for leftover in [*leftovers, fresh]:
        leftover.parent.mkdir(exist_ok=True)
        leftover.write_bytes(b"\0" * 4096)
    for leftover in leftovers:
        os.utime(leftover, (old, old))
    try:
        with Library(path):
            pass
        assert not any(leftover.exists() for leftover in leftovers) and fresh.exists()
    finally:
        other.kill()
        other.wait()
    with Library(path):  # nobody else has it open: the fresh one was left by a killed run
        pass
    assert not fresh.exists()


def test_a_page_damaged_after_opening_is_said_as_a_damaged_library(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        for number in range(30):
            # each file's own text (the same text twice would be stored once)
            _import(library, (SAFETY + f"第{number}份\n") * 20, f"讲话{number}")
    size = path.stat().st_size
    with open(path, "r+b") as file:  # scribble over pages in the middle, not the header
        file.seek(size // 2)
        file.write(os.urandom(size // 4))
    with Library(path) as library, pytest.raises(DamagedLibrary) as caught:
        for speech in library.speeches.all():
            library.speeches.get(speech.id)
        library.search.find("隐患")
    assert caught.value.reason == "damaged"
