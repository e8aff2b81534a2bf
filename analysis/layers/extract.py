"""All the mentions of one speech: directives, figures, dates, formulas and documents.

Kinds do not nest: what lies inside a document title belongs to the document, a formula's
numbers are not figures, a date is not a figure, and numbers inside a short quotation are
names (“15分钟文体活动圈”), not data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.language.spans import outside
from analysis.layers.dates import Date, find_dates
from analysis.layers.directives import Directive, find_directives
from analysis.layers.documents import Document, find_documents
from analysis.layers.figures import Figure, find_figures
from analysis.layers.formulas import Formula, find_formulas
from analysis.model import OutlineEntry
from analysis.rules import Decision, Layer, rule
from analysis.vocabulary import MentionKind

SHORT_QUOTE = re.compile(r"“[^“”\n]{1,20}”")
KINDS = tuple(kind.plural for kind in MentionKind)  # the keys of `yandu analyze --json`


@dataclass
class Mentions:
    directives: list[Directive] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[Date] = field(default_factory=list)
    formulas: list[Formula] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {kind: [item.to_dict() for item in getattr(self, kind)] for kind in KINDS}

    def by_kind(self) -> dict[MentionKind, list]:
        return {kind: getattr(self, kind.plural) for kind in MentionKind}


INSIDE = rule("figure.inside", Layer.FIGURE, False,
              "A number inside a 《title》, a 提法, a date or a short quotation belongs to it",
              "“15分钟生活圈”")


def extract(text: str, outline: list[OutlineEntry],
            decisions: list[Decision] | None = None) -> Mentions:
    """`decisions`, when given, receives what the rules decided besides the mentions."""
    documents = find_documents(text)
    formulas = outside(find_formulas(text), documents)
    dates = outside(find_dates(text), documents)
    quotes = [_Span(m.start(), m.end()) for m in SHORT_QUOTE.finditer(text)]
    candidates = find_figures(text, decisions)
    figures = outside(candidates, documents + formulas + dates + quotes)
    if decisions is not None and len(figures) < len(candidates):
        kept = {id(figure) for figure in figures}
        decisions += [Decision(INSIDE, f.start, f.end, f.text) for f in candidates
                      if id(f) not in kept]
    return Mentions(directives=find_directives(text, outline, decisions), figures=figures,
                    dates=dates, formulas=formulas, documents=documents)


@dataclass
class _Span:
    start: int
    end: int
