"""The write boundary: a write says what it changed, or why nothing of it was saved."""
import pytest
from PySide6.QtWidgets import QWidget

from db import WriteError
from desktop.common.writes import Change, Writes, annotations_of


def test_changes_add_up():
    both = annotations_of(3) | Change(speeches=True, speech_tags=frozenset({4}), focus=None)
    assert (both.speeches, both.annotations, both.speech_tags, both.focus) == (
        True, {3}, {4}, 3)
    assert (Change(cards=True) | Change(tags=True, focus=7)) == Change(tags=True, cards=True,
                                                                      focus=7)


@pytest.fixture
def writes(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    return Writes(parent)


def test_a_write_that_commits_says_what_changed(writes, no_message_boxes):
    told = []
    writes.changed.connect(told.append)
    done = []
    assert writes.run(lambda: done.append(1), Change(tags=True)) == Change(tags=True)
    assert done == [1] and told == [Change(tags=True)] and no_message_boxes == []


def test_a_write_that_fails_says_why_once_and_changes_nothing(writes, no_message_boxes):
    told, failed = [], []
    writes.changed.connect(told.append)
    writes.failed.connect(lambda error, change: failed.append((error.reason, change)))

    def full():
        raise WriteError("/l.sqlite", "disk-full")
    assert writes.run(full, Change(cards=True), title="Review cards") is None
    assert told == [] and failed == [("disk-full", Change(cards=True))]
    [(kind, title, text)] = no_message_boxes
    assert (kind, title) == ("warning", "Review cards") and "the disk is full" in text


def test_other_errors_are_not_swallowed(writes):
    with pytest.raises(ValueError):
        writes.run(lambda: int("x"), Change())


def test_a_long_write_runs_in_the_background_and_then_says_what_changed(qtbot, writes):
    told, results = [], []
    writes.changed.connect(told.append)
    job = writes.start("Working", lambda job: 41 + 1, lambda result: Change(speeches=True),
                       results.append, lambda error: None)
    qtbot.waitUntil(lambda: job.done)
    assert results == [42] and told == [Change(speeches=True)]
