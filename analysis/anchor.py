"""Finding a highlight again in a changed text (W3C Web Annotation style: a quote with the
words before and after it, and the position it had).

In order: the same quote at the same position; the same quote elsewhere, preferring the place
whose surrounding words still agree, then the one nearest the old position; a fuzzy match of
the quote, scored by rapidfuzz's ratio, at or above FUZZY; otherwise nothing (an orphan)."""
from __future__ import annotations

from dataclasses import dataclass

FUZZY = 75  # rapidfuzz ratio (0–100) of the old quote to the new text for a fuzzy match
CONTEXT = 8  # characters each side compared to choose between repeats of the quote
LONGEST_FUZZY = 400  # longer quotes are matched through their first and last parts


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    method: str  # "exact", "moved" or "fuzzy"
    score: float = 100.0


def anchor(text: str, quote: str, prefix: str, suffix: str, start: int) -> Anchor | None:
    """Where `quote` (which had `prefix` before it and `suffix` after it, at `start`) is in
    `text` now, or None when it cannot be placed with confidence."""
    if not quote:
        return None
    if text[start:start + len(quote)] == quote:
        return Anchor(start, start + len(quote), "exact")
    places = _occurrences(text, quote)
    if places:
        best = max(places, key=lambda place: (_context_agrees(text, place, len(quote), prefix,
                                                              suffix), -abs(place - start)))
        return Anchor(best, best + len(quote), "moved")
    return _fuzzy(text, quote, prefix, suffix, start)


def _occurrences(text: str, quote: str) -> list[int]:
    places, at = [], text.find(quote)
    while at >= 0:
        places.append(at)
        at = text.find(quote, at + 1)
    return places


def _context_agrees(text: str, place: int, length: int, prefix: str, suffix: str) -> int:
    before = text[max(0, place - CONTEXT):place]
    after = text[place + length:place + length + CONTEXT]
    return (before != "" and prefix.endswith(before)) + (after != "" and suffix.startswith(after))


def _fuzzy(text: str, quote: str, prefix: str, suffix: str, start: int) -> Anchor | None:
    from rapidfuzz import fuzz  # here: the window's start needs no fuzzy matching
    candidates = set()
    needle = quote if len(quote) <= LONGEST_FUZZY else quote[:LONGEST_FUZZY]
    found = fuzz.partial_ratio_alignment(needle, text, score_cutoff=FUZZY)
    if found is not None:
        candidates.add((found.dest_start, found.dest_start + len(quote)))
    # The words around it may have survived when the quote itself changed.
    if prefix and suffix:
        low = _nearest(_occurrences(text, prefix), start - len(prefix))
        if low is not None:
            low += len(prefix)
            high = text.find(suffix, low)
            if 0 <= high - low <= 2 * len(quote):
                candidates.add((low, high))
    best = None
    for low, high in candidates:
        low, high, score = _refine(text, quote, prefix, suffix, low, min(len(text), high))
        if score >= FUZZY and (best is None or score > best.score):
            best = Anchor(low, high, "fuzzy", score)
    return best


def _nearest(places: list[int], target: int) -> int | None:
    return min(places, key=lambda place: abs(place - target)) if places else None


def _refine(text: str, quote: str, prefix: str, suffix: str, low: int, high: int
            ) -> tuple[int, int, float]:
    """Move both ends a little to the span most like the quote, judged with the words around
    it (an insertion or deletion inside changes its length; a changed comma at its end should
    stay inside). Returns the span and the quote's own ratio."""
    from rapidfuzz import fuzz
    slack = min(12, max(2, len(quote) // 4))
    before, after = prefix[-CONTEXT:], suffix[:CONTEXT]
    wanted = before + quote + after
    best, best_score = (low, high), -1.0
    for shift_low in range(-slack, slack + 1):
        for shift_high in range(-slack, slack + 1):
            a, b = low + shift_low, high + shift_high
            if 0 <= a < b <= len(text):
                around = text[max(0, a - len(before)):a] + text[a:b] + text[b:b + len(after)]
                score = fuzz.ratio(wanted, around)
                if score > best_score:
                    best, best_score = (a, b), score
    return best[0], best[1], fuzz.ratio(quote, text[best[0]:best[1]])
