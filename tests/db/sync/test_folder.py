"""A sync target over a local folder."""
import pytest

from db.sync.folder import FolderTarget
from db.sync.target import TargetError


def test_files_are_written_read_listed_and_removed_by_relative_names(tmp_path):
    target = FolderTarget(tmp_path)
    target.write("updates/dev/000001", b"one")
    target.write("files/abc", b"file")
    target.write("updates/dev/000001", b"one, again")

    assert target.names() == ["files/abc", "updates/dev/000001"]
    assert target.names("updates") == ["updates/dev/000001"]
    assert target.names("snapshots") == []
    assert target.read("updates/dev/000001") == b"one, again"
    target.remove("files/abc")
    target.remove("files/abc")  # gone already: nothing to do
    assert target.names() == ["updates/dev/000001"]
    assert target.requests == 10


def test_a_missing_file_is_not_found_and_a_missing_folder_unreachable(tmp_path):
    with pytest.raises(TargetError) as missing:
        FolderTarget(tmp_path).read("updates/dev/000001")
    assert missing.value.reason == "not-found"
    with pytest.raises(TargetError) as away:
        FolderTarget(tmp_path / "unplugged").names()
    assert away.value.reason == "unreachable"


@pytest.mark.parametrize("name", ["../outside", "updates//x", "/etc/passwd", "", "a/./b"])
def test_a_name_that_leaves_the_folder_is_refused(tmp_path, name):
    with pytest.raises(TargetError) as refused:
        FolderTarget(tmp_path / "target").write(name, b"x")
    assert refused.value.reason == "refused"
    assert not (tmp_path / "outside").exists()


def test_a_write_killed_part_way_leaves_only_a_partial_file_no_one_lists(tmp_path):
    target = FolderTarget(tmp_path)
    target.write("updates/dev/000001", b"whole")
    (tmp_path / "updates" / "dev" / "000002.x1y2.partial").write_bytes(b"ha")

    assert target.names() == ["updates/dev/000001"]


def test_a_folder_gone_is_not_made_again(tmp_path):
    """A drive unplugged: its mount point is not filled with a new, empty target."""
    target = FolderTarget(tmp_path / "drive" / "sync")
    for write in (target.write, target.create):
        with pytest.raises(TargetError) as error:
            write("updates/a/000001", b"x")
        assert error.value.reason == "unreachable"
    assert not (tmp_path / "drive").exists()
