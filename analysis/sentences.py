"""Sentences as the labelling guide defines them: ending at 。！？；!?; or a line end."""
from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence runs to its end mark plus any closing quotes or brackets that follow it.
SENTENCE = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)]*|\n|$)")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    sentences = []
    for match in SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            sentences.append(Sentence(start, end, text[start:end]))
    return sentences
