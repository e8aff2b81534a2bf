"""Mentions that must not overlap others: a date is not a figure, a document title holds
no formula."""
from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate


def outside(items: list, blockers: list) -> list:
    """The items that overlap no blocker, in O(n log n): a long speech has tens of thousands
    of figures and dates."""
    spans = sorted((blocker.start, blocker.end) for blocker in blockers)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))  # the furthest end so far
    kept = []
    for item in items:
        before = bisect_left(starts, item.end)  # the blockers that start before the item ends
        if not before or reach[before - 1] <= item.start:
            kept.append(item)
    return kept
