"""Correcting the analysis through the real window: properties, titles in place, mentions
dismissed and marked from the reader, undo, and corrections kept on re-import."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from desktop.dialogs.properties_dialog import PropertiesDialog
from desktop.library.library_model import SPEECH_ID_ROLE
from tests.desktop.conftest import longest, select_text
from tests.speeches import SAFETY


@pytest.fixture
def answer(monkeypatch):
    """The Properties dialog, filled in by `fill(dialog)` and OK'd instead of shown; the
    dialogs seen are kept in `answer.seen`."""
    class Answer:
        def __init__(self):
            self.fill = lambda dialog: None
            self.seen = []

    answer = Answer()

    def run(dialog):
        answer.seen.append(dialog)
        answer.fill(dialog)
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(PropertiesDialog, "exec", run)
    return answer


def _type(dialog, **values):
    for name, value in values.items():
        dialog.edits[name].setText(value)


def test_properties_set_the_fields_and_undo_puts_them_back(window, answer):
    speech = longest(window)
    window.open_speech(speech.id)
    answer.fill = lambda dialog: _type(dialog, title="我改的题目", speaker="王镇长",
                                       date="2024年3月5日", origin="镇政府网站")
    window.action["properties"].trigger()
    summary = window.library.speeches.get(speech.id).summary
    assert (summary.title, summary.speaker, summary.date, summary.origin) == (
        "我改的题目", "王镇长", "2024-03-05", "镇政府网站")
    assert window.reader.title.text() == "我改的题目"
    assert window.windowTitle().startswith("我改的题目")
    assert window.library_pane.model.index_of(speech.id).data() == "我改的题目"
    window.action["undo"].trigger()
    assert window.library.speeches.get(speech.id).summary.title == speech.title
    assert window.reader.title.text() == (speech.title or "(untitled)")
    window.action["redo"].trigger()
    assert window.library.speeches.get(speech.id).summary.speaker == "王镇长"


def test_a_bad_date_keeps_the_dialog_open_with_the_reason(window, answer):
    speech = longest(window)
    window.open_speech(speech.id)
    answer.fill = lambda dialog: _type(dialog, speaker="王镇长", date="明年")
    window.action["properties"].trigger()
    [dialog] = answer.seen
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "“明年” is not a date" in dialog.error.text() and not dialog.error.isHidden()
    assert window.library.speeches.get(speech.id).summary.speaker == speech.speaker


def test_the_dialog_shows_the_guess_and_gives_a_field_back_to_the_analysis(window, answer):
    speech = longest(window)
    window.open_speech(speech.id)
    answer.fill = lambda dialog: _type(dialog, occasion="全镇大会")
    window.action["properties"].trigger()
    answer.fill = lambda dialog: None  # look only
    answer.seen.clear()
    window.action["properties"].trigger()
    [dialog] = answer.seen
    assert dialog.edits["occasion"].text() == "全镇大会"
    assert dialog.hints["occasion"].text() == (
        f"Found by the analysis: {speech.occasion or '(nothing)'}")
    assert not dialog.resets["speaker"].isEnabled()
    answer.fill = lambda dialog: dialog.resets["occasion"].click()
    window.action["properties"].trigger()
    assert window.library.speeches.get(speech.id).summary.occasion == speech.occasion
    assert not any(state.corrected for state in window.library.corrections.fields(speech.id))


def test_several_speeches_get_a_speaker_but_not_one_title(window, answer):
    ids = [s.id for s in window.library.speeches.all()[:2]]
    window.open_speech(ids[0])
    window.library_pane.select(ids[0])
    selection = window.library_pane.view.selectionModel()
    index = window.library_pane.proxy.mapFromSource(window.library_pane.model.index_of(ids[1]))
    from PySide6.QtCore import QItemSelectionModel
    selection.select(index, QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
    window.library_pane.view.setFocus()
    assert sorted(window.library_pane.selected_ids()) == sorted(ids)

    def fill(dialog):
        assert not dialog.edits["title"].isEnabled()
        _type(dialog, speaker="李明")
    answer.fill = fill
    window.correcting.properties()  # as Alt+Enter does with the list focused
    assert [window.library.speeches.get(i).summary.speaker for i in ids] == ["李明", "李明"]


def test_f2_in_the_library_types_the_title_in_place(qtbot, window):
    speech = longest(window)
    window.open_speech(speech.id)
    window.library_pane.view.setFocus()
    qtbot.waitUntil(window.library_pane.view.hasFocus)
    window.action["edit-title"].trigger()
    editor = window.library_pane.view.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == (speech.title or "")
    editor.setText("在全镇会议上的讲话")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.library.speeches.get(speech.id).summary.title
                    == "在全镇会议上的讲话")
    assert window.library_pane.model.index_of(speech.id).data() == "在全镇会议上的讲话"
    window.action["undo"].trigger()
    assert window.library.speeches.get(speech.id).summary.title == speech.title


def _menu_action(window, offset, text):
    menu = window.reader.view.context_menu(offset)
    actions = [a for a in menu.actions() if a.menu() is None] + [
        a for sub in menu.actions() if sub.menu() for a in sub.menu().actions()]
    [action] = [a for a in actions if a.text().startswith(text)]
    return action


def test_a_directive_dismissed_from_the_reader_goes_and_undo_brings_it_back(window):
    speech = longest(window)
    window.open_speech(speech.id)
    directive = next(m for m in window.reader.mentions() if m.kind == "directive")
    _menu_action(window, directive.start + 1, "Not a directive").trigger()
    assert directive not in window.reader.mentions()
    assert directive not in window.library.speeches.get(speech.id).mentions
    window.action["undo"].trigger()
    assert directive in window.reader.mentions()


def test_a_selection_marked_as_a_directive_shows_with_its_strength(qtbot, window):
    speech = longest(window)
    window.open_speech(speech.id)
    text = window.reader.text()
    plain = next(s for s in text.split("。") if len(s) > 8 and not any(
        m.kind == "directive" and m.start <= text.index(s) < m.end
        for m in window.reader.mentions()))
    start, end = select_text(qtbot, window, plain)
    _menu_action(window, start, "Directive: 必须 must").trigger()
    [marked] = [m for m in window.reader.mentions()
                if m.kind == "directive" and (m.start, m.end) == (start, end)]
    assert marked.data["strength"] == "must" and marked.data["marked"]
    _menu_action(window, start + 1, "Remove my mark").trigger()
    assert all((m.start, m.end) != (start, end) for m in window.reader.mentions()
               if m.kind == "directive")
    window.action["undo"].trigger()
    assert any((m.start, m.end) == (start, end) for m in window.reader.mentions()
               if m.kind == "directive")


def test_corrections_made_in_the_window_survive_reimporting_the_edited_file(
        qtbot, windows, window, tmp_path, answer):
    page = tmp_path / "safety.txt"
    page.write_text(SAFETY, encoding="utf-8")
    window.importing.import_paths([str(page)])
    windows.wait_for_job(window)
    [speech] = [s for s in window.library.speeches.all() if s.source_path == str(page)]
    window.open_speech(speech.id)
    directive = next(m for m in window.reader.mentions()
                     if m.kind == "directive" and "6月底前" in m.text)
    _menu_action(window, directive.start + 1, "Not a directive").trigger()
    answer.fill = lambda dialog: _type(dialog, title="镇长讲话")
    window.action["properties"].trigger()
    page.write_text(SAFETY.replace("死亡2人", "死亡3人"), encoding="utf-8")
    window.importing.job = None
    window.importing.import_paths([str(page)])
    windows.wait_for_job(window)
    record = window.library.speeches.get(speech.id)
    assert "死亡3人" in record.text and record.summary.title == "镇长讲话"
    assert not any(m.kind == "directive" and "6月底前" in m.text for m in record.mentions)
    window.open_speech(speech.id)
    assert not any(m.kind == "directive" and "6月底前" in m.text
                   for m in window.reader.mentions())


ONE = """同志们：
今天召开全镇安全生产工作会议。去年全镇发生事故3起，死亡2人。各村要在6月底前完成排查。
下面讲讲防汛工作。今年汛期降水偏多，防汛形势严峻，我们必须克服麻痹思想。
第一，抓好水库安全。病险水库一律空库运行。
（根据录音整理，未经本人审阅）
各乡镇主要负责同志是第一责任人，汛期不得外出。
我的讲话完了，谢谢大家！"""


@pytest.fixture
def one(windows, window, tmp_path):
    """A speech of two talks, opened in the window; returns its id and file."""
    page = tmp_path / "one.txt"
    page.write_text(ONE, encoding="utf-8")
    window.importing.import_paths([str(page)])
    windows.wait_for_job(window)
    [speech] = [s for s in window.library.speeches.all() if s.source_path == str(page)]
    window.open_speech(speech.id)
    return speech.id, page


def test_split_at_the_cursor_then_undo_and_redo(qtbot, window, one):
    speech_id, _page = one
    count = len(window.library_pane.speech_ids())
    select_text(qtbot, window, "病险水库一律空库运行")
    window.action["highlight-green"].trigger()
    cut = window.reader.text().index("下面讲讲防汛工作")
    cursor = window.reader.view.textCursor()
    cursor.setPosition(cut)
    window.reader.view.setTextCursor(cursor)
    window.action["split-speech"].trigger()
    assert len(window.library_pane.speech_ids()) == count + 1
    assert window.reader.text() == ONE[:ONE.index("下面讲讲")].rstrip()
    ids = window.library_pane.speech_ids()
    second = ids[ids.index(speech_id) + 1]
    [moved] = window.library.annotations.of_speech(second)
    assert moved.quote == "病险水库一律空库运行" and not moved.orphan
    window.action["undo"].trigger()
    assert len(window.library_pane.speech_ids()) == count
    assert window.reader.text() == ONE
    window.action["redo"].trigger()
    assert window.library_pane.speech_ids()[ids.index(speech_id) + 1] == second
    window.open_speech(speech_id)
    window.action["merge-speech"].trigger()
    assert window.reader.text() == ONE and len(window.library_pane.speech_ids()) == count


def test_a_split_at_a_found_word_takes_its_whole_sentence(window, one):
    speech_id, _page = one
    window.action["find"].trigger()
    window.reader.find_bar.edit.setText("防汛工作")
    window.reader.find_bar.close_bar()
    assert window.reader.text()[slice(*window.reader.selection())] == "防汛工作"
    window.action["split-speech"].trigger()
    assert window.reader.text().endswith("各村要在6月底前完成排查。")
    assert "(speech" not in window.reader.details.text()
    ids = window.library_pane.speech_ids()
    second = ids[ids.index(speech_id) + 1]
    window.open_speech(second)
    assert window.reader.text().startswith("下面讲讲防汛工作。")
    assert "one.txt (speech 2)" in window.reader.details.text()
    assert window.library.speeches.get(second).number == 2


def test_a_split_in_the_first_sentence_falls_at_the_cursor(window, one):
    cursor = window.reader.view.textCursor()
    cursor.setPosition(2)
    window.reader.view.setTextCursor(cursor)
    window.action["split-speech"].trigger()
    assert window.reader.text() == ONE[:2]


def test_furniture_removed_from_the_reader_stays_removed_after_reimport(qtbot, windows, window,
                                                                        one):
    speech_id, page = one
    start, end = select_text(qtbot, window, "（根据录音整理，未经本人审阅）\n")
    _menu_action(window, start, "Remove the selected passage").trigger()
    assert "录音整理" not in window.reader.text()
    assert "运行。\n各乡镇" in window.reader.text()  # the whole line went, not an empty one left
    page.write_text(ONE.replace("死亡2人", "死亡4人"), encoding="utf-8")
    window.importing.job = None
    window.importing.import_paths([str(page)])
    windows.wait_for_job(window)
    window.open_speech(speech_id)
    assert "死亡4人" in window.reader.text() and "录音整理" not in window.reader.text()


def test_merging_the_last_speech_says_why_not(window, one):
    window.action["merge-speech"].trigger()
    assert "last speech of its file" in window.statusBar().currentMessage()


def test_corrections_are_exported_from_the_file_menu(qtbot, window, answer, monkeypatch,
                                                     tmp_path):
    import json

    from PySide6.QtWidgets import QFileDialog
    speech = longest(window)
    window.open_speech(speech.id)
    answer.fill = lambda dialog: _type(dialog, speaker="王镇长")
    window.action["properties"].trigger()
    target = tmp_path / "corrections.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    window.action["export-corrections"].trigger()
    qtbot.waitUntil(lambda: "corrections of 1 speeches" in window.statusBar().currentMessage(),
                    timeout=10000)
    [entry] = json.loads(target.read_text(encoding="utf-8"))["speeches"]
    assert entry["fields"]["speaker"]["value"] == "王镇长"


def test_one_correction_draws_its_row_again_not_the_whole_list(qtbot, window):
    speech = window.library.speeches.all()[0]
    window.open_speech(speech.id)
    resets, rows = [], []
    window.library_pane.model.modelReset.connect(lambda: resets.append(1))
    window.library_pane.model.dataChanged.connect(lambda first, last, roles: rows.append(
        first.data(SPEECH_ID_ROLE)))
    calls = []
    real = window.library.speeches.all
    window.library.speeches.all = lambda: calls.append(1) or real()
    window.correcting.set_title(speech.id, "改过的题目")
    assert resets == [] and calls == []  # the list is not read again
    assert speech.id in rows
    index = window.library_pane.model.index_of(speech.id)
    assert index.data() == "改过的题目"
    window.undo_stack.undo_change()
    assert window.library_pane.model.index_of(speech.id).data() == (speech.title or "")


def test_properties_show_the_access_date_and_set_where_it_was_published(window, answer):
    from datetime import date
    speech = longest(window)
    window.open_speech(speech.id)
    found = {s.field: s.value for s in window.library.corrections.fields(speech.id)}
    answer.fill = lambda dialog: _type(dialog, publication="人民日报", page="2",
                                       url="https://www.example.cn/a.html")
    window.action["properties"].trigger()
    [dialog] = answer.seen
    assert dialog.accessed.text() == date.today().isoformat()
    fields = {s.field: s.value for s in window.library.corrections.fields(speech.id)}
    assert (fields["publication"], fields["page"], fields["url"]) == (
        "人民日报", "2", "https://www.example.cn/a.html")
    window.action["undo"].trigger()
    assert {s.field: s.value for s in window.library.corrections.fields(speech.id)} == found


def _read_by_ocr(window, speech_id, uncertain):
    """The speech as the importer stores one read from a scan, shown again."""
    from db import ocr
    with window.library.using():
        ocr.store(speech_id, True, uncertain)
    window.open_speech(speech_id)


def _in_dialog(qtbot, act):
    """Run `act(dialog)` on the modal dialog the next step opens (a dialog left open after it
    is closed, so that a failing test does not hang)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def run():
        dialog = QApplication.activeModalWidget()
        try:
            act(dialog)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(0, run)


def test_characters_corrected_from_the_keyboard_change_the_text_and_undo_restores_them(
        qtbot, window, one):
    from tests.desktop.conftest import type_text
    speech_id, _page = one
    at = ONE.index("麻痹思想")
    later = ONE.index("空库运行")
    _read_by_ocr(window, speech_id, [(at, at + 2), (later, later + 2)])
    note = window.library.annotations.add(speech_id, later, later + 4, "yellow").id
    select_text(qtbot, window, "麻痹思想")
    seen = []

    def correct(dialog):
        seen.append(dialog.edit.text())
        type_text(dialog.edit, "侥幸心理")  # replaces the selected old characters
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    _in_dialog(qtbot, correct)
    qtbot.keyClick(window.reader.view, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen == ["麻痹思想"]
    text = window.reader.text()
    assert "克服侥幸心理。" in text and "麻痹" not in text
    assert window.undo_stack.undoText() == "Correct 麻痹思想 → 侥幸心理"
    later = text.index("空库运行")
    assert window.reader.view.uncertain == [(later, later + 2)]  # the corrected ones: sure now
    highlight = window.library.annotations.get(note)
    assert text[highlight.start:highlight.end] == "空库运行"
    window.action["undo"].trigger()
    assert window.reader.text() == window.library.speeches.get(speech_id).text == ONE
    assert window.reader.view.uncertain[0] == (at, at + 2)
    window.action["redo"].trigger()
    assert "侥幸心理" in window.reader.text()


def test_the_correction_is_listed_in_the_properties(window, one, answer):
    speech_id, _page = one
    at = ONE.index("麻痹思想")
    window.library.edits.change_text(speech_id, "replace", at, at + 4, text="侥幸心理")
    window.action["properties"].trigger()
    [dialog] = answer.seen
    items = [dialog.corrections.item(row).text() for row in range(dialog.corrections.count())]
    assert items == ["Text corrected: 麻痹思想 → 侥幸心理"]


def test_the_context_menu_offers_to_correct_the_selection(qtbot, window, one):
    start, _end = select_text(qtbot, window, "麻痹思想")
    action = _menu_action(window, start, "Correct te&xt")
    assert action is window.action["correct-text"]
