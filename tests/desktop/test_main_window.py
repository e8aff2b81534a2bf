"""The real main window on a temporary library, driven like a user."""
import shutil

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QPushButton

from db import Library
from desktop.library.library_model import SPEECH_ID_ROLE
from tests.desktop.conftest import type_text


def longest(window):
    return max(window.library.speeches.all(), key=lambda s: s.chars)


def select_text(qtbot, window, needle, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = window.reader.text().index(needle, start + 1)
    window.reader.select(start, start + len(needle))
    window.activateWindow()  # the import's progress dialog may have been the active window
    qtbot.waitUntil(window.isActiveWindow)
    window.reader.focus_text()
    qtbot.waitUntil(window.reader.view.hasFocus)
    return start, start + len(needle)


def test_import_highlight_note_tag_undo_redo_and_restart(qtbot, windows, tmp_path, corpus_dir,
                                                          monkeypatch):
    db = tmp_path / "library.sqlite"
    window = windows.open(db)
    assert window.stack.currentWidget() is window.welcome
    chosen = str(corpus_dir / "clean-single.txt")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args, **kwargs: ([chosen], "")))
    window.actions["import"].trigger()
    windows.wait_for_job(window)
    assert window.stack.currentWidget() is window.splitter
    [speech] = window.library.speeches.all()
    assert window.current_id == speech.id
    text = window.library.speeches.get(speech.id).text

    needle = "坚决杜绝重、特大事故发生"
    start, end = select_text(qtbot, window, needle)
    qtbot.keyClick(window.reader.view, Qt.Key.Key_2)
    [made] = window.library.annotations.of_speech(speech.id)
    assert (made.start, made.end, made.quote, made.color) == (start, end, needle, "green")
    assert window.annotations.current_id() == made.id

    qtbot.mouseClick(window.annotations.note_edit.viewport(), Qt.MouseButton.LeftButton)
    type_text(window.annotations.note_edit, "申论可用")
    assert window.library.annotations.get(made.id).note == "申论可用"
    type_text(window.annotations.tag_editor.edit, "遏制事故")
    qtbot.keyClick(window.annotations.tag_editor.edit, Qt.Key.Key_Return)
    assert window.library.annotations.get(made.id).tags == ["遏制事故"]
    assert window.annotations.model.rows[0].tags == ["遏制事故"]

    window.reader.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.library.annotations.get(made.id).tags == []
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.library.annotations.get(made.id).note == ""  # typing one note is one step
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.library.annotations.of_speech(speech.id) == []
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Z,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [again] = window.library.annotations.of_speech(speech.id)
    assert (again.id, again.quote, again.note, again.tags) == (made.id, needle, "申论可用",
                                                                ["遏制事故"])

    windows.close(window)
    window = windows.open(db)
    assert window.current_id == speech.id
    [kept] = window.annotations.records
    assert text[kept.start:kept.end] == needle == kept.quote
    assert (kept.note, kept.tags, kept.color) == ("申论可用", ["遏制事故"], "green")
    assert [a.id for a in window.reader.annotations()] == [kept.id]


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
    window.actions["undo"].trigger()
    assert window.library.annotations.of_speech(window.current_id) == records

    window.annotations.select(records[0].id)
    window.annotations.color_buttons["pink"].click()
    assert window.library.annotations.get(records[0].id).color == "pink"
    window.actions["undo"].trigger()
    assert window.library.annotations.get(records[0].id).color == "yellow"


def test_highlight_without_a_selection_says_what_to_do(qtbot, window):
    window.open_speech(longest(window).id)
    window.reader.clear_selection()
    window.actions["highlight-yellow"].trigger()
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


def test_hover_explains_figures_and_formulas(window):
    window.open_speech(longest(window).id)
    view = window.reader.view
    figure = next(m for m in window.reader.mentions() if m.kind == "figure" and m.data["value"])
    tip = view.tooltip_at(figure.start)
    assert f"Figure {figure.text} = " in tip
    assert f"{figure.data['value']:,.0f}".split(".")[0][:3] in tip.replace(" ", "")
    speeches = window.library.speeches.all()
    for summary in speeches:
        record = window.library.speeches.get(summary.id)
        formulas = [m for m in record.mentions if m.kind == "formula" and m.data.get("expansion")]
        if formulas:
            window.open_speech(summary.id)
            tip = window.reader.view.tooltip_at(formulas[0].start)
            assert formulas[0].data["expansion"] in tip
            break
    else:
        raise AssertionError("no formula with an expansion in the corpus")


def test_layers_toggle_and_are_remembered(windows, window):
    window.open_speech(longest(window).id)
    view = window.reader.view
    counts = {kind: sum(m.kind == kind for m in window.reader.mentions()) for kind in
              ("directive", "figure", "date", "formula", "document")}
    assert counts["directive"] > 10 and counts["figure"] > 10
    drawn = len(view.extraSelections())
    assert drawn == sum(counts.values())
    window.reader.legend.actions["figure"].trigger()
    assert len(view.extraSelections()) == drawn - counts["figure"]
    window.reader.legend.actions["directive"].trigger()
    assert len(view.extraSelections()) == drawn - counts["figure"] - counts["directive"]
    assert all(s.format.underlineStyle() == s.format.UnderlineStyle.NoUnderline
               for s in view.extraSelections())
    db = window.library.path
    windows.close(window)
    again = windows.open(db)
    assert not again.reader.legend.actions["figure"].isChecked()
    assert again.reader.legend.actions["date"].isChecked()


def test_user_highlights_look_different_from_layers(qtbot, window):
    window.open_speech(longest(window).id)
    view = window.reader.view
    layer_backgrounds = {s.format.background().style() for s in view.extraSelections()}
    assert layer_backgrounds == {Qt.BrushStyle.NoBrush}
    select_text(qtbot, window, "安全")
    qtbot.keyClick(view, Qt.Key.Key_1)
    filled = [s for s in view.extraSelections()
              if s.format.background().style() != Qt.BrushStyle.NoBrush]
    assert len(filled) == 1


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


def test_find_counts_and_steps_through_matches(qtbot, window):
    window.open_speech(longest(window).id)
    view = window.reader.view
    window.reader.focus_text()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.reader.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    type_text(bar.edit, "安全")
    total = window.reader.text().count("安全")
    assert total > 3
    assert bar.count_label.text() == f"1 of {total}"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count_label.text() == f"2 of {total}"
    text = window.reader.text()
    second = text.index("安全", text.index("安全") + 2)
    assert window.reader.selection() == (second, second + 2)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == f"1 of {total}"
    type_text(bar.edit, "不存在的词")
    assert bar.count_label.text() == "No matches"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_font_size_keys_are_remembered_with_the_place_in_the_speech(qtbot, windows, window):
    speech = longest(window)
    window.open_speech(speech.id)
    size = window.reader.font_size()
    window.reader.focus_text()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.font_size() == size + 1
    window.resize(760, 560)  # within the offscreen screen, so the geometry is kept as is
    window.splitter.setSizes([200, 360, 200])
    qtbot.wait(10)
    offset = len(window.reader.text()) // 2
    window.reader.scroll_to(offset)
    place = window.reader.top_offset()
    sizes, window_size = window.splitter.sizes(), window.size()
    db = window.library.path
    windows.close(window)
    again = windows.open(db)
    assert again.size() == window_size
    assert again.current_id == speech.id
    assert again.reader.font_size() == size + 1
    assert abs(again.reader.top_offset() - place) < 60
    assert again.splitter.sizes() == sizes


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
    window.actions["undo"].trigger()
    assert window.library.tags.of_speech(speech.id) == []


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
    window.actions["undo"].trigger()
    assert pane.visible_count() == 7
    window.actions["redo"].trigger()
    db = window.library.path
    windows.close(window)
    with Library(db) as library:
        assert library.speeches.count() == 6 and library.speeches.source_count() == 2


def test_import_report_names_failed_files_and_reasons(qtbot, windows, tmp_path, corpus_dir,
                                                      no_message_boxes):
    window = windows.open(tmp_path / "library.sqlite")
    folder = tmp_path / "incoming"
    folder.mkdir()
    shutil.copy(corpus_dir / "clean-single.txt", folder)
    (folder / "scan.pdf").write_bytes(b"not a pdf at all")
    (folder / "empty.txt").write_bytes(b"")
    window.importing.import_paths([str(folder)])
    windows.wait_for_job(window)
    assert window.library.speeches.count() == 1
    [(kind, _, text)] = no_message_boxes
    assert kind == "warning"
    assert "1 imported" in text and "2 failed" in text
    assert "scan.pdf: " in text and "empty.txt: " in text


def test_drop_files_and_folders_on_the_window(qtbot, windows, tmp_path, corpus_dir):
    window = windows.open(tmp_path / "library.sqlite")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(corpus_dir / "forum-page.txt"))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    windows.wait_for_job(window)
    assert window.library.speeches.count() == 1
    assert window.current_id == window.library.speeches.all()[0].id


def test_paste_text_as_a_new_speech(qtbot, windows, tmp_path, monkeypatch):
    from tests.speeches import SAFETY
    window = windows.open(tmp_path / "library.sqlite")
    QApplication.clipboard().setText(SAFETY)
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args, **kwargs: ("全镇安全生产会议讲话", True)))
    qtbot.keyClick(window, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    windows.wait_for_job(window)
    [speech] = window.library.speeches.all()
    assert speech.title == "全镇安全生产会议讲话"
    assert window.reader.text() == SAFETY
    assert window.reader.title.text() == "全镇安全生产会议讲话"


def test_welcome_panel_opens_the_samples(qtbot, windows, tmp_path):
    window = windows.open(tmp_path / "library.sqlite")
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.samples_button, Qt.MouseButton.LeftButton)
    windows.wait_for_job(window)
    assert window.library.speeches.count() == 2
    assert window.stack.currentWidget() is window.splitter
    assert window.current_id is not None and window.reader.text()


def test_cancel_stops_an_import_between_files(qtbot, windows, tmp_path, corpus_dir):
    window = windows.open(tmp_path / "library.sqlite")
    folder = tmp_path / "many"
    folder.mkdir()
    source = (corpus_dir / "compilation-5-titled.txt").read_text(encoding="utf-8")
    for number in range(40):
        (folder / f"{number:02}.txt").write_text(source + f"\n第{number}份", encoding="utf-8")
    window.importing.import_paths([str(folder)])
    dialog = window.importing.job.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() >= 1, timeout=30000)
    assert dialog.maximum() == 40
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    windows.wait_for_job(window)
    files = window.library.speeches.source_count()
    assert 1 <= files < 40
    assert window.library.speeches.count() == 5 * files
    assert "cancelled" in window.statusBar().currentMessage()


def test_stale_speeches_are_updated_in_the_background(qtbot, windows, corpus_db):
    import sqlite3
    with sqlite3.connect(corpus_db) as connection:
        connection.execute("UPDATE speech SET analyzer_version = 1")
        connection.execute("DELETE FROM mention")
    window = windows.open(corpus_db)
    qtbot.waitUntil(lambda: window.importing.job is not None, timeout=5000)
    windows.wait_for_job(window)
    assert window.library.importer.stale_count() == 0
    window.open_speech(longest(window).id)
    assert len(window.reader.mentions()) > 50


def test_tag_manager_renames_merges_and_deletes(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.dialogs.tag_manager import TagManager
    ids = [s.id for s in window.library.speeches.all()]
    window.library.tags.set_speech(ids[0], ["隐患"])
    window.library.tags.set_speech(ids[1], ["隐患排查"])
    window.library.annotations.add(ids[0], 0, 4, "yellow", tags=["隐患"])
    manager = TagManager(window.library, window.writes, window)
    questions = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *rest: questions.append(text) or QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args, **kwargs: ("排查隐患", True)))
    manager.view.selectRow([t.name for t in manager.model.rows].index("隐患排查"))
    manager.buttons["Rename"].click()
    assert window.library.tags.of_speech(ids[1]) == ["排查隐患"]
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *args, **kwargs: ("排查隐患", True)))
    manager.view.selectRow([t.name for t in manager.model.rows].index("隐患"))
    manager.buttons["Merge into"].click()
    assert "1 speech and 1 highlight" in questions[-1]
    assert [(t.name, t.speeches, t.annotations) for t in window.library.tags.all()] == [
        ("排查隐患", 2, 1)]
    assert window.library_pane.tag_box.findText("隐患") == -1
    manager.view.selectRow(0)
    manager.buttons["Delete"].click()
    assert "2 speeches and 1 highlight" in questions[-1]
    assert window.library.tags.all() == []
    manager.close()


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


def test_tag_manager_recolours(window, monkeypatch):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    from desktop.dialogs.tag_manager import TagManager
    window.library.tags.set_speech(longest(window).id, ["重点"])
    manager = TagManager(window.library, window.writes, window)
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#336699")))
    manager.buttons["Colour"].click()
    assert [(t.name, t.color) for t in window.library.tags.all()] == [("重点", "#336699")]
    assert manager.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) == QColor("#336699")
    manager.close()


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
    assert kind == "information" and "1 highlight(s) could not be found" in message

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
