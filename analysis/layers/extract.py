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

SHORT_QUOTE = re.compile(r"“[^“”\n]{1,20}”")
KINDS = ("directives", "figures", "dates", "formulas", "documents")


@dataclass
class Mentions:
    directives: list[Directive] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[Date] = field(default_factory=list)
    formulas: list[Formula] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {kind: [item.to_dict() for item in getattr(self, kind)] for kind in KINDS}


def extract(text: str, outline: list[OutlineEntry]) -> Mentions:
    documents = find_documents(text)
    formulas = outside(find_formulas(text), documents)
    dates = outside(find_dates(text), documents)
    quotes = [_Span(m.start(), m.end()) for m in SHORT_QUOTE.finditer(text)]
    figures = outside(find_figures(text), documents + formulas + dates + quotes)
    return Mentions(directives=find_directives(text, outline), figures=figures, dates=dates,
                    formulas=formulas, documents=documents)


@dataclass
class _Span:
    start: int
    end: int
