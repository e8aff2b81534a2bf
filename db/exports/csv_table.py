"""Excerpts as a CSV table that Excel and LibreOffice Calc open as text: UTF-8 with a BOM,
and no cell that a spreadsheet would run as a formula."""
from __future__ import annotations

import csv
from pathlib import Path

from db.exports.labels import ExportLabels, Progress, marked_text
from db.records import Excerpt

# A cell starting with one of these is a formula (or DDE) to a spreadsheet (OWASP, "CSV
# Injection"): a leading apostrophe makes it text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """A value as a CSV cell that is never run as a formula; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write(excerpts: list[Excerpt], path: Path, progress: Progress,
          labels: ExportLabels) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as file:  # the BOM tells Excel
        writer = csv.writer(file)
        writer.writerow([cell(name) for name in labels.columns])
        for done, excerpt in enumerate(excerpts, start=1):
            row = [labels.kind(excerpt.kind), excerpt.title or "", excerpt.speaker or "",
                   excerpt.occasion or "", excerpt.date or "", excerpt.section, excerpt.quote,
                   excerpt.note, labels.tag_list(excerpt.tags),
                   labels.colours.get(excerpt.color, excerpt.color), excerpt.citation,
                   excerpt.reference, marked_text(excerpt)]
            writer.writerow([cell(value) for value in row])
            progress(done, len(excerpts))
