"""Sync from the window: Tools ▸ Sync…, Sync now, the status bar's label, the automatic syncs
and the keyring (a real in-memory backend, and keyring's own fail backend: no keyring)."""
import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from db import Library, remembered_sync_setup, sync_library
from db.sync.setup import SyncSetup, open_target
from desktop.dialogs.sync_dialog import SyncDialog
from tests.db.sync.test_secrets import MemoryKeyring
from tests.db.sync.webdav_server import PASSWORD, USER, running_server

PASSPHRASE = "long river 2026"


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "sync"
    folder.mkdir()
    return folder


def files(folder):
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def in_dialog(qtbot, window, fill, action="sync"):
    """Open Tools ▸ Sync… (or press Sync now) and `fill(dialog)` as a person types."""
    seen = []

    def typing():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        try:
            fill(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(0, typing)
    window.action[action].trigger()
    assert isinstance(seen[0], SyncDialog)
    return seen[0]


def folder_and_passphrase(qtbot, folder, passphrase=PASSPHRASE):
    def fill(dialog):
        qtbot.keyClicks(dialog.folder_edit, str(folder))
        qtbot.keyClicks(dialog.passphrase_edit, passphrase)
        qtbot.keyClicks(dialog.confirm_edit, passphrase)
        qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    return fill


def highlight(window):
    """A highlight made in the window, as the keyboard makes it."""
    window.open_speech(window.library.speeches.all()[0].id)
    assert window.annotating.highlight("yellow", (0, 4)) is not None


def waiting(qtbot, window, count):
    """The label says `count` changes wait (its plural, "%n change(s)…", until translated)."""
    qtbot.waitUntil(lambda: window.syncing.shown.state == "waiting", timeout=20000)
    assert window.syncing.label.text().startswith(f"{count} change")


def says(qtbot, window, text, timeout=20000):
    try:
        qtbot.waitUntil(lambda: window.syncing.label.text() == text, timeout=timeout)
    except Exception:
        raise AssertionError(window.syncing.label.text()) from None


def test_a_folder_sync_is_set_up_by_keyboard_without_a_keyring(qtbot, window, folder,
                                                               no_keyring, tmp_path):
    assert window.syncing.label.isHidden()  # a library that never synced says nothing

    def fill(dialog):
        assert not dialog.keep_box.isEnabled() and dialog.no_keyring.isVisible()
        qtbot.keyClicks(dialog.folder_edit, str(folder))
        qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
        qtbot.keyClicks(dialog.confirm_edit, "long river 2025")
        qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
        assert dialog.error.text() == "The two passphrases differ."
        dialog.confirm_edit.clear()
        qtbot.keyClicks(dialog.confirm_edit, PASSPHRASE)
        qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    in_dialog(qtbot, window, fill)

    says(qtbot, window, "Synced")
    assert "yandu-sync.json" in files(folder)
    assert any(name.startswith("updates/") for name in files(folder))
    assert remembered_sync_setup(window.library) == SyncSetup("folder", str(folder))
    for path in (tmp_path / "library.sqlite", tmp_path / "desktop.ini"):  # nor in a log
        assert PASSPHRASE.encode() not in path.read_bytes()
    assert "Last synced" in window.syncing.label.toolTip()

    # kept in memory for the session: Sync now does not ask again
    highlight(window)
    waiting(qtbot, window, 1)
    before = files(folder)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    says(qtbot, window, "Synced")
    assert len(files(folder)) == len(before) + 1


def test_a_wrong_passphrase_is_one_line_and_nothing_is_written(qtbot, window, folder,
                                                              no_keyring, no_message_boxes,
                                                              tmp_path):
    with Library(tmp_path / "other.sqlite") as other:
        sync_library(other, open_target(SyncSetup("folder", str(folder)), "another one"))
    before = files(folder)

    in_dialog(qtbot, window, folder_and_passphrase(qtbot, folder))

    says(qtbot, window, "Sync error")
    assert window.syncing.label.toolTip().splitlines()[0] == "the passphrase is wrong"
    assert no_message_boxes == [("warning", "Sync", "The library was not synced: the "
                                 "passphrase is wrong")]
    assert files(folder) == before


def test_a_folder_gone_is_offline(qtbot, window, folder, no_keyring):
    in_dialog(qtbot, window, folder_and_passphrase(qtbot, folder))
    says(qtbot, window, "Synced")
    folder.rename(folder.with_name("elsewhere"))
    window.syncing.sync(visible=False)
    says(qtbot, window, "Offline")
    assert "it cannot be reached" in window.syncing.label.toolTip()


def test_the_keyring_keeps_the_secrets_and_the_next_start_syncs_by_itself(
        qtbot, windows, texts_db, tmp_path, memory_keyring):
    window = windows.open(texts_db)
    with running_server(tmp_path / "dav") as server:
        def fill(dialog):
            assert dialog.keep_box.isChecked() and dialog.no_keyring.isHidden()
            qtbot.keyClick(dialog.webdav_choice, Qt.Key.Key_Space)
            for edit, text in ((dialog.url_edit, server.url), (dialog.user_edit, USER),
                               (dialog.passphrase_edit, PASSPHRASE),
                               (dialog.confirm_edit, PASSPHRASE)):
                qtbot.keyClicks(edit, text)
            dialog.password_edit.setText(PASSWORD)  # not ASCII: as an input method types it
            qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
        in_dialog(qtbot, window, fill)
        says(qtbot, window, "Synced")
        assert sorted(memory_keyring.secrets.values()) == sorted([PASSWORD, PASSPHRASE])
        assert window.syncing.memory == {}
        highlight(window)
        waiting(qtbot, window, 1)
        windows.close(window)  # which syncs what waits
        sent = sorted(server.files())

        again = windows.open(texts_db)
        says(qtbot, again, "Synced")  # at start, asking nothing
        assert sorted(server.files()) == sent  # nothing waited
    assert [name.split("/")[0] for name in sent].count("updates") == 2  # the second at close


def test_sync_now_without_a_place_opens_the_dialog(qtbot, window, no_keyring):
    dialog = in_dialog(qtbot, window, lambda dialog: None, action="sync-now")
    assert dialog.folder_choice.isChecked() and dialog.confirm_edit.isVisibleTo(dialog)


def test_what_arrives_shows_in_the_window(qtbot, window, folder, no_keyring, tmp_path,
                                          texts_library_file):
    import shutil
    shutil.copy(texts_library_file, tmp_path / "other.sqlite")
    with Library(tmp_path / "other.sqlite") as other:
        speech = other.speeches.all()[0].id
        other.annotations.add(speech, 0, 4, "green", "另一台电脑的笔记")
        sync_library(other, open_target(SyncSetup("folder", str(folder)), PASSPHRASE))
    window.open_speech(speech)
    assert window.library_pane.annotation_total() == 0

    in_dialog(qtbot, window, folder_and_passphrase(qtbot, folder))

    says(qtbot, window, "Synced")
    assert window.library_pane.annotation_total() == 1
    assert [a.note for a in window.reader.annotations()] == ["另一台电脑的笔记"]


def test_changes_waiting_are_synced_by_themselves(qtbot, window, folder, no_keyring):
    in_dialog(qtbot, window, folder_and_passphrase(qtbot, folder))
    says(qtbot, window, "Synced")
    assert window.syncing.timer.interval() == 5 * 60 * 1000
    window.syncing.timer.start(300)  # five minutes, shortened for the test
    updates = len(files(folder))

    highlight(window)

    qtbot.waitUntil(lambda: len(files(folder)) == updates + 1, timeout=20000)
    says(qtbot, window, "Synced")
