import os
import signal
import subprocess
import sys
import textwrap

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from db import Library
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


def test_killing_the_process_keeps_what_was_shown_as_saved(corpus_db, tmp_path):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_SAVING, str(corpus_db), str(tmp_path / "s.ini")],
        cwd=REPO, env=environment, capture_output=True, text=True, timeout=120)
    assert process.returncode == -signal.SIGKILL, process.stderr
    with Library(corpus_db) as library:
        speech = library.speeches.all()[0]
        [annotation] = library.annotations.of_speech(speech.id)
        text = library.speeches.get(speech.id).text
    assert (annotation.start, annotation.end, annotation.quote) == (5, 15, text[5:15])
    assert (annotation.color, annotation.note) == ("blue", "写完即存")


def test_yandu_without_a_command_opens_the_window(qtbot, corpus_db):
    shown = []

    def close_window():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                shown.append((widget.library.path, widget.library_pane.visible_count()))
                widget.close()

    QTimer.singleShot(200, close_window)
    assert main(["--db", str(corpus_db)]) == 0
    assert shown == [(corpus_db, 7)]
