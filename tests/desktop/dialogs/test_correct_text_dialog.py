"""Correct text: the selected characters among their words, and what the user types."""
from desktop.dialogs.correct_text_dialog import CorrectTextDialog
from tests.desktop.conftest import type_text

TEXT = "会议要求：\n各部内要切实履行监管职责。\n谢谢！"


def test_the_dialog_shows_the_characters_in_their_line_and_corrects_only_with_new_ones(qtbot):
    start = TEXT.index("部内")
    dialog = CorrectTextDialog(TEXT, start, start + 2)
    qtbot.addWidget(dialog)
    assert dialog.context.text() == "各<b><u>部内</u></b>要切实履行监管职责。"  # its line
    assert dialog.edit.text() == "部内" and not dialog.ok.isEnabled()
    type_text(dialog.edit, "部门")
    assert (dialog.text(), dialog.ok.isEnabled()) == ("部门", True)
    dialog.edit.setText("  ")
    assert not dialog.ok.isEnabled()


def test_a_long_line_is_cut_around_the_characters():
    line = "甲" * 20 + "部内" + "乙" * 20
    dialog = CorrectTextDialog(line, 20, 22)
    assert dialog.context.text() == "…" + "甲" * 12 + "<b><u>部内</u></b>" + "乙" * 12 + "…"
