"""Syncing through the place a library remembers, sealed with a passphrase: over a folder and
over a real WebDAV server on localhost."""
import pytest

from db.reasons import IgnoredFile
from db.sync.crypto import HEADER, SyncKeyError
from db.sync.engine import sync
from db.sync.setup import FOLDER, WEBDAV, SyncSetup, open_target, remember, remembered
from db.sync.target import TargetError
from tests.db.sync.conftest import highlight, speech, user_data
from tests.db.sync.webdav_server import PASSWORD, USER

PASSPHRASE = "长江后浪推前浪"


def folder_files(folder):
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def test_the_place_is_remembered_without_a_secret(pair, tmp_path):
    a, _ = pair
    assert remembered(a) is None
    setup = SyncSetup(WEBDAV, "https://dav.jianguoyun.com/dav/yandu", "me@example.com")
    remember(a, setup)
    assert remembered(a) == setup
    with a.using():
        values = a.db.execute_sql("SELECT value FROM sync_state").fetchall()
    assert PASSPHRASE not in str(values)
    assert setup.password_account.startswith("password:me@example.com@https://")
    assert SyncSetup(FOLDER, str(tmp_path)).password_account is None


def test_http_to_another_machine_is_refused():
    with pytest.raises(TargetError) as error:
        open_target(SyncSetup(WEBDAV, "http://example.com/dav", "me"), PASSPHRASE, "pw")
    assert error.value.reason == "insecure"


def test_two_libraries_sync_through_a_webdav_server_sealed(pair, server):
    a, b = pair
    highlight(a, speech(a), "各部门要切实履行监管职责", note="甲的笔记")
    highlight(b, speech(b), "去年全镇发生事故3起", note="乙的笔记")
    setup = SyncSetup(WEBDAV, server.url, USER)

    for library in (a, b, a):
        sync(library, open_target(setup, PASSPHRASE, PASSWORD))

    assert user_data(a) == user_data(b)
    assert len(user_data(a)["highlights"]) == 2
    for name, data in server.files().items():
        assert "甲的笔记".encode() not in data and "乙的笔记".encode() not in data, name


def test_a_wrong_passphrase_stops_the_sync_with_nothing_written(pair, server):
    a, b = pair
    setup = SyncSetup(WEBDAV, server.url, USER)
    sync(a, open_target(setup, PASSPHRASE, PASSWORD))
    highlight(b, speech(b), "去年全镇发生事故3起", note="乙的笔记")
    before = server.files()

    with pytest.raises(SyncKeyError) as error:
        sync(b, open_target(setup, "另一句口令", PASSWORD))

    assert error.value.reason == "wrong-passphrase"
    assert server.files() == before


def test_a_wrong_passphrase_is_said_even_when_nothing_waits(pair, target):
    """Nothing to send and nothing new to read: the passphrase is checked all the same."""
    a, _ = pair
    setup = SyncSetup(FOLDER, str(target.root))
    sync(a, open_target(setup, PASSPHRASE))

    with pytest.raises(SyncKeyError):
        sync(a, open_target(setup, "另一句口令"))


def test_a_file_the_seal_cannot_open_is_left_aside_with_a_line(pair, target):
    a, b = pair
    setup = SyncSetup(FOLDER, str(target.root))
    highlight(b, speech(b), "去年全镇发生事故3起", note="乙的笔记")
    sync(b, open_target(setup, PASSPHRASE))
    [update] = [name for name in folder_files(target.root) if name.startswith("updates/")]
    (target.root / update).write_bytes(b"YDS1" + b"\0" * 40)  # damaged on the way

    report = sync(a, open_target(setup, PASSPHRASE))

    assert report.ignored == [(update, IgnoredFile.CORRUPT)]
    assert HEADER in folder_files(target.root)
    assert not sync(a, open_target(setup, PASSPHRASE)).ignored  # said once
