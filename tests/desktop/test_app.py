import os
import signal
import subprocess
import sys
import textwrap

from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db import Library, automatic_backups
from desktop.app import lock_library
from desktop.cli.main import main
from desktop.window.main_window import MainWindow
from tests.conftest import REPO

KILLED_AFTER_SAVING = textwrap.dedent("""
    import os, signal, sys
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from db import Library
    from desktop.window.main_window import MainWindow
    window = MainWindow(Library(sys.argv[1]), QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window.show()
    window.open_speech(window.library.speeches.all()[0].id)
    window.reader.select(5, 15)
    window.annotating.highlight("blue")
    window.annotations.note_edit.setPlainText("写完即存")
    assert window.annotations.current().note == "写完即存"  # shown as saved
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_killing_the_process_keeps_what_was_shown_as_saved(texts_db, tmp_path):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_SAVING, str(texts_db), str(tmp_path / "s.ini")],
        cwd=REPO, env=environment, capture_output=True, text=True, timeout=120)
    assert process.returncode == -signal.SIGKILL, process.stderr
    with Library(texts_db) as library:
        speech = library.speeches.all()[0]
        [annotation] = library.annotations.of_speech(speech.id)
        text = library.speeches.get(speech.id).text
    assert (annotation.start, annotation.end, annotation.quote) == (5, 15, text[5:15])
    assert (annotation.color, annotation.note) == ("blue", "写完即存")


def test_yandu_without_a_command_opens_the_window(qtbot, texts_db):
    shown = []

    def close_window():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                shown.append((widget.library.path, widget.library_pane.visible_count()))
                widget.close()

    QTimer.singleShot(200, close_window)
    assert main(["--db", str(texts_db)]) == 0
    assert shown == [(texts_db, 7)]


def test_a_damaged_library_at_start_offers_the_latest_backup(qtbot, tmp_path, texts_db,
                                                             monkeypatch, no_message_boxes):
    from desktop.app import _offer_restore
    with Library(texts_db) as library:
        count = library.speeches.count()
        library.backups.daily()
    with open(texts_db, "r+b") as file:
        file.write(b"\0" * 100)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *rest: asked.append(text) or QMessageBox.StandardButton.Yes))
    library = _offer_restore(texts_db, "damaged")
    assert library is not None and library.speeches.count() == count
    assert "Restore the latest backup" in asked[0]
    library.close()
    for backup in automatic_backups(texts_db):
        backup.unlink()
    assert _offer_restore(texts_db, "damaged") is None
    assert "no automatic backup" in no_message_boxes[-1][2]


def test_a_second_window_on_the_same_library_is_refused(tmp_path, no_message_boxes):
    path = tmp_path / "library.sqlite"
    first = lock_library(path)
    assert isinstance(first, QLockFile)
    assert lock_library(path) is None
    [(kind, _, text)] = no_message_boxes
    assert kind == "warning" and "already open in another Yandu window" in text
    first.unlock()
    again = lock_library(path)
    assert again is not None
    again.unlock()


def start(tmp_path, lang: str) -> str:
    """What `yandu --check-start` prints: the window title | the menu titles | Cancel."""
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    environment.update(QT_QPA_PLATFORM="offscreen", LANG=lang,
                       XDG_CONFIG_HOME=str(tmp_path / "config"),
                       YANDU_DB=str(tmp_path / "library.sqlite"))
    done = subprocess.run([sys.executable, "-m", "desktop", "--check-start"], cwd=REPO,
                          env=environment, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_chinese_system_starts_in_chinese_and_a_choice_is_kept(tmp_path):
    assert start(tmp_path, "zh_CN.UTF-8") == "研读 | 文件(F) 编辑(E) 视图(V) 学习(S) 工具(T) 帮助(H) | 取消"
    assert start(tmp_path, "C.UTF-8") == "研读 Yandu | File Edit View Study Tools Help | Cancel"
    settings = tmp_path / "config" / "Yandu" / "desktop.ini"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[General]\nlanguage=zh_CN\n", encoding="utf-8")
    assert start(tmp_path, "C.UTF-8").startswith("研读 | 文件(F)")
