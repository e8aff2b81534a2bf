"""WebDAVTarget against a real WsgiDAV server on localhost."""
import email.utils
import shutil
import socket
import time

import pytest

from db.sync.target import TargetError
from db.sync.webdav import WebDAVTarget
from tests.db.sync.webdav_server import PASSWORD, USER


def target(server, password=PASSWORD, **options):
    return WebDAVTarget(server.url, USER, password, backoff=0.01, **options)


def test_files_are_written_listed_read_and_removed(server):
    dav = target(server)
    dav.write("yandu-sync.json", b"{}")
    dav.write("updates/phone/000001", "手机的第一笔".encode())
    dav.write("updates/laptop/000001", b"laptop one")
    dav.write("files/ab12", b"\x00\xff")

    assert sorted(dav.names()) == ["files/ab12", "updates/laptop/000001",
                                   "updates/phone/000001", "yandu-sync.json"]
    assert sorted(dav.names("updates")) == ["updates/laptop/000001", "updates/phone/000001"]
    assert dav.read("updates/phone/000001").decode() == "手机的第一笔"
    assert server.files()["files/ab12"] == b"\x00\xff"

    dav.remove("updates/phone/000001")
    dav.remove("updates/phone/000001")   # gone already: nothing to do
    assert sorted(dav.names("updates")) == ["updates/laptop/000001"]


def test_a_file_is_replaced_whole(server):
    dav = target(server)
    dav.write("snapshots/phone/000003", b"a long first version " * 100)
    dav.write("snapshots/phone/000003", b"short")
    assert dav.read("snapshots/phone/000003") == b"short"


def test_missing_things_are_facts(server):
    dav = target(server)
    with pytest.raises(TargetError) as error:
        dav.read("updates/phone/000009")
    assert error.value.reason == "not-found"
    assert dav.names("updates") == []   # no folder yet: nothing in it


def test_names_with_spaces_and_chinese_characters(server):
    dav = target(server)
    dav.write("学习小组/第 1 次", b"x")
    assert dav.names() == ["学习小组/第 1 次"]
    assert dav.read("学习小组/第 1 次") == b"x"


def test_folders_are_made_once_and_writes_into_them_take_one_request(server):
    dav = target(server)
    dav.write("updates/phone/000001", b"1")   # PUT 409, MKCOL updates, MKCOL phone, PUT
    assert server.behaviour.methods == ["PUT", "MKCOL", "MKCOL", "PUT"]
    assert dav.requests == 4

    dav.write("updates/phone/000002", b"2")
    dav.write("updates/laptop/000001", b"3")   # updates/ is known: only laptop/ is made
    assert server.behaviour.methods[4:] == ["PUT", "PUT", "MKCOL", "PUT"]
    assert dav.requests == server.behaviour.requests == 8


def test_folders_removed_on_the_server_are_made_again(server):
    dav = target(server)
    dav.write("updates/phone/000001", b"1")
    shutil.rmtree(server.root / "updates")    # someone tidied up in the web page
    dav.write("updates/phone/000002", b"2")
    assert server.files() == {"updates/phone/000002": b"2"}


def test_listing_a_tree_takes_one_request_where_the_server_allows_it(server):
    writer = target(server)
    for device in ("phone", "laptop", "tablet"):
        for seq in range(3):
            writer.write(f"updates/{device}/{seq:06}", b"x")

    dav = target(server)
    assert len(dav.names("updates")) == 9
    assert dav.requests == 1


def test_a_server_refusing_infinite_depth_is_walked_folder_by_folder(server):
    """Like 坚果云: one refused PROPFIND, remembered, then one per folder."""
    writer = target(server)
    for device in ("phone", "laptop"):
        writer.write(f"updates/{device}/000001", b"x")
    writer.write("yandu-sync.json", b"{}")
    server.behaviour.finite_depth = True

    dav = target(server)
    assert sorted(dav.names()) == ["updates/laptop/000001", "updates/phone/000001",
                                   "yandu-sync.json"]
    assert dav.requests == 1 + 4        # refused; root, updates, phone, laptop
    assert sorted(dav.names("updates")) == ["updates/laptop/000001", "updates/phone/000001"]
    assert dav.requests == 5 + 3        # no second try at infinity


def test_a_server_answering_infinite_depth_shallowly_is_walked(server):
    writer = target(server)
    writer.write("updates/phone/000001", b"x")
    writer.write("snapshots/phone/000001", b"x")
    server.behaviour.shallow_depth = True

    dav = target(server)
    assert sorted(dav.names()) == ["snapshots/phone/000001", "updates/phone/000001"]


def test_a_wrong_password_is_refused_with_the_status(server):
    dav = target(server, password="wrong")
    with pytest.raises(TargetError) as error:
        dav.write("yandu-sync.json", b"{}")
    assert (error.value.reason, error.value.detail) == ("refused", "HTTP 401")
    assert "wrong" not in str(error.value)
    assert server.files() == {}


def test_a_password_in_chinese_is_sent_as_utf8(server):
    assert not PASSWORD.isascii()
    target(server).write("a", b"1")
    assert server.files() == {"a": b"1"}


def test_a_server_that_is_down_is_unreachable_at_once():
    with socket.socket() as probe:        # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dav = WebDAVTarget(f"http://127.0.0.1:{port}/dav/", USER, PASSWORD)
    started = time.monotonic()
    with pytest.raises(TargetError) as error:
        dav.names()
    assert error.value.reason == "unreachable"
    assert time.monotonic() - started < 2
    assert dav.requests == 1


def test_a_server_that_never_answers_is_unreachable_after_the_timeout():
    with socket.socket() as silent:        # accepts connections, never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        dav = WebDAVTarget(f"http://127.0.0.1:{silent.getsockname()[1]}/", USER, PASSWORD,
                           timeout=0.3)
        started = time.monotonic()
        with pytest.raises(TargetError) as error:
            dav.read("a")
    assert error.value.reason == "unreachable"
    assert time.monotonic() - started < 2


def test_the_password_shows_nowhere(server):
    dav = WebDAVTarget(server.url, USER, "秘密-" + PASSWORD)
    with pytest.raises(TargetError) as error:
        dav.read("a")
    assert PASSWORD not in repr(dav) + str(error.value) + error.value.detail


@pytest.mark.parametrize("url", ["http://dav.jianguoyun.com/dav/", "ftp://localhost/",
                                 "http://192.168.1.5/dav/", "http://localhost.example.com/"])
def test_plain_http_to_another_machine_is_insecure(url):
    """Refused when the target is made, before any request."""
    with pytest.raises(TargetError) as error:
        WebDAVTarget(url, USER, PASSWORD)
    assert error.value.reason == "insecure"


@pytest.mark.parametrize("url", ["https://dav.jianguoyun.com/dav/", "http://localhost:8080/",
                                 "http://[::1]:8080/dav"])
def test_https_and_this_machine_are_accepted(url):
    assert WebDAVTarget(url, USER, PASSWORD).requests == 0


@pytest.mark.parametrize("status", ["429 Too Many Requests", "503 Service Unavailable"])
def test_a_busy_server_is_asked_again_after_the_wait_it_names(server, status):
    server.behaviour.busy_every, server.behaviour.busy_status = 2, status
    server.behaviour.retry_after = "1"
    dav = target(server)
    dav.write("a", b"1")                   # request 1
    started = time.monotonic()
    dav.write("b", b"2")                   # request 2 is answered busy, 3 succeeds
    assert time.monotonic() - started >= 1
    assert server.files() == {"a": b"1", "b": b"2"}
    assert dav.requests == 3


def test_an_answer_cut_off_is_asked_again(server):
    target(server).write("a", b"whole")
    server.behaviour.cut_every = 2         # the write was the server's first request
    dav = target(server)
    assert dav.read("a") == b"whole"       # cut off, then whole
    assert dav.read("a") == b"whole"
    assert dav.requests == 4


def test_a_connection_cut_off_every_time_is_unreachable(server):
    server.behaviour.cut_every = 1
    dav = target(server, tries=3)
    with pytest.raises(TargetError) as error:
        dav.read("a")
    assert error.value.reason == "unreachable"
    assert dav.requests == 3


def test_a_retry_after_given_as_a_date_is_honoured(server):
    server.behaviour.retry_after = email.utils.formatdate(time.time() + 2, usegmt=True)
    server.behaviour.busy_every = 2        # the first request passes, the second is busy
    dav = target(server)
    dav.write("a", b"1")
    started = time.monotonic()
    dav.write("b", b"2")
    assert time.monotonic() - started >= 0.5
    assert server.files() == {"a": b"1", "b": b"2"}


def test_a_server_busy_past_the_tries_is_busy(server):
    server.behaviour.busy_every = 1
    dav = target(server, tries=3)
    with pytest.raises(TargetError) as error:
        dav.read("a")
    assert error.value.reason == "busy"
    assert dav.requests == server.behaviour.requests == 3


def test_a_wait_longer_than_a_sync_should_take_is_busy_at_once(server):
    server.behaviour.busy_every, server.behaviour.retry_after = 1, "1800"
    dav = target(server)
    with pytest.raises(TargetError) as error:
        dav.read("a")
    assert (error.value.reason, error.value.detail) == ("busy", "retry after 1800 s")
    assert dav.requests == 1


def test_writing_and_listing_many_files_is_counted(server):
    dav = target(server)
    for seq in range(100):
        dav.write(f"updates/phone/{seq:06}", bytes(10_000))
    assert dav.requests == 100 + 3        # the first PUT makes the two folders
    assert len(target(server).names()) == 100
