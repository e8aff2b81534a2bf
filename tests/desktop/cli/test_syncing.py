"""`yandu sync`: through a folder, from this process and from others, killed or not."""
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from db import Library
from tests.conftest import REPO
from tests.db.sync.conftest import highlight, speech, user_data
from tests.desktop.cli.conftest import run
from tests.speeches import FLOOD, SAFETY

YANDU = "import sys; from desktop.cli.main import main; sys.exit(main(sys.argv[1:]))"


PASSPHRASE = "长江后浪推前浪"


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    """The passphrase as a script gives it (also to the processes the tests start)."""
    monkeypatch.setenv("YANDU_SYNC_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def machines(tmp_path):
    """Two libraries of the same files, and the folder they sync through: (a, b, folder)."""
    for name, text in (("safety.txt", SAFETY), ("flood.txt", FLOOD)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite"
        with Library(path) as library:
            list(library.importer.import_paths([tmp_path / "safety.txt", tmp_path / "flood.txt"]))
        paths.append(path)
    folder = tmp_path / "target"
    folder.mkdir()
    return paths[0], paths[1], folder


def test_sync_remembers_its_folder_and_status_says_how_the_library_stands(capsys, machines):
    a, _b, folder = machines
    code, out, err = run(capsys, "--db", str(a), "sync", "--status")
    assert (code, out) == (0, "Never synced.\n")
    code, out, err = run(capsys, "--db", str(a), "sync")
    assert code == 2 and "--folder PATH" in err and "--webdav URL --user NAME" in err

    code, out, err = run(capsys, "--db", str(a), "sync", "--folder", str(folder))
    assert (code, err) == (0, "")
    assert out.startswith(f"Synced with {folder}: 1 sent, 0 received, ")
    with Library(a) as library:
        highlight(library, speech(library), "各部门要切实履行监管职责")
    code, out, _ = run(capsys, "--db", str(a), "sync", "--status")
    assert out.splitlines()[:2] == ["1 change waiting to be synced.", f"Target: {folder}"]
    code, out, _ = run(capsys, "--db", str(a), "sync")  # the folder remembered
    assert out.startswith(f"Synced with {folder}: 1 sent, 0 received, 3 requests.")
    code, out, _ = run(capsys, "--db", str(a), "sync", "--status")
    assert out.splitlines()[0] == "Synced."


def test_a_folder_that_is_not_there_is_said(capsys, machines, tmp_path):
    a, _b, _folder = machines
    code, _, err = run(capsys, "--db", str(a), "sync", "--folder", str(tmp_path / "nowhere"))
    assert code == 2 and "is not a folder" in err


def test_a_resolved_conflict_and_a_foreign_file_are_said_one_line_each(capsys, machines):
    a, b, folder = machines
    with Library(a) as library:
        made = highlight(library, speech(library), "各村要在6月底前完成排查", note="排查")
    for db in (a, b):
        run(capsys, "--db", str(db), "sync", "--folder", str(folder))
    with Library(a) as library:
        library.annotations.delete(made)
    with Library(b) as library:
        library.annotations.update(library.annotations.of_speech(speech(library))[0].id,
                                   note="排查 期限")
    (folder / "readme.txt").write_text("mine", encoding="utf-8")
    run(capsys, "--db", str(a), "sync")

    code, out, _ = run(capsys, "--db", str(b), "sync")

    lines = out.splitlines()[1:]
    assert len(lines) == 2
    assert "deleted on one machine, edited on another: kept, with the edit" in lines[0]
    assert lines[1] == "readme.txt: not a sync file, left alone"
    run(capsys, "--db", str(a), "sync")
    for db in (a, b):  # the log lists it on both machines, with when
        code, out, _ = run(capsys, "--db", str(db), "sync", "--log")
        [line] = out.splitlines()
        assert "deleted on one machine, edited on another: kept, with the edit (各村要" in line


def _yandu(db, *argv):
    return subprocess.Popen([sys.executable, "-c", YANDU, "--db", str(db), *argv], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "LANGUAGE": "en"})


def _finished(process, timeout=300):
    """The process's exit status, and what it said on stderr, once it ended."""
    _, err = process.communicate(timeout=timeout)
    return process.returncode, err


def test_two_processes_syncing_at_once_converge(machines):
    a, b, folder = machines
    for db, word in ((a, "甲"), (b, "乙")):
        with Library(db) as library:
            for number in range(30):
                highlight(library, speech(library), "各部门要切实履行监管职责"[:number % 10 + 2],
                          note=f"{word}{number}")
    for _round in range(2):
        both = [_yandu(db, "sync", "--folder", str(folder)) for db in (a, b)]
        for process in both:
            assert _finished(process) == (0, "")
    assert _finished(_yandu(a, "sync")) == (0, "")

    with Library(a) as one, Library(b) as other:
        assert user_data(one) == user_data(other)
        assert len(user_data(one)["highlights"]) == 60


@pytest.mark.parametrize("times", [4, pytest.param(20, marks=pytest.mark.long)])
def test_syncs_killed_at_random_moments_lose_nothing_and_converge(machines, times):
    a, b, folder = machines
    rng = random.Random(20)
    typed = []
    for db, word in ((a, "甲"), (b, "乙")):
        with Library(db) as library:
            text = library.speeches.get(speech(library)).text
            now = time.time()
            with library.using():  # many highlights, so that a sync has a while to be killed
                library.db.cursor().executemany(
                    'INSERT INTO annotation (speech_id, start, "end", quote, color, note, '
                    "created_at, updated_at) VALUES (?, ?, ?, ?, 'yellow', ?, ?, ?)",
                    [(speech(library), n % 90, n % 90 + 3, text[n % 90:n % 90 + 3],
                      f"{word}{n}", now, now) for n in range(2000)])
        typed += [f"{word}{n}" for n in range(2000)]
    kills = 0
    while kills < times:
        db = (a, b)[kills % 2]
        with Library(db) as library:  # an edit between the killed syncs
            word = f"改{kills}"
            highlight(library, speech(library), "各部门要切实履行监管职责", note=word)
            typed.append(word)
        process = _yandu(db, "sync", "--folder", str(folder))
        time.sleep(rng.uniform(0.3, 2.0))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        _finished(process)

    for db in (a, b, a):
        code, err = _finished(_yandu(db, "sync"))
        assert code == 0, err  # (stderr says how far a long sync is)

    with Library(a) as one, Library(b) as other:
        assert user_data(one) == user_data(other)
        notes = {entry["note"] for entry in user_data(one)["highlights"].values()}
    assert set(typed) <= notes


def test_every_resolution_and_every_file_left_aside_has_its_line():
    from db import IgnoredFile, Resolved, TargetError
    from desktop.common import messages
    assert all("{item}" in messages.resolved(code) for code in Resolved)
    assert all("{name}" in messages.ignored_file(code) for code in IgnoredFile)
    assert messages.target_reason(TargetError("wrong-passphrase")) == "the passphrase is wrong"


def test_a_wrong_passphrase_is_one_line_and_changes_nothing(capsys, machines, monkeypatch):
    a, b, folder = machines
    run(capsys, "--db", str(a), "sync", "--folder", str(folder))
    files = {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    monkeypatch.setenv("YANDU_SYNC_PASSPHRASE", "另一句口令")

    code, out, err = run(capsys, "--db", str(b), "sync", "--folder", str(folder))

    assert (code, out) == (1, "")
    assert err == f"yandu sync: {folder} cannot be used: the passphrase is wrong\n"
    assert {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()} == files


def test_without_a_passphrase_a_script_is_told_where_to_give_it(capsys, machines,
                                                                monkeypatch):
    a, _b, folder = machines
    monkeypatch.delenv("YANDU_SYNC_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", None)
    code, out, err = run(capsys, "--db", str(a), "sync", "--folder", str(folder))
    assert code == 2
    assert err == ("yandu sync: no secret to sync with: set YANDU_SYNC_PASSPHRASE or run the "
                   "command in a terminal\n")


def test_plain_http_to_another_machine_is_refused(capsys, machines, monkeypatch):
    a, _b, _folder = machines
    monkeypatch.setenv("YANDU_SYNC_PASSWORD", "pw")
    code, _, err = run(capsys, "--db", str(a), "sync", "--webdav", "http://example.com/dav",
                       "--user", "me")
    assert code == 1
    assert err == ("yandu sync: http://example.com/dav cannot be used: the connection is not "
                   "secure (http://example.com)\n")
    code, _, err = run(capsys, "--db", str(a), "sync", "--webdav", "https://example.com/dav")
    assert code == 2 and "--user NAME" in err


def test_the_passphrase_kept_in_the_keyring_is_used_and_forgotten(capsys, machines,
                                                                  monkeypatch):
    import keyring

    from db.sync.secrets import keep, kept
    from db.sync.setup import SyncSetup
    from tests.db.sync.test_secrets import MemoryKeyring
    a, _b, folder = machines
    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        account = SyncSetup("folder", str(folder)).passphrase_account
        keep(account, PASSPHRASE)
        monkeypatch.delenv("YANDU_SYNC_PASSPHRASE")
        code, out, _ = run(capsys, "--db", str(a), "sync", "--folder", str(folder))
        assert code == 0 and out.startswith(f"Synced with {folder}")

        code, out, _ = run(capsys, "--db", str(a), "sync", "--forget")
        assert (code, out) == (0, f"The passphrase and password kept for {folder} are "
                                  "forgotten.\n")
        assert kept(account) is None
    finally:
        keyring.set_keyring(before)


def test_two_processes_sync_through_a_webdav_server(machines, tmp_path, monkeypatch):
    from tests.db.sync.webdav_server import PASSWORD, USER, running_server
    a, b, _folder = machines
    monkeypatch.setenv("YANDU_SYNC_PASSWORD", PASSWORD)
    for db, note in ((a, "甲的笔记"), (b, "乙的笔记")):
        with Library(db) as library:
            highlight(library, speech(library), "各部门要切实履行监管职责", note=note)
    with running_server(tmp_path / "dav") as server:
        assert _finished(_yandu(a, "sync", "--webdav", server.url, "--user", USER)) == (0, "")
        assert _finished(_yandu(b, "sync", "--webdav", server.url, "--user", USER)) == (0, "")
        assert _finished(_yandu(a, "sync")) == (0, "")  # the server and user remembered
        on_server = server.files()

    with Library(a) as one, Library(b) as other:
        assert user_data(one) == user_data(other)
        notes = sorted(entry["note"] for entry in user_data(one)["highlights"].values())
    assert notes == ["乙的笔记", "甲的笔记"]
    assert not any("甲的笔记".encode() in data for data in on_server.values())
