"""Marking up from the window: keys, Ctrl+click, delete and undo, re-attaching orphans."""
from PySide6.QtCore import Qt

from db import Library
from desktop.library.library_model import SPEECH_ID_ROLE
from tests.desktop.conftest import longest, select_text, type_text


def test_digits_typed_in_a_note_do_not_highlight(qtbot, window):
    window.open_speech(longest(window).id)
    select_text(qtbot, window, "安全")
    qtbot.keyClick(window.reader.view, Qt.Key.Key_N)
    [made] = window.library.annotations.of_speech(window.current_id)
    assert window.annotations.note_edit.hasFocus()
    qtbot.keyClicks(window.annotations.note_edit, "12345")
    assert len(window.library.annotations.of_speech(window.current_id)) == 1
    assert window.library.annotations.get(made.id).note == "12345"


def test_every_colour_key_and_delete_with_undo(qtbot, window):
    window.open_speech(longest(window).id)
    for number in range(1, 6):
        select_text(qtbot, window, "安全", occurrence=number)
        qtbot.keyClick(window.reader.view, getattr(Qt.Key, f"Key_{number}"))
    records = window.library.annotations.of_speech(window.current_id)
    assert [r.color for r in records] == ["yellow", "green", "blue", "pink", "orange"]
    assert window.library_pane.model.index_of(window.current_id, 5).data() == 5

    window.annotations.select(records[2].id)
    window.annotations.delete_button.click()
    assert [r.color for r in window.library.annotations.of_speech(window.current_id)] == [
        "yellow", "green", "pink", "orange"]
    window.action["undo"].trigger()
    assert window.library.annotations.of_speech(window.current_id) == records

    window.annotations.select(records[0].id)
    window.annotations.color_buttons["pink"].click()
    assert window.library.annotations.get(records[0].id).color == "pink"
    window.action["undo"].trigger()
    assert window.library.annotations.get(records[0].id).color == "yellow"


def test_highlight_without_a_selection_says_what_to_do(qtbot, window):
    window.open_speech(longest(window).id)
    window.reader.clear_selection()
    window.action["highlight-yellow"].trigger()
    assert "Select some text" in window.statusBar().currentMessage()
    assert window.library.annotations.of_speech(window.current_id) == []


def test_ctrl_click_turns_a_figure_into_a_highlight(qtbot, window):
    window.open_speech(longest(window).id)
    view = window.reader.view
    figure = next(m for m in window.reader.mentions() if m.kind == "figure")
    window.reader.scroll_to(figure.start)
    cursor = view.textCursor()
    cursor.setPosition(figure.start + 1)
    point = view.cursorRect(cursor).center()
    assert "Ctrl+click" in view.tooltip_at(view.offset_at(point))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, point)
    [made] = window.library.annotations.of_speech(window.current_id)
    assert (made.start, made.end, made.quote) == (figure.start, figure.end, figure.text)


def test_delete_speeches_with_undo(qtbot, windows, window):
    pane = window.library_pane
    first = pane.proxy.index(0, 0)
    pane.view.setCurrentIndex(first)
    pane.view.setFocus()
    doomed = first.data(SPEECH_ID_ROLE)
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert doomed not in [s.id for s in window.library.speeches.all()]
    assert pane.visible_count() == 6
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.action["undo"].trigger()
    assert pane.visible_count() == 7
    window.action["redo"].trigger()
    db = window.library.path
    windows.close(window)
    with Library(db) as library:  # in the trash after a restart, until it is emptied
        assert library.speeches.count() == 6 and [s.id for s in library.speeches.trash()] == [
            doomed]
        library.speeches.purge_deleted()
        assert library.speeches.source_count() == 2 and library.speeches.trash() == []


def test_reimported_file_keeps_highlights_and_orphans_are_reattached(qtbot, windows, tmp_path,
                                                                     no_message_boxes):
    from tests.speeches import SAFETY
    window = windows.open(tmp_path / "library.sqlite")
    path = tmp_path / "speech.txt"
    path.write_text(SAFETY, encoding="utf-8")
    window.importing.import_paths([str(path)])
    windows.wait_for_job(window)
    text = window.reader.text()
    for quote in ("6月底前完成排查", "各部门要切实履行监管职责"):
        start = text.index(quote)
        window.annotating.highlight("yellow", (start, start + len(quote)))
    path.write_text(SAFETY.replace("6月底前", "（新增）6月底前")
                    .replace("各部门要切实履行监管职责", "严禁带病复工"), encoding="utf-8")
    window.importing.import_paths([str(path)])
    windows.wait_for_job(window)
    assert "1 updated to a new version" in window.statusBar().currentMessage()
    [(kind, _, message)] = no_message_boxes
    assert kind == "information" and "1 highlight could not be found" in message

    new = window.reader.text()
    drawn = window.reader.annotations()
    assert [new[a.start:a.end] for a in drawn] == ["6月底前完成排查"]
    orphan = next(r for r in window.annotations.records if r.orphan)
    assert "⚠ 1 to re-attach" in window.annotations.count_label.text()
    window.annotations.select(orphan.id)
    assert window.annotations.reattach_button.isVisibleTo(window.annotations)
    qtbot.mouseClick(window.annotations.reattach_button, Qt.MouseButton.LeftButton)
    assert "Select the words" in window.statusBar().currentMessage()

    start = new.index("严禁带病复工")
    window.reader.select(start, start + 6)
    qtbot.mouseClick(window.annotations.reattach_button, Qt.MouseButton.LeftButton)
    record = window.library.annotations.get(orphan.id)
    assert (record.orphan, record.quote) == (False, "严禁带病复工")
    assert len(window.reader.annotations()) == 2
    window.undo_stack.undo()
    assert window.library.annotations.get(orphan.id).orphan
    assert len(window.reader.annotations()) == 1


def test_undo_shows_the_speech_where_the_change_is_undone(window):
    first, second = (s.id for s in window.library.speeches.all()[:2])
    window.open_speech(first)
    made = window.annotating.highlight("yellow", (10, 20))
    window.open_speech(second)
    window.action["undo"].trigger()
    assert window.current_id == first
    assert window.library.annotations.of_speech(first) == []
    assert window.reader.annotations() == []
    window.action["redo"].trigger()
    assert [a.id for a in window.reader.annotations()] == [made]


def test_typing_a_note_makes_no_review_cards_but_a_new_highlight_does(qtbot, window,
                                                                       monkeypatch):
    window.open_speech(longest(window).id)
    made = window.annotating.highlight("yellow", (10, 20))
    real, calls = window.library.review.sync_cards, []
    monkeypatch.setattr(window.library.review, "sync_cards",
                        lambda *args, **kwargs: calls.append(1) or real(*args, **kwargs))
    window.annotations.select(made)
    for typed in ("申", "申论", "申论素材"):
        window.annotations.note_edit.setPlainText(typed)
    assert window.library.annotations.get(made).note == "申论素材" and calls == []
    window.annotating.highlight("green", (30, 40))
    assert calls == [1]


def test_deleting_a_whole_file_group_asks_first(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    pane = window.library_pane
    [group_row] = pane.model.group_rows()
    group = pane.proxy.mapFromSource(pane.model.index(group_row, 0))
    pane.view.setCurrentIndex(group)
    pane.view.setFocus()
    count = window.library.speeches.count()
    asked = []
    answer = QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *rest: asked.append(text) or answer))
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "compilation-page.txt" in asked[0]
    assert window.library.speeches.count() == count
    answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert window.library.speeches.count() == count - 5


def test_clicking_a_highlight_picks_it_in_the_list_and_delete_removes_it(qtbot, window):
    from tests.desktop.conftest import longest, select_text
    window.open_speech(longest(window).id)
    select_text(qtbot, window, "安全", occurrence=2)
    window.action["highlight-blue"].trigger()
    [made] = window.library.annotations.of_speech(window.current_id)
    window.annotations.view.clearSelection()
    view = window.reader.view
    window.reader.scroll_to(made.start)
    cursor = view.textCursor()
    cursor.setPosition(made.start + 1)
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.annotations.current().id == made.id
    window.action["delete-annotation"].trigger()
    assert window.library.annotations.of_speech(window.current_id) == []


def test_double_click_selects_a_word_not_a_run_of_chinese(qtbot, window):
    from tests.desktop.conftest import longest
    window.open_speech(longest(window).id)
    view = window.reader.view
    text = window.reader.text()
    at = text.index("安全生产")
    window.reader.scroll_to(at)
    cursor = view.textCursor()
    cursor.setPosition(at + 1)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=view.cursorRect(cursor).center())
    start, end = window.reader.selection()
    assert start <= at + 1 < end and 1 < end - start <= 4


def test_the_trash_opens_from_the_edit_menu_and_clears_undo(window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from desktop.dialogs.trash_dialog import TrashDialog
    shown = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.annotating.delete_speeches([longest(window).id])
    assert window.undo_stack.canUndo()
    window.action["trash"].trigger()
    [dialog] = shown
    assert isinstance(dialog, TrashDialog) and dialog.list.count() == 1
    assert not window.undo_stack.canUndo()


def test_deleting_a_file_group_the_filter_thins_says_what_stays(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    pane = window.library_pane
    pane.filter_edit.setText("区长")  # three of the five-speech page's speeches
    [group] = [pane.proxy.index(row, 0) for row in range(pane.proxy.rowCount())
               if pane.proxy.rowCount(pane.proxy.index(row, 0))]
    assert pane.proxy.rowCount(group) == 3
    shown = {pane.proxy.index(row, 0, group).data(SPEECH_ID_ROLE) for row in range(3)}
    pane.view.setCurrentIndex(group)
    pane.view.setFocus()
    before = {s.id for s in window.library.speeches.all()}
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *rest: asked.append(text) or QMessageBox.StandardButton.Yes))
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    [text] = asked
    assert "Delete the 3 speech" in text and "compilation-page.txt" in text
    assert "2 more speech" in text and "hidden by the filter" in text
    assert {s.id for s in window.library.speeches.all()} == before - shown


def test_undo_and_redo_of_a_highlights_tags_keep_its_tag_box(qtbot, window):
    speech = window.library.speeches.all()[0]
    window.open_speech(speech.id)
    window.show()
    pane = window.annotations
    pane.select(window.annotating.highlight("yellow", (0, 12)))

    def chips():
        qtbot.wait(20)  # a chip added to a shown editor is shown by the event loop
        layout = pane.tag_editor._chips
        return [layout.itemAt(i).widget().text().split()[0] for i in range(layout.count())
                if layout.itemAt(i).widget().isVisible()]
    for tag in ("安全", "执法"):
        pane.tag_editor.edit.setText(tag)
        pane.tag_editor.edit.returnPressed.emit()
    assert chips() == ["安全", "执法"]
    window.action["undo"].trigger()
    assert chips() == ["安全"] and pane.tag_editor.isVisible() and pane.editor.isEnabled()
    window.action["undo"].trigger()
    assert chips() == [] and pane.tag_editor.isVisible() and pane.editor.isEnabled()
    window.action["redo"].trigger()
    assert chips() == ["安全"] and pane.current_id() is not None


def test_colours_are_named_in_a_dialog_shown_everywhere_and_undone(qtbot, window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from desktop.dialogs.colour_names_dialog import ColourNamesDialog
    from desktop.dialogs.export_dialog import ExportDialog

    def name_them():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ColourNamesDialog)
        type_text(dialog.name_edits["yellow"], "重点")
        type_text(dialog.name_edits["green"], "数据")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    window.open_speech(longest(window).id)
    select_text(qtbot, window, "安全")
    qtbot.keyClick(window.reader.view, Qt.Key.Key_1)
    QTimer.singleShot(0, name_them)
    window.action["name-colours"].trigger()
    assert window.library.annotations.color_names() == {"yellow": "重点", "green": "数据"}
    assert window.action["highlight-yellow"].toolTip().startswith("Yellow — 重点")
    assert window.action["highlight-blue"].toolTip().startswith("Highlight the selected text")
    assert window.annotations.color_box.itemText(1) == "Yellow — 重点"
    assert window.annotations.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Yellow — 重点: ")
    export = ExportDialog(window.library, [], window)
    qtbot.addWidget(export)
    assert export.color_boxes["green"].text() == "Green — 数据"

    window.action["undo"].trigger()  # both names, one step
    assert window.library.annotations.color_names() == {}
    assert window.action["highlight-yellow"].toolTip().startswith("Highlight the selected text")
    assert window.annotations.color_box.itemText(1) == "Yellow"
    window.action["redo"].trigger()
    assert window.annotations.color_box.itemText(2) == "Green — 数据"
