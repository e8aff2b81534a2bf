"""Sync of a library of 10,000 highlights through a folder, sealed with a passphrase as every
sync is: the first sync (to an empty folder), a second machine's first sync (reading it all),
and an incremental sync of ten edits; time, requests and bytes written for each.

    python benchmarks/bench_sync.py [--highlights 10000]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db import FolderTarget, Library, Sealed, sync_library
from tests.speeches import FLOOD, SAFETY


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--highlights", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name, text in (("safety.txt", SAFETY), ("flood.txt", FLOOD)):
            (root / name).write_text(text, encoding="utf-8")
        (root / "target").mkdir()
        a, b = Library(root / "a.sqlite"), Library(root / "b.sqlite")
        for library in (a, b):
            list(library.importer.import_paths([root / "safety.txt", root / "flood.txt"]))
        _fill(a, args.highlights)
        rows = [("first sync", *_timed(a, root / "target")),
                ("first sync, 2nd machine", *_timed(b, root / "target"))]
        speech_id = a.speeches.all()[0].id
        for number in range(10):
            a.annotations.add(speech_id, number, number + 3, "green", f"edit {number}")
        rows.append(("10 edits", *_timed(a, root / "target")))
        rows.append(("10 edits, 2nd machine", *_timed(b, root / "target")))
        rows.append(("nothing new", *_timed(a, root / "target")))
        a.close()
        b.close()
    print(f"{args.highlights:,} highlights")
    print(f"{'sync':<24} {'seconds':>8} {'requests':>9} {'files':>6} {'bytes written':>14}")
    for name, seconds, requests, files, written in rows:
        print(f"{name:<24} {seconds:>8.2f} {requests:>9} {files:>6} {written:>14,}")


def _fill(library: Library, count: int) -> None:
    """`count` highlights with notes and a tag each, written straight in (as years of use)."""
    speech = library.speeches.all()[0]
    text = library.speeches.get(speech.id).text
    now = datetime.now()
    with library.using(), library.db.atomic():
        library.db.cursor().executemany(
            'INSERT INTO annotation (speech_id, start, "end", quote, color, note, created_at, '
            "updated_at) VALUES (?, ?, ?, ?, 'yellow', ?, ?, ?)",
            [(speech.id, n % 100, n % 100 + 5, text[n % 100:n % 100 + 5],
              f"第{n}条笔记：要点在于落实责任", now, now) for n in range(count)])


def _timed(library: Library, folder: Path) -> tuple[float, int, int, int]:
    began = time.perf_counter()
    report = sync_library(library, Sealed(FolderTarget(folder), "bench-口令"))
    return (time.perf_counter() - began, report.requests, report.sent + report.received,
            report.bytes_written)


if __name__ == "__main__":
    main()
