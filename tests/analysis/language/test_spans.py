"""Mentions kept only where they overlap no blocker."""
from analysis.language.spans import outside
from analysis.layers.extract import _Span


def test_kinds_do_not_overlap_whatever_order_and_nesting_the_blockers_have():
    blockers = [_Span(10, 20), _Span(0, 50), _Span(60, 62), _Span(61, 70)]
    items = [_Span(start, end) for start, end in
             [(50, 60), (49, 51), (55, 58), (70, 75), (69, 71), (62, 63), (80, 81), (0, 1)]]
    kept = outside(items, blockers)
    assert [(i.start, i.end) for i in kept] == [
        (i.start, i.end) for i in items
        if not any(b.start < i.end and i.start < b.end for b in blockers)]
    assert [(i.start, i.end) for i in kept] == [(50, 60), (55, 58), (70, 75), (80, 81)]
    assert outside(items, []) == items
