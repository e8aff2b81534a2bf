"""Search and the study tables over a generated library of 10,000 speeches (~50 M characters).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_search.py [--speeches 10000] [--warm|--cold]

The library is generated once (benchmarks/generate_library.py) and kept in benchmarks/.cache
with its build figures; delete the folder to build it again. Latency is per query and
includes the concordance lines of the first 50 hits; the anchor beside it is the raw FTS5
query for the 50 best-ranked speeches on the same index, timed after ours (so it finds read
what ours read). The library file is read through once before the queries, so that the system
holds it in memory as it holds a library in use. With --warm each query and its raw query run
once untimed first as well: both then read from memory, where a machine that pages out what it
has not read lately would otherwise make ours read the texts from the disk. With --cold
(Linux) the library file is dropped from the system's cache and SQLite's before each query,
ours and the raw one alike: both read from the disk, as the first search after a while away
does. Targets: word and phrase queries p95 ≤ 2× the raw query and ≤ 40 ms (at 100,000
speeches), the directives table's first rows in < 300 ms. A library of more than 10,000
speeches is grown from the 10,000 one by copying rows (generate_library.py --grow).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from generate_library import CORPUS, generate, grow, paragraphs  # noqa: E402

from analysis.keywords import is_term  # noqa: E402
from analysis.language.tokens import load_dictionary, words  # noqa: E402
from analysis.query import parse_query  # noqa: E402
from db import Library  # noqa: E402
from db.search import _boundaries, _fts_expression  # noqa: E402

BASE = 10000  # generated; larger libraries are grown from it


def queries(corpus: Path) -> dict[str, list[str]]:
    """50 queries of each type, drawn from the corpus's own words."""
    random.seed(7)
    pool, _ = paragraphs(corpus)
    tokens = [word for line, _ in pool for word in words(line)]
    counts = Counter(word for word in tokens if is_term(word))
    two = [word for word, _ in counts.most_common() if len(word) == 2][:50]
    four = [word for word, _ in counts.most_common() if len(word) == 4][:50]
    phrases = set()
    while len(phrases) < 50:
        start = random.randrange(len(tokens) - 3)
        phrase = "".join(tokens[start:start + 3])
        three = tokens[start:start + 3]
        if 5 <= len(phrase) <= 10 and all(is_term(w) or len(w) == 1 for w in three) \
                and phrase.isalnum():
            phrases.add(f'"{phrase}"')
    return {"two-character word": two, "four-character word": four, "phrase": sorted(phrases)}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def read_through(path: Path) -> None:
    """The library file read once from end to end, so that the system holds it in memory as
    it holds a library in use: the default run then compares ours and the raw query in the
    same state, rather than ours reading from the disk what the raw query, timed after it,
    finds in memory."""
    with open(path, "rb") as handle:
        while handle.read(1 << 20):
            pass


def forget(library: Library, path: Path) -> None:
    """The library's pages out of SQLite's cache and the system's, and the words looked up
    around hits forgotten: the next query reads everything from the disk."""
    library.db.execute_sql("PRAGMA shrink_memory")
    for name in (path, path.with_name(path.name + "-wal")):
        if name.exists():
            handle = os.open(name, os.O_RDONLY)
            try:
                os.posix_fadvise(handle, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(handle)
    _boundaries.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--speeches", type=int, default=10000)
    memory = parser.add_mutually_exclusive_group()
    memory.add_argument("--warm", action="store_true",
                        help="run each query once untimed first, ours and the raw one")
    memory.add_argument("--cold", action="store_true",
                        help="drop the library from every cache before each query, ours and "
                             "the raw one (Linux)")
    args = parser.parse_args()
    cache = HERE / ".cache"
    cache.mkdir(exist_ok=True)
    path = cache / f"library-{args.speeches}.sqlite"
    facts_path = cache / f"library-{args.speeches}.json"
    if not (path.exists() and facts_path.exists()):
        for stale in cache.glob(f"library-{args.speeches}.sqlite*"):
            stale.unlink()
        print(f"Generating a library of {args.speeches} speeches (once; kept in {cache})…")
        if args.speeches > BASE and args.speeches % BASE == 0:
            base = cache / f"library-{BASE}.sqlite"
            if not base.exists():
                (cache / f"library-{BASE}.json").write_text(json.dumps(generate(base, BASE)))
            facts_path.write_text(json.dumps(grow(base, path, args.speeches // BASE)))
        else:
            facts_path.write_text(json.dumps(generate(path, args.speeches)))
    facts = json.loads(facts_path.read_text())
    print(f"\nLibrary: {facts['speeches']:,} speeches, "
          f"{facts['characters'] / 1e6:.1f} M characters, "
          f"{facts['bytes'] / 2**20:.0f} MB on disk")
    if "index_seconds" in facts:  # not for a library grown by copying rows
        print(f"Index build: {facts['index_seconds']:.1f} s "
              f"({facts['characters'] / facts['index_seconds'] / 1000:.0f} k characters/s)")

    by_type = queries(CORPUS)  # before opening the library: the models bind to one library
    if not args.cold:
        read_through(path)
    with Library(path) as library:
        load_dictionary()  # as the window does once it is up
        library.search.find("预热")
        print(f"\n{'query type':<22}{'n':>4}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}"
              f"{'raw p95':>9}{'ratio':>7}{'hits (median)':>15}  target p95")
        raw_query = "SELECT rowid FROM speech_fts WHERE speech_fts MATCH ? ORDER BY rank LIMIT 50"
        for kind, texts in by_type.items():
            times, raw, hits = [], [], []
            for text in texts:
                expression = _fts_expression(parse_query(text), [])
                if args.warm:
                    library.search.find(text, limit=50)
                    library.db.execute_sql(raw_query, (expression,)).fetchall()
                    _boundaries.cache_clear()  # the pages read, not the words looked up
                if args.cold:
                    forget(library, path)
                began = time.perf_counter()
                results = library.search.find(text, limit=50)
                times.append((time.perf_counter() - began) * 1000)
                hits.append(results.hits)
                if args.cold:
                    forget(library, path)
                began = time.perf_counter()
                library.db.execute_sql(raw_query, (expression,)).fetchall()
                raw.append((time.perf_counter() - began) * 1000)
            ours, anchor = percentile(times, 0.95), percentile(raw, 0.95)
            print(f"{kind:<22}{len(texts):>4}{statistics.median(times):>9.1f}"
                  f"{ours:>9.1f}{max(times):>9.1f}{anchor:>9.1f}{ours / anchor:>7.2f}"
                  f"{statistics.median(hits):>15.0f}  ≤ 2× raw, ≤ 40 ms")

        # Hostile queries: each is bounded (analysis/query.py) and says what it left out.
        common = [word for words_ in by_type.values() for word in words_ if '"' not in word]
        hostile = {"10,000 times the same word": " ".join([common[0]] * 10_000),
                   "10,000 common words": " ".join(common[i % len(common)] + str(i // len(common))
                                                   if i >= len(common) else common[i]
                                                   for i in range(10_000)),
                   "a 10,000-term OR": " OR ".join(common[i % len(common)]
                                                   for i in range(10_000))}
        print()
        for label, text in hostile.items():
            began = time.perf_counter()
            results = library.search.find(text, limit=50)
            took = (time.perf_counter() - began) * 1000
            left = ", ".join(note.code for note in results.notes)
            print(f"{label:<30} {took:8.0f} ms  ({results.hits} hits; notes: {left})")

        from PySide6.QtCore import qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        from desktop.study.mention_pane import MentionPane
        app = QApplication.instance() or QApplication([])
        qInstallMessageHandler(lambda kind, context, message: None if "propagateSizeHints"
                               in message else print(message, file=sys.stderr))
        print()
        for kind, order in (("directive", ""), ("directive", "strength"), ("directive", "speech"),
                            ("directive", "text"), ("figure", "value")):
            runs = []
            for _ in range(5):
                pane = MentionPane(library, kind)
                pane.resize(1200, 400)
                pane.show()
                began = time.perf_counter()
                pane.model.order = order
                pane.model.reload()
                pane.view.viewport().repaint()
                runs.append((time.perf_counter() - began) * 1000)
                rows = pane.model.rowCount()
                pane.close()
                pane.deleteLater()
                app.processEvents()
            label = f"{kind}s table, first {rows} rows" + (f", sorted by {order}" if order else "")
            print(f"{label:<54} median {statistics.median(runs):6.1f} ms, "
                  f"worst {max(runs):6.1f} ms (target < 300 ms)")
        runs = []
        for order in ("", "strength", "speech", "text"):
            # the row 100,000 down, reached as the table reaches it: page after page
            after = None
            for _ in range(50):
                after = library.study.mentions("directive", order=order, descending=True,
                                               limit=2000, after=after)[-1]
            began = time.perf_counter()
            library.study.mentions("directive", order=order, descending=True, after=after)
            runs.append((time.perf_counter() - began) * 1000)
        print(f"directives 100,000 rows down (a fetch while scrolling), four sorts: "
              f"worst {max(runs):.0f} ms")
        began = time.perf_counter()
        count = library.study.mention_count("directive")
        print(f"counting all {count:,} directives (shown beside the table, off the UI thread): "
              f"{(time.perf_counter() - began) * 1000:.0f} ms")
        QApplication.processEvents()


if __name__ == "__main__":
    main()
