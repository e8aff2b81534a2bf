"""What the library keeps of its sync."""
from datetime import datetime

from db.sync.state import Resolution, SyncState


def test_the_device_id_is_made_once_and_kept(library, tmp_path):
    state = SyncState(library.db)
    device = state.device()
    assert len(device) == 16 and state.device() == device


def test_stable_ids_given_to_rows_are_kept_by_row(library):
    state = SyncState(library.db)
    with library.using():
        made = state.give_keys("annotation", [3, 7])
        assert state.keys("annotation") == made and state.keys("other") == {}
        assert len(set(made.values())) == 2


def test_resolutions_are_logged_newest_first(library):
    state = SyncState(library.db)
    now = datetime(2026, 3, 1, 10, 0)
    with library.using():
        state.log([Resolution("revived", "highlights/h1", ("dev1",), "排查")], now)
        state.log([Resolution("one-value", "tags/甲/color", ("dev1", "dev2"), "#fff")], now)
        assert state.resolutions() == [
            Resolution("one-value", "tags/甲/color", ("dev1", "dev2"), "#fff", now),
            Resolution("revived", "highlights/h1", ("dev1",), "排查", now)]


def test_values_are_kept_by_name(library):
    state = SyncState(library.db)
    with library.using():
        state.put_json("seen", {"dev": 3})
        state.put("doc", b"\x00\x01")
        assert (state.get_json("seen", {}), state.get("doc")) == ({"dev": 3}, b"\x00\x01")
        assert state.get_json("missing", []) == []
