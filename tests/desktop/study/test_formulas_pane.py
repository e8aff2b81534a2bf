"""The 提法 index and the places each is used."""
from PySide6.QtCore import Qt


def test_formulas_index_lists_uses_and_opens_one(qtbot, window):
    window.action["formulas"].trigger()
    pane = window.study.formulas
    entries = pane.model.rows
    assert entries and entries[0].occurrences >= entries[-1].occurrences
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    places = pane.places
    assert sum(len(group.hits) for group in places.groups) == entries[0].occurrences
    hit_index = places.index(0, 1, places.index(0, 0))
    hit = places.hit(hit_index)
    assert hit.match == entries[0].text
    pane.places_view.setCurrentIndex(hit_index)
    pane.places_view.setFocus()
    qtbot.keyClick(pane.places_view, Qt.Key.Key_Return)
    assert window.current_id == hit.speech_id
    assert window.reader.selection() == (hit.start, hit.end)
