"""The study group in the window: the other members' highlights drawn in the reader with
their names, hidden per member, copied into one's own and undone."""
import shutil

import pytest
from PySide6.QtCore import QPoint

from db import FolderTarget, Library, group_sync
from desktop.reader.reader_view import member_color
from tests.desktop.conftest import longest

PASSPHRASE = "小组口令"
MARKS = {"李华": ("安全生产", "重点：安全"), "张伟": ("发展", "")}


def publish_group(texts_library_file, tmp_path, db):
    """Two other members, each with a highlight on the longest speech, publish to a group
    folder; the window's library `db` pulls them."""
    folder = tmp_path / "group"
    folder.mkdir()
    for name, (word, note) in MARKS.items():
        path = tmp_path / f"{name}.sqlite"
        shutil.copy(texts_library_file, path)
        with Library(path) as member:
            speech = longest(member).id
            start = member.speeches.get(speech).text.index(word)
            member.annotations.add(speech, start, start + len(word), "green", note)
            group_sync(member, FolderTarget(folder), PASSPHRASE, name)
    with Library(db) as mine:
        group_sync(mine, FolderTarget(folder), PASSPHRASE, "王明")
    return folder


def dashed(view):
    """The group lines drawn, read back from where they are: (offset at the line's start,
    offset at its end, colour), the offsets of the words just above each line."""
    above = QPoint(0, -8)
    return sorted((view.offset_at(line.p1() + above + QPoint(1, 0)),
                   view.offset_at(line.p2() + above - QPoint(1, 0)), color)
                  for line, color in view.group_lines())


@pytest.fixture
def group_window(windows, texts_db, texts_library_file, tmp_path):
    publish_group(texts_library_file, tmp_path, texts_db)
    window = windows.open(texts_db)
    window.open_speech(longest(window).id)
    # each mark on one line of text whatever the font's widths, so it is drawn as one line
    window.reader.view.resize(2000, window.reader.view.height())
    return window


def test_the_members_marks_are_drawn_where_their_words_are_with_their_names(group_window):
    window = group_window
    view = window.reader.view
    text = window.reader.text()
    members = {m.name: m.id for m in window.library.group.members()}
    expected = sorted((text.index(word), text.index(word) + len(word), member_color(members[name]))
                      for name, (word, _) in MARKS.items())
    assert dashed(view) == expected
    assert "李华: 重点：安全" in view.tooltip_at(text.index("安全生产") + 1)
    assert "张伟: (no note)" in view.tooltip_at(text.index("发展"))
    assert window.reader.annotations() == []  # none of them is the user's own


def test_the_view_menu_hides_the_layer_and_each_member(group_window):
    window = group_window
    view = window.reader.view
    window.action["layer-group"].trigger()
    assert dashed(view) == [] and view.tooltip_at(window.reader.text().index("发展")) == ""
    window.action["layer-group"].trigger()
    menu = window.grouping.members_menu
    menu.aboutToShow.emit()
    [li] = [action for action in menu.actions() if action.text().startswith("李华")]
    li.setChecked(False)
    text = window.reader.text()
    assert [start for start, _, _ in dashed(view)] == [text.index("发展")]


def test_a_mark_copied_into_ones_own_is_a_highlight_that_undo_takes_back(group_window):
    window = group_window
    view = window.reader.view
    at = window.reader.text().index("安全生产")
    menu = view.context_menu(at + 1)
    [copy] = [a for a in menu.actions() if a.text() == "Copy to my highlights (李华)"]
    copy.trigger()
    [mine] = window.reader.annotations()
    assert (mine.start, mine.quote, mine.note, mine.color) == (at, "安全生产", "重点：安全", "green")
    window.action["undo"].trigger()
    assert window.reader.annotations() == []
    assert len(dashed(view)) == 2  # the member's own stays as it was
