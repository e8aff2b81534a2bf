"""Distinctive terms: Dunning's log-likelihood of a term's count in one text against its count
in a reference (the rest of the library, or another speech), over jieba search tokens."""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources

from analysis.language.tokens import search_tokens


@cache
def stopwords() -> frozenset[str]:
    text = (resources.files("resources") / "stopwords.txt").read_text("utf-8")
    return frozenset(word for line in text.splitlines() if not line.startswith("#")
                     for word in line.split())


def is_term(word: str) -> bool:
    """Worth counting: two characters or more, with a Chinese character, not a stop word."""
    return (len(word) >= 2 and any("\u4e00" <= ch <= "\u9fff" for ch in word)
            and word not in stopwords())


def term_counts(text: str) -> Counter[str]:
    """Counts of every search token (the units the index counts), terms or not."""
    return Counter(word for word, _, _ in search_tokens(text))


def log_likelihood(count: int, total: int, other: int, other_total: int) -> float:
    """G² for a term seen `count` times in `total` tokens against `other` in `other_total`;
    negative when the term is rarer here than there."""
    if total <= 0 or other_total <= 0:
        return 0.0
    expected = total * (count + other) / (total + other_total)
    expected_other = other_total * (count + other) / (total + other_total)
    score = 0.0
    if count:
        score += count * math.log(count / expected)
    if other:
        score += other * math.log(other / expected_other)
    score *= 2
    return score if count / total >= other / other_total else -score


def distinctive(counts: Counter[str], total: int, reference: dict[str, int],
                reference_total: int, limit: int) -> list[tuple[str, int, int, float]]:
    """The terms of `counts` used most beyond the reference: (term, count, reference count,
    score), best first."""
    scored = []
    for term, count in counts.items():
        if not is_term(term):
            continue
        other = reference.get(term, 0)
        score = log_likelihood(count, total, other, reference_total)
        if score > 0:
            scored.append((term, count, other, score))
    scored.sort(key=lambda item: (-item[3], item[0]))
    return scored[:limit]


KEY_TERM_CHOICES = 3


def key_term(passage: str, reference: Counter[str],
             taken: Sequence[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """The (start, end) in `passage` of its most distinctive term against its whole speech
    (`reference`: term_counts of the speech, counted once for all its passages), to be blanked
    in a cloze card; None when the passage has too few terms to choose from. Spans in `taken`
    (a figure's, a 提法's: cards of their own) are passed over."""
    tokens = [(word, start, end) for word, start, end in search_tokens(passage)
              if is_term(word) and not any(s < end and start < e for s, e in taken)]
    if len({word for word, _, _ in tokens}) < KEY_TERM_CHOICES:
        return None
    counts = Counter(word for word, _, _ in tokens)
    total, reference_total = sum(counts.values()), sum(reference.values())
    best = max(tokens, key=lambda token: (
        log_likelihood(counts[token[0]], total, reference[token[0]] - counts[token[0]],
                       reference_total), len(token[0]), -token[1]))
    return best[1], best[2]
