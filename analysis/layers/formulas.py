"""Formulas (提法): numbered policy phrases in quotation marks (“三同时”、“五个转变”、“1+2+N”)
and the phrases of a curated dictionary wherever they appear."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from analysis.language.numerals import DIGITS

# A quoted phrase of two to eight characters that starts with a numeral or 双/两/零.
QUOTED = re.compile(rf"[“\"「](?P<phrase>[0-9{DIGITS}十百千两双零][^“”\"「」\n]{{1,7}})[”\"」]")


@dataclass(slots=True)
class Formula:
    start: int
    end: int
    text: str
    expansion: str | None

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text,
                "expansion": self.expansion}


@cache
def dictionary() -> tuple[dict[str, str | None], frozenset[str], re.Pattern]:
    data = json.loads((resources.files("resources") / "formulas.json").read_text("utf-8"))
    known = data["formulas"]
    pattern = re.compile("|".join(sorted(map(re.escape, known), key=len, reverse=True)))
    return known, frozenset(data["not_formulas"]), pattern


def find_formulas(text: str) -> list[Formula]:
    known, excluded, pattern = dictionary()
    found: dict[tuple[int, int], Formula] = {}
    for match in QUOTED.finditer(text):
        phrase = match.group("phrase")
        if phrase in excluded or re.fullmatch(r"[Xx×]+", phrase):
            continue
        start, end = match.span("phrase")
        found[start, end] = Formula(start, end, phrase, known.get(phrase))
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(s <= start and end <= e for s, e in found):
            continue
        found[start, end] = Formula(start, end, match.group(), known[match.group()])
    return sorted(found.values(), key=lambda formula: formula.start)
