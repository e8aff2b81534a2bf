"""A study group of three members, each with a real library, sharing one group folder (and
once a real WebDAV server): each sees the others' highlights as a read-only layer."""
import pytest

from db import Library
from db.sync.crypto import SyncKeyError
from db.sync.group import group_sync
from db.sync.webdav import WebDAVTarget
from tests.db.sync.conftest import FLOOD_WORD, highlight, speech
from tests.db.sync.webdav_server import PASSWORD, USER, running_server

PASSPHRASE = "小组-口令-2024"


@pytest.fixture
def trio(tmp_path, files):
    """Three members' libraries of the same two files, each with highlights and notes."""
    libraries = {}
    for name, quote, note in (("王明", "去年全镇发生事故3起", "事故数"),
                              ("李华", "各部门要切实履行监管职责", "监管"),
                              ("张伟", "各村要在6月底前完成排查", "")):
        library = Library(tmp_path / f"{name}.sqlite")
        list(library.importer.import_paths([files / "safety.txt", files / "flood.txt"]))
        highlight(library, speech(library), quote, "green", note, ["要点"])
        libraries[name] = library
    yield libraries
    for library in libraries.values():
        library.close()


def everyone(trio, target):
    for _ in range(2):  # the first to publish reads the others on the second round
        for name, library in trio.items():
            group_sync(library, target, PASSPHRASE, name)


def layer(library):
    """(member's name, quote, note, tags) of every group mark on the safety speech."""
    return sorted((h.member_name, h.quote, h.note, tuple(h.tags))
                  for h in library.group.highlights(speech(library)))


def test_each_member_sees_the_other_two_as_a_layer_with_their_names(trio, target):
    everyone(trio, target)

    assert layer(trio["王明"]) == [("张伟", "各村要在6月底前完成排查", "", ("要点",)),
                                   ("李华", "各部门要切实履行监管职责", "监管", ("要点",))]
    assert [m.name for m in trio["李华"].group.members()] == ["张伟", "王明"]
    assert [m.highlights for m in trio["李华"].group.members()] == [1, 1]
    library = trio["张伟"]
    text = library.speeches.get(speech(library)).text
    assert all(text[h.start:h.end] == h.quote
               for h in library.group.highlights(speech(library)))
    assert library.group.highlights(speech(library, FLOOD_WORD)) == []


def test_the_group_works_through_a_webdav_server(trio, tmp_path):
    with running_server(tmp_path / "dav") as server:
        everyone(trio, WebDAVTarget(server.url, USER, PASSWORD, backoff=0.01))
        names = set(server.files())

    assert len([name for name in names if name.startswith("members/")]) == 3
    assert [h[0] for h in layer(trio["张伟"])] == ["李华", "王明"]


def test_hiding_a_member_hides_their_highlights_only(trio, target):
    everyone(trio, target)
    library = trio["王明"]
    li = next(m for m in library.group.members() if m.name == "李华")

    touched = library.group.set_member_shown(li.id, False)

    assert [h[0] for h in layer(library)] == ["张伟"]
    assert touched.annotations == {speech(library)}
    assert [m.shown for m in library.group.members()] == [True, False]
    everyone(trio, target)  # a pull keeps the choice
    assert [h[0] for h in layer(library)] == ["张伟"]


def test_a_copy_into_ones_own_is_a_real_highlight_that_undo_takes_back(trio, target):
    everyone(trio, target)
    library = trio["王明"]
    safety = speech(library)
    theirs = next(h for h in library.group.highlights(safety) if h.member_name == "李华")

    edit = library.group.copy_to_mine(theirs.id)

    mine = {(a.quote, a.note, a.color, tuple(a.tags))
            for a in library.annotations.of_speech(safety)}
    assert ("各部门要切实履行监管职责", "监管", "green", ("要点",)) in mine
    assert edit.touched.annotations == {safety}
    library.edits.undo(edit)
    assert [a.quote for a in library.annotations.of_speech(safety)] == ["去年全镇发生事故3起"]
    assert len(library.group.highlights(safety)) == 2  # the layer itself is untouched


def test_a_member_never_writes_another_members_file(trio, target):
    everyone(trio, target)
    files = sorted((target.root / "members").iterdir())
    before = {path.name: (path.read_bytes(), path.stat().st_mtime_ns) for path in files}
    library = trio["王明"]
    own = library.group.member()

    highlight(library, speech(library), "二是要加大安全投入", "blue", "新的")
    group_sync(library, target, PASSPHRASE, "王明")

    after = {path.name: (path.read_bytes(), path.stat().st_mtime_ns) for path in files}
    assert {name for name in before if before[name] != after[name]} == {own}


def test_a_wrong_passphrase_is_one_error_and_nothing_is_written(trio, target):
    everyone(trio, target)
    before = {path: path.read_bytes() for path in target.root.rglob("*") if path.is_file()}
    library = trio["王明"]
    layer_before = layer(library)

    with pytest.raises(SyncKeyError) as caught:
        group_sync(library, target, "wrong", "王明")

    assert caught.value.reason == "wrong-passphrase"
    assert {path: path.read_bytes() for path in target.root.rglob("*") if path.is_file()} == before
    assert layer(library) == layer_before


def test_a_corrupt_member_file_is_skipped_with_one_line(trio, target):
    everyone(trio, target)
    library = trio["王明"]
    li = next(m for m in library.group.members() if m.name == "李华")
    (target.root / "members" / li.id).write_bytes(b"YDS1 garbage that is no sealed file")

    report = group_sync(library, target, PASSPHRASE, "王明")

    assert report.ignored == [(f"members/{li.id}", "corrupt")]
    assert report.members == 1
    assert [h[0] for h in layer(library)] == ["张伟", "李华"]  # what was read before stays


def test_a_highlight_is_placed_by_its_quote_where_the_text_differs(trio, target):
    zhang = trio["张伟"]
    safety = speech(zhang)
    text = zhang.speeches.get(safety).text
    passage = "一是要加强教育培训。二是要加大安全投入。\n"
    zhang.structure.remove(safety, text.index(passage), text.index(passage) + len(passage) - 1)
    highlight(trio["李华"], speech(trio["李华"]), "死亡2人", "blue")
    highlight(trio["李华"], speech(trio["李华"]), "加大安全投入", "blue")  # removed at 张伟's

    everyone(trio, target)

    new_text = zhang.speeches.get(safety).text
    marks = zhang.group.highlights(safety)
    assert all(new_text[h.start:h.end] == h.quote for h in marks)
    assert "各部门要切实履行监管职责" in [h.quote for h in marks]
    assert "加大安全投入" not in [h.quote for h in marks]  # an orphan, not shown
    assert next(m for m in zhang.group.members() if m.name == "李华").highlights == 2  # placed
