"""What a write touched is read off what it returned."""
import pytest

from db import EVERYTHING, NOTHING, Counted, Touched, touched_by


def test_touched_adds_up_and_names_every_speech():
    both = Touched(rows=frozenset({1}), annotations=frozenset({2})) | Touched(
        speech_tags=frozenset({3}), review=True)
    assert both.speeches == {1, 2, 3} and both.review and not both.listing
    assert NOTHING | EVERYTHING == EVERYTHING


def test_a_count_compares_as_a_number_and_says_what_it_touched():
    counted = Counted(3, Touched(listing=True))
    assert counted == 3 and counted + 1 == 4 and touched_by(counted) == Touched(listing=True)


def test_a_result_that_does_not_say_is_refused():
    assert touched_by(Touched(tags=True)) == Touched(tags=True)
    with pytest.raises(TypeError):
        touched_by(None)
