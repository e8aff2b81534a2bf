"""Sealed over a real WebDAV server on localhost: what reaches the server's disk."""
import json

import pytest

from db.sync.crypto import HEADER, Sealed, SyncKeyError, UnreadableFile
from db.sync.folder import FolderTarget
from db.sync.target import TargetError
from db.sync.webdav import WebDAVTarget
from tests.db.sync.webdav_server import PASSWORD, USER, running_server

NOTE = "要把安全生产责任落实到每一个岗位。——读书笔记"
PASSPHRASE = "长江后浪推前浪 2026"


def sealed(server, passphrase=PASSPHRASE):
    return Sealed(WebDAVTarget(server.url, USER, PASSWORD), passphrase)


def test_the_server_holds_no_plaintext(server):
    box = sealed(server)
    box.write("updates/phone/000001", NOTE.encode())
    box.write("files/ab12", NOTE.encode() * 10)

    on_disk = server.files()
    assert sorted(on_disk) == ["files/ab12", "updates/phone/000001", HEADER]
    for data in on_disk.values():
        assert NOTE.encode() not in data
        assert "安全生产".encode() not in data
        assert PASSPHRASE.encode() not in data
    header = json.loads(on_disk[HEADER])
    assert (header["format"], header["kdf"]) == (1, "scrypt")
    assert {"n", "r", "p", "salt", "check"} <= set(header)


def test_another_device_with_the_passphrase_reads_the_files(server):
    sealed(server).write("updates/phone/000001", NOTE.encode())
    other = sealed(server)
    assert other.names() == ["updates/phone/000001"]      # the header is not a sync file
    assert other.read("updates/phone/000001").decode() == NOTE


def test_the_same_file_sealed_twice_differs(server):
    box = sealed(server)
    box.write("a", NOTE.encode())
    first = server.files()["a"]
    box.write("a", NOTE.encode())
    assert server.files()["a"] != first                    # a fresh nonce each time
    assert box.read("a").decode() == NOTE


def test_the_key_is_derived_and_checked_once(server):
    sealed(server).write("a", b"1")
    box = sealed(server)
    box.read("a")                      # the header, then the file
    box.read("a")
    box.write("b", b"2")
    assert box.requests == 2 + 1 + 1


def test_a_wrong_passphrase_stops_before_anything_is_written(server):
    box = sealed(server)
    box.write("updates/phone/000001", NOTE.encode())
    before, sent = server.files(), len(server.behaviour.methods)

    wrong = sealed(server, "长江后浪推前浪 2025")
    for attempt in (lambda: wrong.write("updates/laptop/000001", b"x"),
                    lambda: wrong.write("updates/phone/000001", b"x"),
                    lambda: wrong.remove("updates/phone/000001"),
                    lambda: wrong.read("updates/phone/000001"),
                    wrong.unlock):
        with pytest.raises(SyncKeyError) as error:
            attempt()
        assert error.value.reason == "wrong-passphrase"
    assert server.files() == before
    assert set(server.behaviour.methods[sent:]) == {"GET"}   # the header, five times


def test_a_passphrase_is_the_same_however_its_characters_are_composed(server):
    sealed(server, "café").write("a", b"1")                # é as one character
    assert sealed(server, "cafe\u0301").read("a") == b"1"  # e and a combining accent


@pytest.mark.parametrize("damage", [
    lambda data: data[:-1] + bytes([data[-1] ^ 1]),       # one bit flipped
    lambda data: data[:len(data) // 2],                   # truncated, or read half-written
    lambda data: b"",
    lambda data: NOTE.encode(),                            # a plain file put there by hand
])
def test_a_damaged_or_foreign_file_is_unreadable_by_name(server, damage):
    box = sealed(server)
    box.write("updates/phone/000001", NOTE.encode())
    box.write("updates/phone/000002", b"fine")
    path = server.root / "updates/phone/000001"
    path.write_bytes(damage(path.read_bytes()))

    with pytest.raises(UnreadableFile) as error:
        sealed(server).read("updates/phone/000001")
    assert (error.value.reason, error.value.name) == ("unreadable", "updates/phone/000001")
    assert sealed(server).read("updates/phone/000002") == b"fine"


def test_a_file_sealed_under_another_key_is_unreadable(server, tmp_path):
    with running_server(tmp_path / "group") as group:
        sealed(group, "另一个学习小组").write("updates/phone/000001", b"theirs")
        foreign = (group.root / "updates/phone/000001").read_bytes()
    box = sealed(server)
    box.write("updates/phone/000001", b"ours")
    (server.root / "updates/phone/000001").write_bytes(foreign)

    with pytest.raises(UnreadableFile) as error:
        box.read("updates/phone/000001")
    assert error.value.name == "updates/phone/000001"


def test_files_swapped_on_the_server_do_not_open(server):
    box = sealed(server)
    box.write("updates/phone/000001", b"first")
    box.write("updates/phone/000002", b"second")
    one, two = (server.root / "updates/phone/000001"), (server.root / "updates/phone/000002")
    first, second = one.read_bytes(), two.read_bytes()
    one.write_bytes(second)
    two.write_bytes(first)

    for name in ("updates/phone/000001", "updates/phone/000002"):
        with pytest.raises(UnreadableFile) as error:
            box.read(name)
        assert error.value.name == name


@pytest.mark.parametrize(("header", "reason"), [
    (b"not json", "damaged-header"),
    (b"[]", "damaged-header"),
    (json.dumps({"format": 1, "kdf": "argon9", "n": 2, "r": 1, "p": 1,
                 "salt": "", "check": ""}).encode(), "damaged-header"),
    (json.dumps({"format": 1, "kdf": "scrypt", "n": 2 ** 30, "r": 8, "p": 1,
                 "salt": "AA==", "check": "AA=="}).encode(), "damaged-header"),
    (json.dumps({"format": 2}).encode(), "newer-format"),
])
def test_a_header_yandu_cannot_use_is_a_fact_and_left_alone(server, header, reason):
    (server.root / HEADER).write_bytes(header)
    with pytest.raises(SyncKeyError) as error:
        sealed(server).write("a", b"1")
    assert error.value.reason == reason
    assert server.files() == {HEADER: header}


def test_a_sync_of_ten_edits_fits_in_three_requests(server):
    """Open the key, list the updates, add one update file holding the ten edits."""
    sealed(server).write("updates/phone/000001", b"an earlier sync")
    box = sealed(server)
    box.unlock()
    assert box.names("updates") == ["updates/phone/000001"]
    box.write("updates/phone/000002", "十处修改".encode() * 10)
    assert box.requests == 3


def test_two_devices_setting_up_a_target_at_once_end_with_its_one_key(server, tmp_path):
    """Both found no header; the laptop's landed just after the phone's, and stays."""
    with running_server(tmp_path / "elsewhere") as elsewhere:
        sealed(elsewhere).unlock()
        laptops_header = (elsewhere.root / HEADER).read_bytes()

    def laptop_writes_its_header_too(method, path):
        if (method, path) == ("PUT", "/" + HEADER):
            server.behaviour.after = None
            (server.root / HEADER).write_bytes(laptops_header)

    server.behaviour.after = laptop_writes_its_header_too
    sealed(server).write("updates/phone/000001", NOTE.encode())
    assert (server.root / HEADER).read_bytes() == laptops_header
    assert sealed(server).read("updates/phone/000001").decode() == NOTE


def test_the_header_cannot_be_overwritten_or_removed_through_the_seal(server):
    box = sealed(server)
    box.unlock()
    header = server.files()[HEADER]
    with pytest.raises(ValueError):
        box.write(HEADER, b"{}")
    with pytest.raises(ValueError):
        box.remove(HEADER)
    assert server.files() == {HEADER: header}


class _Late:
    """`target` as a device sees it that looked for the header just before another device
    wrote it: its first read of the header finds none."""

    def __init__(self, target):
        self.target, self.looked = target, False

    def __getattr__(self, name):
        return getattr(self.target, name)

    def read(self, name):
        if name == HEADER and not self.looked:
            self.looked = True
            raise TargetError("not-found", name)
        return self.target.read(name)


@pytest.mark.parametrize("place", ["folder", "webdav"])
def test_two_devices_setting_up_a_target_at_once_end_with_one_key(server, tmp_path, place):
    def target():
        return (WebDAVTarget(server.url, USER, PASSWORD) if place == "webdav"
                else FolderTarget(tmp_path / "folder"))
    (tmp_path / "folder").mkdir()
    Sealed(target(), PASSPHRASE).write("updates/phone/000001", b"phone")
    Sealed(_Late(target()), PASSPHRASE).write("updates/laptop/000001", b"laptop")

    third = Sealed(target(), PASSPHRASE)
    assert third.read("updates/phone/000001") == b"phone"
    assert third.read("updates/laptop/000001") == b"laptop"
