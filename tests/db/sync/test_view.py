"""The library's user data by stable id, and a library made to hold it."""
from db.sync.view import LibraryView
from tests.db.sync.conftest import FLOOD_WORD, highlight, speech, user_data


def test_user_data_is_named_by_stable_ids(pair):
    a, _b = pair
    safety = speech(a)
    highlight(a, safety, "各部门要切实履行监管职责", "green", "监管", ["甲"])
    a.tags.set_speech(safety, ["乙"])
    a.corrections.edit([safety], {"speaker": "张华"})
    data = user_data(a)
    [(key, entry)] = data["highlights"].items()
    speech_key = entry["speech"]
    assert len(key) == 32 and speech_key.endswith(":0:0") and len(speech_key) == 64 + 4
    assert (entry["note"], entry["tags"], entry["color"]) == ("监管", ["甲"], "green")
    assert set(data["speech_tags"]) == {f"{speech_key}|乙"}
    assert data["fields"] == {f"{speech_key}|speaker": {"value": "张华"}}
    assert user_data(a) == data  # the same ids every time


def test_another_library_of_the_same_files_is_made_to_hold_it(pair):
    a, b = pair
    safety, flood = speech(a), speech(a, FLOOD_WORD)
    highlight(a, safety, "各部门要切实履行监管职责", "green", "监管", ["甲"])
    a.tags.set_speech(safety, ["乙"])
    a.tags.create("丙", "#00ff00")
    a.speeches.delete([flood])
    a.annotations.name_color("green", "数据")
    with a.using():
        merged = LibraryView(a).export()

    with b.using(), b.db.atomic():
        touched = LibraryView(b).apply(merged)

    assert user_data(b) == user_data(a)
    assert touched.listing and touched.tags and touched.annotations == {speech(b)}


def test_an_entry_whose_speech_is_not_here_waits(pair):
    a, b = pair
    highlight(a, speech(a), "各部门要切实履行监管职责")
    with a.using():
        merged = LibraryView(a).export()
    entry = next(iter(merged["highlights"].values()))
    entry["speech"] = "f" * 64 + ":0:0"

    with b.using(), b.db.atomic():
        LibraryView(b).apply(merged)

    assert user_data(b)["highlights"] == {}
    with b.using():
        assert not LibraryView(b).applicable()("highlights", next(iter(merged["highlights"])))
