"""Other libraries from the File menu: remembered newest first, each opened in a Yandu of its
own (the window that asked closes)."""
from PySide6.QtCore import QProcess

from desktop.window.libraries import yandu_command


def test_recent_libraries_are_remembered_and_one_opens_in_its_own_yandu(windows, tmp_path,
                                                                        monkeypatch):
    first, second = tmp_path / "一.sqlite", tmp_path / "二.sqlite"
    windows.close(windows.open(first))
    window = windows.open(second)
    [recent] = [a for key, a in window.action.items() if key.startswith("recent-")]
    assert first.name in recent.text() and recent.isEnabled()
    started = []
    monkeypatch.setattr(QProcess, "startDetached", staticmethod(
        lambda program, arguments: started.append((program, arguments)) or (True, 1)))
    recent.trigger()
    program, arguments = started[0]
    assert (program, arguments[:-3]) == yandu_command()
    assert arguments[-3:] == ["--db", str(first.resolve()), "--switching"]
    assert not window.isVisible()


def test_a_first_library_has_no_recent_ones(windows, tmp_path):
    window = windows.open(tmp_path / "only.sqlite")
    recent = [a for key, a in window.action.items() if key.startswith("recent-")]
    assert [a.isEnabled() for a in recent] == [False]
