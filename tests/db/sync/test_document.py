"""The CRDT document: entries, tombstones, notes merged character by character."""
from pycrdt import Doc

from db.sync import document


def _doc(device, local, applicable=lambda name, key: True, doc=None):
    doc = doc or Doc()
    updates = [update for _keys, update in document.take(doc, local, device, applicable)]
    return doc, updates


def _copy(doc):
    return document.load(doc.get_update())


def _highlight(note="", tags=(), color="yellow"):
    return {"highlights": {"h1": {"note": note, "tags": sorted(tags), "color": color}}}


def test_the_view_gives_back_what_was_taken():
    local = {**_highlight("重点 笔记", ["甲", "乙"]), "tags": {"甲": {"color": "#fff"}}}
    doc, updates = _doc("a", local)
    assert len(updates) == 1
    view = document.view(document.load(doc.get_update()))
    assert view["highlights"] == local["highlights"] and view["tags"] == local["tags"]
    assert list(document.take(doc, local, "a", lambda n, k: True)) == []  # nothing new


def test_chinese_notes_edited_on_two_copies_keep_both_edits():
    a, _ = _doc("a", _highlight("监管责任"))
    b = _copy(a)
    _, to_b = _doc("a", _highlight("监管责任 要落实到人"), doc=a)
    _, to_a = _doc("b", _highlight("重点：监管责任"), doc=b)
    for update in to_b:
        b.apply_update(update)
    for update in to_a:
        a.apply_update(update)
    assert document.view(a) == document.view(b)
    assert document.view(a)["highlights"]["h1"]["note"] == "重点：监管责任 要落实到人"


def test_tags_added_on_two_copies_are_both_kept():
    a, _ = _doc("a", _highlight(tags=["甲"]))
    b = _copy(a)
    _doc("a", _highlight(tags=["甲", "乙"]), doc=a)
    _doc("b", _highlight(tags=["丙"]), doc=b)
    a.apply_update(b.get_update())
    assert document.view(a)["highlights"]["h1"]["tags"] == ["丙", "乙"]


def test_a_delete_loses_to_a_concurrent_edit_and_wins_over_an_edit_it_saw():
    a, _ = _doc("a", _highlight("x"))
    b = _copy(a)
    _doc("a", {}, doc=a)  # deleted on a
    _doc("b", _highlight("x y"), doc=b)  # edited on b, not knowing
    a.apply_update(b.get_update())
    assert document.view(a)["highlights"]["h1"]["note"] == "x y"
    _doc("a", {}, doc=a)  # deleted again, having seen the edit
    b.apply_update(a.get_update())
    assert document.view(b)["highlights"] == {}


def test_an_entry_the_library_cannot_hold_is_not_deleted():
    doc, _ = _doc("a", _highlight("x"))
    _, updates = _doc("a", {}, applicable=lambda name, key: False, doc=doc)
    assert updates == [] and document.view(doc)["highlights"]["h1"]["note"] == "x"


def test_changes_are_cut_into_batches():
    local = {"tags": {f"t{n}": {"color": ""} for n in range(25)}}
    batches = list(document.take(Doc(), local, "a", lambda n, k: True, batch=10))
    assert [len(keys) for keys, _update in batches] == [10, 10, 5]
    doc = Doc()
    for _keys, update in batches:
        doc.apply_update(update)
    assert document.view(doc)["tags"] == local["tags"]
