"""A full disk, a read-only library and a library another program keeps locked: every write
fails with a message naming the file and the reason, and nothing saved before is lost."""
import sqlite3

import pytest

from db import WriteError
from tests.db.test_search import _import
from tests.speeches import FLOOD, SAFETY


def _state(library):
    return (library.speeches.count(), [a.note for s in library.speeches.all()
                                     for a in library.annotations.of_speech(s.id)],
            library.search.find("防汛").hits, library.backups.check())


@pytest.fixture
def saved(library):
    speech = _import(library, SAFETY, "安全讲话")
    library.annotations.add(speech, 0, 5, "yellow", "已保存")
    return speech


def _full_disk(library):
    pages = library.db.execute_sql("PRAGMA page_count").fetchone()[0]
    library.db.execute_sql(f"PRAGMA max_page_count = {pages}")


def _read_only(library):
    library.db.execute_sql("PRAGMA query_only = ON")


@pytest.mark.parametrize("make_it_fail, reason", [(_full_disk, "disk-full"),
                                                  (_read_only, "read-only")])
def test_failed_writes_say_why_and_keep_what_was_saved(library, saved, tmp_path, make_it_fail,
                                                       reason):
    before = _state(library)
    make_it_fail(library)
    big = tmp_path / "flood.txt"
    big.write_text((FLOOD + "\n") * 200, encoding="utf-8")
    [result] = library.importer.import_paths([big])
    assert result.status == "failed" and isinstance(result.error, WriteError)
    assert (result.error.reason, result.error.path) == (reason, str(library.path))
    with pytest.raises(WriteError) as caught:
        library.annotations.add(saved, 10, 60, "blue", "没存上" * 2000, ["新标签"])
    assert (caught.value.reason, caught.value.path) == (reason, str(library.path))
    assert _state(library) == before
    assert "新标签" not in library.tags.names()


def test_a_library_locked_by_another_program_says_so(library, saved):
    before = _state(library)
    library.db.execute_sql("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(library.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(WriteError) as caught:
            library.annotations.update(library.annotations.of_speech(saved)[0].id, note="改了")
        assert caught.value.reason == "locked"
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _state(library) == before
    library.annotations.update(library.annotations.of_speech(saved)[0].id, note="改了")  # free again
    assert library.annotations.of_speech(saved)[0].note == "改了"


def test_foreign_keys_and_wal_are_on(library):
    assert library.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert library.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_new_library_has_pages_that_hold_a_speech_in_few_reads(library, tmp_path):
    """8 KB pages: a speech's text (15.6 KB, the generated library's average) is read in two
    pages rather than four. A library made with 4 KB pages keeps them and works as before."""
    assert library.db.execute_sql("PRAGMA page_size").fetchone()[0] == 8192
    from db import Library
    made = tmp_path / "made.sqlite"
    with Library(made) as first:
        first.importer.import_text("同志们：今天召开全县防汛工作会议。要严格落实防汛责任。", "讲话")
    older = tmp_path / "older.sqlite"
    copy = sqlite3.connect(made)
    copy.execute("PRAGMA page_size = 4096")
    copy.execute("VACUUM INTO ?", (str(older),))
    copy.close()
    with Library(older) as opened:
        assert opened.db.execute_sql("PRAGMA page_size").fetchone()[0] == 4096
        assert opened.search.find("防汛").hits == 2
        opened.importer.import_text("同志们：要抓好安全生产。", "又一篇讲话")
        assert opened.speeches.count() == 2
    with Library(older) as again:
        assert again.db.execute_sql("PRAGMA page_size").fetchone()[0] == 4096
        assert again.speeches.count() == 2


def test_a_library_on_a_read_only_disk_says_so_not_damaged(tmp_path):
    """As a user: a folder made read-only. As root (who may write anyway): the folder mounted
    read-only in a mount namespace of the test's own."""
    import os
    import shutil
    import subprocess
    import sys
    folder = tmp_path / "readonly"
    folder.mkdir()
    from db import Library
    with Library(folder / "library.sqlite") as library:
        library.importer.import_text("同志们：今天召开全县安全生产工作会议。要严格落实责任。", "讲话")
    script = ("import sys\nfrom db import Library, LibraryError\ntry:\n    Library(sys.argv[1])\n"
              "except LibraryError as error:\n    print(error.reason)\n")
    target = str(folder / "library.sqlite")
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            command = [sys.executable, "-c", script, target]
            found = subprocess.run(command, capture_output=True, text=True, timeout=60)
        finally:
            folder.chmod(0o755)
    else:
        if shutil.which("unshare") is None:
            pytest.skip("needs unshare (util-linux) to mount a folder read-only as root")
        shell = (f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && "
                 f"{sys.executable} -c '{script}' {target}")
        found = subprocess.run(["unshare", "-m", "sh", "-c", shell], capture_output=True,
                               text=True, timeout=60, cwd=os.getcwd(),
                               env=dict(os.environ, PYTHONPATH=os.getcwd()))
        if "Operation not permitted" in found.stderr:
            pytest.skip("mount namespaces are not allowed here")
    assert found.stdout.strip() == "read-only", found.stderr
