"""SM-2 spaced repetition, with the four grades of a review key: 1 again, 2 hard, 3 good,
4 easy. Pure arithmetic; the library stores the result per card."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
GRADES = (AGAIN, HARD, GOOD, EASY)  # the desktop names them
MIN_EASE = 1.3


@dataclass(frozen=True)
class Schedule:
    interval: int = 0  # days until the next review
    ease: float = 2.5
    reps: int = 0  # successful reviews in a row
    lapses: int = 0


def review(schedule: Schedule, grade: int) -> Schedule:
    """The schedule after answering with `grade`. Again starts the card over and shows it again
    today; the others stretch the interval by the card's ease."""
    if grade not in GRADES:
        raise ValueError(f"grade must be 1–4, not {grade}")
    interval, ease, reps = schedule.interval, schedule.ease, schedule.reps
    if grade == AGAIN:
        return replace(schedule, interval=0, ease=max(MIN_EASE, ease - 0.2), reps=0,
                       lapses=schedule.lapses + 1)
    if grade == HARD:
        interval = 1 if reps == 0 else max(interval + 1, round(interval * 1.2))
        ease = max(MIN_EASE, ease - 0.15)
    elif grade == GOOD:
        interval = 1 if reps == 0 else 6 if reps == 1 else max(interval + 1, round(interval * ease))
    else:
        interval = 4 if reps == 0 else max(interval + 1, round(interval * ease * 1.3))
        ease += 0.15
    return replace(schedule, interval=interval, ease=round(ease, 2), reps=reps + 1)


def due_after(today: date, schedule: Schedule) -> date:
    return today + timedelta(days=schedule.interval)


def next_intervals(interval: int, ease: float, reps: int) -> dict[int, int]:
    """For each grade, the days until the card would come back (0: again today)."""
    now = Schedule(interval, ease, reps)
    return {grade: review(now, grade).interval for grade in GRADES}
