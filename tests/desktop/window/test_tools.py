"""The dialogs open from the window on what is chosen in it."""
import pytest
from PySide6.QtWidgets import QDialog

from desktop.dialogs.compare_dialog import CompareDialog
from desktop.dialogs.export_dialog import ExportDialog
from desktop.dialogs.review_dialog import ReviewDialog
from desktop.dialogs.tag_manager import TagManager


@pytest.fixture
def opened(monkeypatch):
    """The dialogs the window opens, instead of showing them."""
    shown = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    return shown


def test_compare_takes_the_two_speeches_selected(window, opened):
    first, second = (s.id for s in window.library.speeches.all()[:2])
    window.library_pane.select(first)
    window.open_speech(second)
    window.action["compare"].trigger()
    [dialog] = opened
    assert isinstance(dialog, CompareDialog)
    assert dialog.first_box.currentData() == second  # the open speech when none is selected


def test_review_makes_the_missing_cards_first(window, opened):
    speech = window.library.speeches.all()[0].id
    window.library.annotations.add(speech, 0, 10, "yellow")  # not through the window
    window.action["review"].trigger()
    [dialog] = opened
    assert isinstance(dialog, ReviewDialog) and len(dialog.queue) == 1


def test_export_and_tags_open(window, opened):
    window.action["export"].trigger()
    window.action["tags"].trigger()
    assert [type(dialog) for dialog in opened] == [ExportDialog, TagManager]
