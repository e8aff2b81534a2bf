"""Every kind of sync target keeps the one contract the engine relies on (db/sync/target.py):
a flat set of named files, written whole, created once, removed, counted in requests."""
import pytest

from db.sync.crypto import Sealed
from db.sync.folder import FolderTarget
from db.sync.target import TargetError
from db.sync.webdav import WebDAVTarget
from tests.db.sync.webdav_server import PASSWORD, USER, running_server


@pytest.fixture(params=["folder", "webdav", "sealed folder"])
def target(request, tmp_path):
    if request.param == "webdav":
        with running_server(tmp_path / "dav") as dav:
            yield WebDAVTarget(dav.url, USER, PASSWORD)
        return
    (tmp_path / "target").mkdir()
    folder = FolderTarget(tmp_path / "target")
    yield Sealed(folder, "口令-target") if request.param == "sealed folder" else folder


def test_files_are_written_whole_listed_read_created_once_and_removed(target):
    target.write("updates/0123456789abcdef/000001", "第一".encode())
    target.write("updates/0123456789abcdef/000001", "第一版，整个替换".encode())
    target.write("files/" + "a" * 64, b"\x00\x01source")
    assert sorted(target.names()) == ["files/" + "a" * 64, "updates/0123456789abcdef/000001"]
    assert target.names("files") == ["files/" + "a" * 64]
    assert target.read("updates/0123456789abcdef/000001").decode() == "第一版，整个替换"
    assert target.create("snapshots/0123456789abcdef/000002", b"one") is True
    assert target.create("snapshots/0123456789abcdef/000002", b"two") is False
    assert target.read("snapshots/0123456789abcdef/000002") == b"one"
    target.remove("files/" + "a" * 64)
    target.remove("files/" + "a" * 64)  # gone already: no error
    assert "files/" + "a" * 64 not in target.names()
    with pytest.raises(TargetError) as missing:
        target.read("files/" + "b" * 64)
    assert missing.value.reason == "not-found"
    assert target.requests >= 0
