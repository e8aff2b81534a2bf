"""The outline pane: click to go there; it follows the reader."""
from PySide6.QtCore import Qt

from tests.desktop.conftest import longest


def test_outline_click_scrolls_and_follows_the_reader(qtbot, window):
    window.open_speech(longest(window).id)
    view, tree = window.reader.view, window.outline.view
    model = window.outline.model
    last_heading = model.index(model.rowCount() - 1, 0)
    section = model.sections[last_heading.internalId() - 1]
    tree.scrollTo(last_heading)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualRect(last_heading).center())
    assert section.start <= window.reader.top_offset() < section.start + 80
    assert view.verticalScrollBar().value() > 0
    view.verticalScrollBar().setValue(0)
    first = model.sections[0]
    current = window.outline.current_start()
    assert current is None or current <= first.start + 80
