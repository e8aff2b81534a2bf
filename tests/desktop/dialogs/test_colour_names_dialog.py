"""Name the colours: the dialog offers the library's names and gives back those changed."""
from desktop.dialogs.colour_names_dialog import ColourNamesDialog
from tests.desktop.conftest import type_text


def test_the_dialog_gives_back_the_names_changed_and_those_taken_away(qtbot):
    dialog = ColourNamesDialog({"yellow": "重点", "pink": "提法"})
    qtbot.addWidget(dialog)
    assert dialog.name_edits["yellow"].text() == "重点" and dialog.changes() == {}
    type_text(dialog.name_edits["green"], " 数据 ")
    dialog.name_edits["pink"].clear()
    assert dialog.changes() == {"green": "数据", "pink": ""}
