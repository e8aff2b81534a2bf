"""A big library for the benchmarks: N speeches of about 5,000 characters, each a shuffle of
paragraphs from the shared corpus, with the corpus's own analysis carried over (mentions move
with their paragraph). Speeches are stored directly; the search index is then built by the
library itself, and that build is timed.

    python benchmarks/generate_library.py OUT.sqlite [--speeches 10000]
    python benchmarks/generate_library.py OUT.sqlite --grow SMALL.sqlite --copies 10

--grow builds a large library from a generated one by copying its rows (sources, speeches,
mentions) COPIES times in SQL, and indexes each copy with its original's tokens (made once
per original: the index keeps no copy of them), in minutes rather than hours.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.language.tokens import index_text
from analysis.version import ANALYZER_VERSION
from db import Library
from db.contents import compact_data
from db.index import ID_MASK, entry_key
from db.models import Mention, Source, Speech

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
TARGET_CHARS = 5000


def paragraphs(corpus: Path) -> tuple[list[tuple[str, list[dict]]], list[str]]:
    """Every paragraph of the corpus with its mentions (offsets within the paragraph)."""
    pool, speakers = [], []
    with tempfile.TemporaryDirectory() as folder, Library(Path(folder) / "seed.sqlite") as seed:
        list(seed.importer.import_paths([corpus]))
        for summary in seed.speeches.all():
            if summary.speaker:
                speakers.append(summary.speaker)
            record = seed.speeches.get(summary.id)
            start = 0
            for line in record.text.split("\n"):
                end = start + len(line)
                if len(line.strip()) >= 10:
                    inside = [{"kind": m.kind, "start": m.start - start, "end": m.end - start,
                               "text": m.text, "data": compact_data(m.data)}
                              for m in record.mentions if start <= m.start and m.end <= end]
                    pool.append((line, inside))
                start = end + 1
    return pool, speakers or ["领导"]


def generate(path: Path, count: int, seed: int = 1, corpus: Path = CORPUS,
             report=print) -> dict:
    """Build the library at `path`; returns what was measured."""
    random.seed(seed)
    pool, speakers = paragraphs(corpus)
    began = time.perf_counter()
    characters = 0
    with Library(path) as library, library.using():  # rows written directly, not by a part
        now = datetime.now()
        for first in range(0, count, 250):
            with library.db.atomic():
                mentions = []
                for number in range(first, min(first + 250, count)):
                    lines, offsets, size = [], [], 0
                    while size < TARGET_CHARS:
                        line, inside = random.choice(pool)
                        offsets.append((size, inside))
                        lines.append(line)
                        size += len(line) + 1
                    text = "\n".join(lines)
                    characters += len(text)
                    digest = hashlib.sha256(f"{number}:{text}".encode()).hexdigest()
                    source = Source.create(path=f"generated/{number}.txt", sha256=digest,
                                           format="txt", encoding="utf-8", size=len(text) * 3,
                                           imported_at=now)
                    year = 2010 + number % 15
                    speech = Speech.create(
                        source=source, position=0, title=f"生成讲话第{number + 1}号",
                        speaker=random.choice(speakers), occasion="基准测试",
                        date=f"{year}-{number % 12 + 1:02d}-{number % 28 + 1:02d}",
                        text=text, chars=len(text),
                        text_hash=hashlib.sha256(text.encode()).hexdigest(),
                        analyzer_version=ANALYZER_VERSION, created_at=now)
                    for offset, inside in offsets:
                        for m in inside:
                            mentions.append({"speech": speech.id, "kind": m["kind"],
                                             "start": m["start"] + offset,
                                             "end": m["end"] + offset, "text": m["text"],
                                             "data": m["data"]})
                for batch in range(0, len(mentions), 500):
                    Mention.insert_many(mentions[batch:batch + 500]).execute()
            report(f"  stored {min(first + 250, count)}/{count} speeches", end="\r")
        stored = time.perf_counter() - began
        report("")
        began = time.perf_counter()
        library.index.build(progress=lambda done, total: report(
            f"  indexed {done}/{total} speeches", end="\r"))
        indexing = time.perf_counter() - began
        report("")
        library.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"speeches": count, "characters": characters, "store_seconds": stored,
            "index_seconds": indexing, "bytes": path.stat().st_size}


# Tables copied by grow(), each with the columns that point at copied rows.
COPIED = {"source": {}, "speech": {"source_id": "source"}, "mention": {"speech_id": "speech"}}


def grow(small: Path, path: Path, copies: int, report=print) -> dict:
    """`path`: the library at `small` with its rows copied until it holds `copies` times as
    many speeches, each copy's ids shifted past the last."""
    began = time.perf_counter()
    shutil.copyfile(small, path)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode = WAL")
        last = {table: db.execute(f"SELECT max(id) FROM {table}").fetchone()[0]
                for table in COPIED}
        columns = {table: [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
                   for table in COPIED}
        for copy in range(1, copies):
            shift = {table: copy * last[table] for table in COPIED}
            for table, pointers in COPIED.items():
                values = []
                for column in columns[table]:
                    if column == "id":
                        values.append(f"id + {shift[table]}")
                    elif column in pointers:
                        values.append(f"{column} + {shift[pointers[column]]}")
                    elif table == "source" and column in ("path", "sha256"):
                        values.append(f"{column} || ':{copy}'")
                    elif table == "speech" and column == "title":
                        values.append(f"printf('生成讲话第%d号', id + {shift[table]})")
                    else:
                        values.append(column)
                db.execute(f"INSERT INTO {table} ({', '.join(columns[table])}) "
                           f"SELECT {', '.join(values)} FROM {table} WHERE id <= {last[table]}")
            db.commit()
            report(f"  copied {copy + 1}/{copies}", end="\r")
        report("")
        index_copies(db, last["speech"], copies, report)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        speeches = db.execute("SELECT count(*) FROM speech").fetchone()[0]
        characters = db.execute("SELECT sum(chars) FROM speech").fetchone()[0]
    return {"speeches": speeches, "characters": characters,
            "grow_seconds": time.perf_counter() - began, "bytes": path.stat().st_size}


def index_copies(db: sqlite3.Connection, last: int, copies: int, report=print) -> None:
    """The copies' index entries: the index keeps no copy of its tokens, so each original
    speech's are made again from its text, once for all its copies. FTS5 merges its segments
    only when 64 wait (not 4 at a time; FTS5 refuses more than 2,000 in all) and optimizes
    once at the end, and SQLite keeps a large page cache: merging as it went, through the
    default 2 MB cache, took about 100 minutes for 90,000 copies."""
    db.execute("PRAGMA cache_size = -1000000")
    db.execute("INSERT INTO speech_fts (speech_fts, rank) VALUES ('automerge', 0)")
    db.execute("INSERT INTO speech_fts (speech_fts, rank) VALUES ('crisismerge', 64)")
    done = 0
    while True:
        rows = db.execute("SELECT id, date, text FROM speech WHERE id > ? AND id <= ? "
                          "ORDER BY id LIMIT 100", (done, last)).fetchall()
        if not rows:
            break
        entries = [(entry_key(speech_id + copy * last, date), tokens)
                   for speech_id, date, text in rows if (tokens := index_text(text))
                   for copy in range(1, copies)]
        db.executemany("INSERT INTO speech_fts (rowid, body) VALUES (?, ?)", entries)
        db.executemany("INSERT INTO speech_key (speech, key) VALUES (?, ?)",
                       [(key & ID_MASK, key) for key, _ in entries])
        db.commit()
        done = rows[-1][0]
        report(f"  indexed the copies of {done}/{last} speeches", end="\r")
    report("\n  merging the index")
    db.execute("INSERT INTO speech_fts (speech_fts) VALUES ('optimize')")
    db.execute("INSERT INTO speech_fts (speech_fts, rank) VALUES ('automerge', 4)")
    db.execute("INSERT INTO speech_fts (speech_fts, rank) VALUES ('crisismerge', 16)")
    db.commit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--speeches", type=int, default=10000)
    parser.add_argument("--grow", type=Path, help="a generated library to copy rows from")
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    if args.out.exists():
        sys.exit(f"{args.out} exists; choose a new file")
    result = (grow(args.grow, args.out, args.copies) if args.grow
              else generate(args.out, args.speeches))
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
