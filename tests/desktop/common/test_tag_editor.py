from PySide6.QtCore import Qt

from desktop.common.tag_editor import TagEditor
from tests.desktop.conftest import type_text


def test_enter_adds_a_tag_and_a_chip_removes_one(qtbot):
    editor = TagEditor()
    qtbot.addWidget(editor)
    wanted = []
    editor.tags_changed.connect(wanted.append)
    editor.set_tags(["安全"])
    type_text(editor.edit, " 防汛 ")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert wanted == [["安全", "防汛"]] and editor.edit.text() == ""
    editor.add("安全")  # already there
    assert len(wanted) == 1
    chip = editor._chips.itemAt(0).widget()
    chip.click()
    assert wanted[-1] == []
    assert editor.tags == ["安全"]  # the editor shows what it is given, not what was asked


def test_completions_offer_the_librarys_tags(qtbot):
    editor = TagEditor()
    qtbot.addWidget(editor)
    editor.set_completions(["隐患排查", "防汛"])
    completer = editor.edit.completer()
    completer.setCompletionPrefix("排查")
    assert completer.currentCompletion() == "隐患排查"
