"""Sentences as the labelling guide defines them: ending at 。！？；!?; or a line end."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A sentence runs to its end mark plus any closing quotes or brackets that follow it.
SENTENCE = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)]*|\n|$)")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


# No real sentence comes near this; a run of millions of characters without an end mark (a
# hard-wrapped page, a column of numbers) is cut into pieces so that segmenting one "sentence"
# never holds millions of words at once.
LONGEST = 5000
# Where a long run is cut: after a clause mark or a space, where jieba would split the run anyway.
CLAUSE_END = re.compile(r"[，、：:,\s]")


def split_sentences(text: str) -> Iterator[Sentence]:
    """One at a time: a long speech has a million of them."""
    for match in SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        while end - start > LONGEST:
            cut = stop = _cut(text, start, start + LONGEST)
            while text[stop - 1].isspace():
                stop -= 1
            yield Sentence(start, stop, text[start:stop])
            start = cut
            while text[start].isspace():
                start += 1
        if end > start:
            yield Sentence(start, end, text[start:end])


def _cut(text: str, start: int, limit: int) -> int:
    """After the last clause mark or space in text[start:limit], if there is one in its
    second half."""
    marks = [mark.end() for mark in CLAUSE_END.finditer(text, (start + limit) // 2, limit)]
    return marks[-1] if marks else limit


END_MARKS = "。！？；!?;\n"
END_MARK = re.compile(f"[{END_MARKS}]")
CLOSERS = "”’」』）)"  # closing quotes and brackets after an end mark


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence that holds text[start:end] (several, if it runs over an end mark)."""
    marks = list(END_MARK.finditer(text, max(0, start - 500), start))
    low = marks[-1].end() if marks else max(0, start - 500)
    after = END_MARK.search(text, max(end, start + 1) - 1 if end > start else end)
    high = after.end() if after else len(text)
    high = max(high, end)
    while high < len(text) and text[high] in CLOSERS:
        high += 1
    while low < start and (text[low].isspace() or text[low] in CLOSERS):
        low += 1  # a closing quote after the end mark belongs to the sentence before
    while high > end and text[high - 1].isspace():
        high -= 1
    return low, high


def sentence_start(text: str, offset: int) -> int:
    """Where the sentence holding `offset` begins: after the last end mark (and the closing
    quotes and spaces after it) before `offset`; 0 in the first sentence."""
    start = max(text.rfind(mark, 0, offset) for mark in END_MARKS) + 1
    while start < offset and (text[start].isspace() or text[start] in CLOSERS):
        start += 1
    return start
