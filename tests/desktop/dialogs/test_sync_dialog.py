"""Tools ▸ Sync…'s form on its own: what it refuses in one line, and what it hands back."""
from PySide6.QtCore import Qt

from db import SyncSetup
from desktop.dialogs.sync_dialog import Chosen, SyncDialog


def _accept(qtbot, dialog):
    qtbot.keyClick(dialog, Qt.Key.Key_Return)


def test_a_first_folder_needs_the_passphrase_twice_and_the_same(qtbot, tmp_path):
    dialog = SyncDialog(None, known=False, can_keep=True, log=[])
    qtbot.addWidget(dialog)
    dialog.show()
    _accept(qtbot, dialog)
    assert dialog.chosen is None and "Choose the folder" in dialog.error.text()
    qtbot.keyClicks(dialog.folder_edit, str(tmp_path / "nowhere"))
    _accept(qtbot, dialog)
    assert "is not a folder" in dialog.error.text()
    dialog.folder_edit.clear()
    qtbot.keyClicks(dialog.folder_edit, str(tmp_path))
    qtbot.keyClicks(dialog.passphrase_edit, "study-7")
    qtbot.keyClicks(dialog.confirm_edit, "study-8")
    _accept(qtbot, dialog)
    assert dialog.chosen is None and "differ" in dialog.error.text()
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, "study-7")
    _accept(qtbot, dialog)
    assert dialog.chosen is not None
    assert dialog.chosen.setup == SyncSetup("folder", str(tmp_path))
    assert (dialog.chosen.passphrase, dialog.chosen.keep) == ("study-7", True)


def test_a_webdav_server_must_be_https_and_a_known_place_keeps_its_secrets(qtbot):
    known = SyncSetup("webdav", "https://dav.example.org/dav/研读", "reader")
    dialog = SyncDialog(known, known=True, can_keep=False, log=["一行日志"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.keep_box.isEnabled() and not dialog.confirm_edit.isVisible()
    _accept(qtbot, dialog)
    assert dialog.chosen == Chosen(known, "", "", False)
    again = SyncDialog(None, known=False, can_keep=True, log=[])
    qtbot.addWidget(again)
    again.show()
    again.webdav_choice.setChecked(True)
    qtbot.keyClicks(again.url_edit, "http://dav.example.org/dav")
    qtbot.keyClicks(again.user_edit, "reader")
    qtbot.keyClicks(again.password_edit, "secret")
    _accept(qtbot, again)
    assert again.chosen is None and "http" in again.error.text()
