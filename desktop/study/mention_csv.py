"""The directives or figures table written as CSV, page by page, off the UI thread."""
from __future__ import annotations

import csv
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from db import MentionRow, csv_cell, new_file_beside
from desktop.common.translate import translate
from desktop.common.worker import Job
from desktop.study.mention_table_model import cell, header

PAGE = 1000  # rows read from the library at a time


def write_csv(path: str, columns: Sequence[tuple[str, str]], kind: str, total: int, job: Job,
              page: Callable[[int], list[MentionRow]]) -> int | None:
    """UTF-8 with a BOM so Excel reads the Chinese; written beside the target and moved over it
    at the end, so a cancelled or failed export leaves no half-written file."""
    target = Path(path)
    temporary = new_file_beside(target)
    written = 0
    try:
        with temporary.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            extra = [translate("MentionCsv", "value (base units)")] if kind == "figure" else []
            writer.writerow([header(name) for _, name in columns] + extra
                            + [translate("MentionCsv", "speech id"),
                               translate("MentionCsv", "start")])
            while True:
                if job.cancelled():
                    os.unlink(temporary)
                    return None
                rows = page(written)
                for row in rows:
                    value = [row.data.get("value")] if kind == "figure" else []
                    writer.writerow([csv_cell(cell(row, key)) for key, _ in columns] + value
                                    + [row.speech_id, row.start])
                written += len(rows)
                job.report(written, total, "")
                if len(rows) < PAGE:
                    break
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    return written
