"""Under zh_CN the whole window reads Chinese: its menus, actions, panes, tabs, columns,
tooltips, dialogs, Qt's own buttons and the messages a user meets. A text with Latin words
and no Chinese fails, but for names that stay as they are (CSV, Word, Anki, Ctrl+…)."""
import csv
import re

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from desktop.dialogs.compare_dialog import CompareDialog
from desktop.dialogs.export_dialog import ExportDialog
from desktop.dialogs.review_dialog import ReviewDialog
from desktop.dialogs.tag_manager import TagManager
from tests.desktop.visible_texts import texts

CHINESE = re.compile(r"[\u4e00-\u9fff]")
# Names a Chinese interface keeps: formats, programs, keys, search syntax, the other language.
NAMES = re.compile(r"\b(?:GB/T|CSV|JSON|HTML|Markdown|Word|Anki|Hypothesis|PDF|W3C|Ctrl|Shift|Enter|Esc|F\d+|"
                   r"sqlite|csv|json|English|OR|pt)\b")

SUFFIX = re.compile(r"\.[a-z]+\b")  # (.md), (*.csv)


def foreign(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in found
            if text and not CHINESE.search(text) and not text.startswith("/")  # a folder
            and re.search(r"[A-Za-z]", SUFFIX.sub("", NAMES.sub("", text)))]


def test_the_whole_window_reads_chinese(qtbot, chinese, windows, texts_db, no_message_boxes):
    window = windows.open(texts_db)
    speech = max(window.library.speeches.all(), key=lambda s: s.chars)
    window.open_speech(speech.id)
    made = window.annotating.highlight("yellow", (0, 12))
    window.annotations.select(made)
    window.library.tags.set_speech(speech.id, ["安全"])
    window.refresh_library()
    seen = []
    for tab in (window.study.search, window.study.directives, window.study.figures,
                window.study.formulas, window.study.keywords):
        window.study.show_tab(tab)
        seen += texts(window, {window.reader.title}, every_choice=True)
    assert window.windowTitle().endswith("— 研读")
    assert [action.text() for action in window.menuBar().actions()] == [
        "文件(&F)", "编辑(&E)", "视图(&V)", "学习(&S)", "工具(&T)", "帮助(&H)"]
    assert "篇讲话" in window.status_label.text()
    assert "字" in window.reader.details.text() and "第 " in window.reader.details.text()
    assert len(seen) > 1000
    assert foreign(seen) == []

    window.sync_cards()
    review = ReviewDialog(window.library, window.writes, window.library.review.due_cards(),
                          window)
    dialogs = [ExportDialog(window.library, [speech.id], window),
               TagManager(window.library, window.writes, window),
               CompareDialog(window.library, window.library.speeches.all(), None, None, window),
               review]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert CHINESE.search(dialog.windowTitle()), type(dialog).__name__
        assert foreign(texts(dialog, set(), every_choice=True)) == [], type(dialog).__name__
    export = dialogs[0]
    qtbot.waitUntil(lambda: "将导出" in export.count_label.text())
    assert "笔记：" in export.preview.toPlainText() or "——" in export.preview.toPlainText()
    review.reveal()
    assert foreign(texts(review, set())) == []


def test_an_empty_library_welcomes_in_chinese(chinese, windows, tmp_path):
    window = windows.open(tmp_path / "empty.sqlite")
    assert window.stack.currentWidget() is window.welcome
    found = texts(window.welcome, set())
    assert any("文库还是空的" in text for _, text in found)
    assert foreign(found) == []


def test_qt_dialogs_and_messages_read_chinese(qtbot, chinese, window, no_message_boxes):
    files = QFileDialog(window)
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(files)
    assert foreign(texts(files, set())) == []
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes
                               | QDialogButtonBox.StandardButton.No)
    qtbot.addWidget(buttons)
    assert sorted(button.text() for button in buttons.buttons()) == ["否(&N)", "是(&Y)"]
    window.open_speech(window.library.speeches.all()[0].id)
    window.reader.view.setFocus()
    window.action["note"].trigger()  # nothing selected, no highlight at the cursor
    said = [message for _, _, message in no_message_boxes] + [
        window.statusBar().currentMessage()]
    assert any("写笔记" in message for message in said), said


def test_exports_and_their_labels_follow_the_language(chinese, window, tmp_path):
    from db import export_excerpts
    from desktop.common import messages
    speech = window.library.speeches.all()[0]
    window.library.annotations.add(speech.id, 0, 10, "yellow", "要点", ["安全"])
    excerpts = window.library.excerpts.select()
    export_excerpts(excerpts, "md", tmp_path / "out.md", labels=messages.export_labels())
    text = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert "**笔记：** 要点" in text and "标签：#安全" in text and "（划线）" in text
    export_excerpts(excerpts, "csv", tmp_path / "out.csv", labels=messages.export_labels())
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as file:
        header, row = list(csv.reader(file))[:2]
    assert header[:5] == ["类型", "标题", "讲话人", "场合", "日期"] and "出处" in header
    assert row[0] == "划线" and row[header.index("颜色")] == "黄色"


def test_anki_note_types_are_named_in_the_interface_language(chinese, window, tmp_path):
    import json
    import sqlite3
    import zipfile

    from db import export_excerpts
    from desktop.common import messages
    speech = window.library.speeches.all()[0]
    window.library.annotations.add(speech.id, 0, 10, "yellow", "要点")
    export_excerpts(window.library.excerpts.select(), "anki", tmp_path / "out.apkg",
                    labels=messages.export_labels())
    with zipfile.ZipFile(tmp_path / "out.apkg") as package:
        package.extract("collection.anki2", tmp_path)
    with sqlite3.connect(tmp_path / "collection.anki2") as collection:
        models = json.loads(collection.execute("SELECT models FROM col").fetchone()[0])
    names = {model["name"]: [field["name"] for field in model["flds"]]
             for model in models.values()}
    assert names == {"研读摘录": ["提示", "原文", "出处"]}  # no figure: no cloze note type
    [template] = [template for model in models.values() for template in model["tmpls"]]
    assert template["qfmt"] == "{{提示}}" and "{{原文}}" in template["afmt"]


def test_undo_and_redo_name_each_change_in_chinese(chinese, window):
    speeches = window.library.speeches.all()
    window.open_speech(speeches[0].id)
    window.annotating.highlight("yellow", (0, 12))
    window.annotating.tag_speech(["安全"])
    window.correcting.set_title(speeches[0].id, "新题目")
    window.annotating.delete_speeches([s.id for s in speeches[1:]])
    named = []
    for _ in range(4):
        named.append(window.action["undo"].text())
        window.action["undo"].trigger()
        named.append(window.action["redo"].text())
    assert len(set(named)) >= 5, named
    for text in named:
        assert CHINESE.search(text) and not re.search(r"[A-Za-z]", text.replace("(&U)", "")
                                                      .replace("(&R)", "")), text
