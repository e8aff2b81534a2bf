import pytest

from db.schedule import AGAIN, EASY, GOOD, HARD, Schedule, due_after, review


def test_sm2_intervals():
    new = Schedule()
    first = review(new, GOOD)
    assert (first.interval, first.reps, first.ease) == (1, 1, 2.5)
    second = review(first, GOOD)
    assert second.interval == 6
    third = review(second, GOOD)
    assert third.interval == 15  # 6 × 2.5
    easy = review(third, EASY)
    assert (easy.interval, easy.ease) == (round(15 * 2.5 * 1.3), 2.65)
    hard = review(third, HARD)
    assert (hard.interval, hard.ease) == (18, 2.35)
    lapse = review(third, AGAIN)
    assert (lapse.interval, lapse.reps, lapse.lapses, lapse.ease) == (0, 0, 1, 2.3)
    assert review(new, EASY).interval == 4 and review(new, HARD).interval == 1
    worn = Schedule(10, 1.3, 3, 5)
    assert review(worn, AGAIN).ease == 1.3 and review(worn, HARD).ease == 1.3
    with pytest.raises(ValueError):
        review(new, 5)


def test_the_next_review_is_the_interval_from_today():
    from datetime import date
    assert due_after(date(2026, 12, 30), Schedule(interval=3)) == date(2027, 1, 2)


def test_next_intervals_for_each_grade():
    from db.schedule import next_intervals
    assert next_intervals(0, 2.5, 0) == {1: 0, 2: 1, 3: 1, 4: 4}
    assert next_intervals(6, 2.5, 2) == {1: 0, 2: 7, 3: 15, 4: 20}
