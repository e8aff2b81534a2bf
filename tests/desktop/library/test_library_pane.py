"""The library pane: groups, the filter box and the tag filter."""
from PySide6.QtCore import Qt

from desktop.library.library_model import SPEECH_ID_ROLE
from tests.desktop.conftest import longest, type_text


def test_library_groups_filters_and_tags(qtbot, window):
    pane = window.library_pane
    model = pane.model
    top = [model.index(row, 0) for row in range(model.rowCount())]
    groups = [index for index in top if model.rowCount(index)]
    assert len(top) == 3 and len(groups) == 1 and model.rowCount(groups[0]) == 5
    assert "compilation-5-titled.txt" in groups[0].data()
    assert pane.visible_count() == 7

    type_text(pane.filter_edit, "节能")
    assert pane.visible_count() == 1
    pane.filter_edit.clear()

    speech = longest(window)
    window.open_speech(speech.id)
    type_text(window.reader.tags.edit, "经济")
    qtbot.keyClick(window.reader.tags.edit, Qt.Key.Key_Return)
    assert window.library.tags.of_speech(speech.id) == ["经济"]
    pane.tag_box.setCurrentText("经济")
    assert pane.visible_count() == 1
    visible = pane.proxy.index(0, 0)
    while visible.data(SPEECH_ID_ROLE) is None:
        visible = pane.proxy.index(0, 0, visible)
    assert visible.data(SPEECH_ID_ROLE) == speech.id
    window.action["undo"].trigger()
    assert window.library.tags.of_speech(speech.id) == []


def test_filtering_by_a_highlights_tag_shows_its_speech(qtbot, window):
    from tests.desktop.conftest import select_text
    pane = window.library_pane
    speech = longest(window)
    window.open_speech(speech.id)
    select_text(qtbot, window, "安全")
    window.action["highlight-yellow"].trigger()
    [made] = window.library.annotations.of_speech(speech.id)
    window.annotations.select(made.id)
    type_text(window.annotations.tag_editor.edit, "要点")
    qtbot.keyClick(window.annotations.tag_editor.edit, Qt.Key.Key_Return)
    assert window.library.annotations.get(made.id).tags == ["要点"]
    pane.tag_box.setCurrentText("要点")
    assert pane.visible_count() == 1
