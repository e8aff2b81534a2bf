"""The write boundary: a write returns its result, what it touched is read off that result
after it committed, or the boundary says why nothing of it was saved."""
import pytest
from PySide6.QtWidgets import QWidget

from db import Counted, Touched, WriteError
from desktop.common.writes import Change, Writes


def test_what_writes_touched_adds_up():
    both = Touched(annotations=frozenset({3})) | Touched(listing=True,
                                                         speech_tags=frozenset({4}))
    assert (both.listing, both.annotations, both.speech_tags, both.speeches) == (
        True, {3}, {4}, {3, 4})
    assert Change(Touched(cards=True)).makes_cards and Change(Touched(listing=True)).makes_cards
    assert not Change(Touched(annotations=frozenset({3}))).makes_cards  # a note typed


@pytest.fixture
def writes(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    return Writes(parent)


def test_a_write_that_commits_returns_its_result_and_says_what_it_touched(writes,
                                                                          no_message_boxes):
    told = []
    writes.changed.connect(told.append)
    result = writes.run(lambda: Counted(2, Touched(tags=True)), focus=5)
    assert result == 2
    assert told == [Change(Touched(tags=True), focus=5)] and no_message_boxes == []


def test_a_write_that_does_not_say_what_it_touched_is_a_mistake(writes):
    with pytest.raises(TypeError, match="does not say what it touched"):
        writes.run(lambda: 42)


def test_a_write_that_fails_says_why_once_and_shows_its_speech_again(writes, no_message_boxes):
    told, failed = [], []
    writes.changed.connect(told.append)
    writes.failed.connect(lambda error, change: failed.append((error.reason, change)))

    def full():
        raise WriteError("/l.sqlite", "disk-full")
    assert writes.run(full, focus=7, title="Review cards") is None
    assert told == [] and failed[0][0] == "disk-full"
    assert failed[0][1].touched.annotations == {7} and failed[0][1].focus == 7
    [(kind, title, text)] = no_message_boxes
    assert (kind, title) == ("warning", "Review cards") and "the disk is full" in text


def test_a_failed_write_without_a_title_says_not_saved(writes, no_message_boxes):
    def full():
        raise WriteError("/l.sqlite", "disk-full")
    writes.run(full)
    assert no_message_boxes[0][1] == "Not saved"


def test_other_errors_are_not_swallowed(writes):
    with pytest.raises(ValueError):
        writes.run(lambda: int("x"))


def test_a_long_write_runs_in_the_background_and_then_says_what_it_touched(qtbot, writes):
    told, results = [], []
    writes.changed.connect(told.append)
    job = writes.start("Working", lambda job: Counted(42, Touched(listing=True)),
                       results.append, lambda error: None)
    qtbot.waitUntil(lambda: job.done)
    assert results == [42] and told == [Change(Touched(listing=True))]
