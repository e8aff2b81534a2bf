"""Tools ▸ Study group…: the fields asked for, a publish and pull through a real folder, and a
wrong passphrase said in one line."""
from PySide6.QtCore import QSettings, Qt

from desktop.dialogs.group_dialog import GroupDialog


def _dialog(window, tmp_path):
    settings = QSettings(str(tmp_path / "group.ini"), QSettings.Format.IniFormat)
    return GroupDialog(window.library, window.writes, settings, window)


def test_publishing_asks_for_the_folder_the_passphrase_and_a_name(qtbot, windows, tmp_path):
    window = windows.open(tmp_path / "library.sqlite")
    dialog = _dialog(window, tmp_path)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    assert "passphrase" in dialog.result_label.text()
    assert not list(tmp_path.glob("**/members/*"))


def test_a_member_publishes_into_the_folder_and_a_wrong_passphrase_is_one_line(
        qtbot, windows, tmp_path, texts_db):
    window = windows.open(texts_db)
    group = tmp_path / "group"
    group.mkdir()
    dialog = _dialog(window, tmp_path)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.place, str(group))
    qtbot.keyClicks(dialog.passphrase, "study-group-7")
    dialog.name.clear()
    dialog.name.setText("王明")  # typed through an input method, not keys
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.publish_button.isEnabled(), timeout=30000)
    assert dialog.result_label.text().startswith("Published")
    files = sorted(path.name for path in (group / "members").iterdir())
    assert len(files) == 1
    before = {path: path.read_bytes() for path in group.rglob("*") if path.is_file()}

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "another-one")
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.publish_button.isEnabled(), timeout=30000)
    assert "passphrase is wrong" in dialog.result_label.text()
    assert "\n" not in dialog.result_label.text()
    assert {path: path.read_bytes() for path in group.rglob("*") if path.is_file()} == before
