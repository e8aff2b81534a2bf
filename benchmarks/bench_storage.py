"""Bytes per speech (KB of 1,024) by table and index (SQLite's dbstat), read-only, for a
library file. Goal:
≤ 60 KB a speech for the generated library.

    python benchmarks/bench_storage.py LIBRARY.sqlite
    python benchmarks/bench_storage.py NEW.sqlite --generate 10000

--generate builds the library first (benchmarks/generate_library.py), into a path of your
own: 10,000 speeches take some minutes.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def sizes(path: Path) -> tuple[int, list[tuple[str, int]]]:
    """The number of speeches and the bytes of each table and index, largest first."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        speeches = db.execute("SELECT count(*) FROM speech").fetchone()[0]
        rows = db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name "
                          "ORDER BY sum(pgsize) DESC").fetchall()
    return speeches, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--generate", type=int, metavar="SPEECHES")
    args = parser.parse_args()
    if args.generate:
        if args.library.exists():
            sys.exit(f"{args.library} exists; choose a new file")
        from generate_library import generate
        generate(args.library, args.generate)
    speeches, rows = sizes(args.library)
    total = sum(size for _, size in rows)
    print(f"{speeches:,} speeches, {total / 2**20:,.0f} MB in pages "
          f"(file {args.library.stat().st_size / 2**20:,.0f} MB)\n")
    print(f"{'table or index':<32}{'KB/speech':>10}")
    for name, size in rows:
        if size / speeches >= 10:  # bytes
            print(f"{name:<32}{size / speeches / 1024:>10.1f}")
    print(f"{'all':<32}{total / speeches / 1024:>10.1f}   goal ≤ 60")


if __name__ == "__main__":
    main()
