"""The annotations pane: the open speech's highlights, filtered, and their editor."""
from PySide6.QtCore import Qt

from tests.desktop.conftest import longest


def test_annotation_list_filters_by_colour_and_tag_and_jumps(qtbot, window):
    speech = longest(window)
    text = window.library.speeches.get(speech.id).text
    window.library.annotations.add(speech.id, 10, 20, "blue", "甲", ["经济"])
    window.library.annotations.add(speech.id, len(text) - 30, len(text) - 20, "pink", "", ["经济"])
    window.library.annotations.add(speech.id, 40, 50, "blue", "乙", [])
    window.open_speech(speech.id)
    pane = window.annotations
    assert [r.start for r in pane.model.rows] == [10, 40, len(text) - 30]
    pane.color_box.setCurrentIndex(pane.color_box.findData("blue"))
    assert [r.note for r in pane.model.rows] == ["甲", "乙"]
    assert pane.count_label.text() == "2 of 3"
    pane.tag_box.setCurrentText("经济")
    assert [r.note for r in pane.model.rows] == ["甲"]
    pane.color_box.setCurrentIndex(0)
    last = pane.model.index(1, 0)
    assert pane.model.rows[1].color == "pink"
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=pane.view.visualRect(last).center())
    assert window.reader.selection() == (len(text) - 30, len(text) - 20)
    assert window.reader.view.verticalScrollBar().value() > 0
