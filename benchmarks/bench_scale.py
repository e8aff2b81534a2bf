"""Scale, each figure next to a baseline on the same data and machine: import throughput
(analyse + store + index, on every core) against jieba.lcut on one; start-up to the first
painted main window (empty library, 1,000, 10,000 and 100,000 speeches) against a bare
QMainWindow; the longest speech opened with every layer; peak memory with 10,000 and 100,000
speeches open.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_scale.py [--runs 5]

Libraries of 1,000 and 10,000 speeches are generated once into benchmarks/.cache
(generate_library.py), the 100,000 one grown from the 10,000 by copying rows (6 GB, some
minutes). Targets: import ≤ 1.3 × jieba.lcut with ≥ 1.7 cores busy; start-up ≤ 3× bare Qt
at 10,000 and ≤ 1.0 s at 100,000, with jieba's dictionary never loaded before the first
paint; the longest speech ≤ 300 ms; ≤ 300 MB peak RSS at 100,000.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from generate_library import CORPUS, TARGET_CHARS, generate, grow, paragraphs  # noqa: E402

BASE = 10000  # generated; the 100,000 library is grown from it by copying rows

# Run in a fresh process: time from the process's start to the window's first paint, then
# (with --work) open the longest speech, fill the directives table and search, and report
# the peak memory.
WINDOW = """
import os, sys, time
began = float(sys.argv[1])
bare, library_path, settings_path, work = sys.argv[2] == "bare", sys.argv[3], sys.argv[4], \\
    sys.argv[5] == "work"
if not bare:
    import desktop.cli.main  # as `python -m desktop` starts: the library's modules before Qt's
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
if bare:
    window = QMainWindow()
    window.resize(1400, 900)
else:
    from db import Library
    from desktop.window.main_window import MainWindow
    library = Library(library_path)
    window = MainWindow(library, QSettings(settings_path, QSettings.Format.IniFormat))
painted = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted["at"] = time.time()
            painted["jieba"] = bool({"jieba", "rjieba"} & set(sys.modules))  # either dictionary
            QTimer.singleShot(0, after_paint)
        return False

def after_paint():
    result = {"startup": painted["at"] - began, "jieba_before_paint": painted["jieba"]}
    if work and not bare:
        # found in SQL: the window holds the list once, the benchmark should not hold it again
        longest_id, longest_chars = library.db.execute_sql(
            "SELECT id, chars FROM speech ORDER BY chars DESC LIMIT 1").fetchone()
        t = time.perf_counter()
        window.open_speech(longest_id)
        window.reader.view.viewport().repaint()
        result["open_longest_ms"] = (time.perf_counter() - t) * 1000
        result["longest_chars"] = longest_chars
        window.study.show_tab(window.study.directives)
        window.study.directives.model.reload()
        library.search.find("安全生产", limit=50)
        app.processEvents()
        # VmHWM, this process's own peak (ru_maxrss would keep the peak of the parent it was
        # forked from)
        status = open("/proc/self/status").read().splitlines()
        result["peak_rss_mb"] = next(float(line.split()[1]) for line in status
                                     if line.startswith("VmHWM:")) / 1024
    print(json.dumps(result), flush=True)
    os._exit(0)  # not waiting for background work such as the daily backup

import json
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def library(count: int) -> Path:
    cache = HERE / ".cache"
    cache.mkdir(exist_ok=True)
    path, facts = cache / f"library-{count}.sqlite", cache / f"library-{count}.json"
    if not (path.exists() and facts.exists()):
        for stale in cache.glob(f"library-{count}.sqlite*"):
            stale.unlink()
        print(f"Generating a library of {count:,} speeches (once; kept in {cache})…")
        made = grow(library(BASE), path, count // BASE) if count > BASE \
            else generate(path, count)
        facts.write_text(json.dumps(made))
    return path


def window_run(kind: str, library_path: Path, work: bool = False) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        began = time.time()
        done = subprocess.run(
            [sys.executable, "-c", WINDOW, repr(began), kind, str(library_path),
             str(Path(folder) / "settings.ini"), "work" if work else "-"],
            cwd=ROOT, capture_output=True, text=True, timeout=600,
            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"the window did not start:\n{done.stderr[-2000:]}")
    return json.loads(lines[-1])


COLD_IMPORT = """
import sys, time
from db import Library
with Library(sys.argv[2]) as library:
    began = time.perf_counter()
    list(library.importer.import_paths([sys.argv[1]]))
    print(time.perf_counter() - began)
"""


def import_throughput(files: int = 200, rounds: int = 3
                      ) -> tuple[float, float, float, float]:
    """Characters per second (median of `rounds`): importing `files` generated speech files
    into a new library, and jieba.lcut over the same texts (dictionaries already loaded); how
    many cores the import kept busy (CPU time of this process and its workers over the wall
    time); and the characters per second of the same import as the first of a fresh process,
    whose workers' fork server starts with it."""
    import multiprocessing
    import resource

    import jieba

    from analysis.language.tokens import words
    from db import Library
    random.seed(3)
    pool, _ = paragraphs(CORPUS)
    texts = []
    for _ in range(files):
        lines, size = [], 0
        while size < TARGET_CHARS:
            line, _ = random.choice(pool)
            lines.append(line)
            size += len(line) + 1
        texts.append("同志们：\n" + "\n".join(lines))
    characters = sum(len(text) for text in texts)
    jieba.lcut("预热")
    words("预热")
    imports, baselines, cores = [], [], []

    def cpu() -> float:
        return sum(usage.ru_utime + usage.ru_stime for usage in (
            resource.getrusage(resource.RUSAGE_SELF),
            resource.getrusage(resource.RUSAGE_CHILDREN))) + fork_server_cpu()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        for number, text in enumerate(texts):
            (folder / f"{number:04}.txt").write_text(text, encoding="utf-8")
        done = subprocess.run([sys.executable, "-c", COLD_IMPORT, str(folder),
                               str(folder / "cold.sqlite")], cwd=ROOT, capture_output=True,
                              text=True, check=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
        cold = characters / float(done.stdout.split()[-1])
        for round in range(rounds):  # alternating, so both see the same machine load
            began = time.perf_counter()
            for text in texts:
                jieba.lcut(text)
            baselines.append(characters / (time.perf_counter() - began))
            with Library(folder / f"library-{round}.sqlite") as target:
                began, busy = time.perf_counter(), cpu()
                results = list(target.importer.import_paths([folder]))
                seconds = time.perf_counter() - began
                # the import leaves its workers to end on their own; their time counts once
                # they are waited for
                for child in multiprocessing.active_children():
                    child.join()
                time.sleep(0.2)  # for the fork server to reap them
                imports.append(characters / seconds)
                cores.append((cpu() - busy) / seconds)
            assert all(result.status == "imported" for result in results)
    return (statistics.median(imports), statistics.median(baselines), statistics.median(cores),
            cold)


def fork_server_cpu() -> float:
    """The CPU seconds of the fork server import workers are forked from (db/importer.py) and
    of the workers it has reaped: they are its children, not this process's (Linux)."""
    from multiprocessing import forkserver
    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rpartition(")")[2].split()
    except (OSError, TypeError):
        return 0.0
    # after the name: state, ppid, …; utime, stime, cutime, cstime are the 12th to 15th
    return sum(int(ticks) for ticks in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def command_seconds(command: list[str], runs: int) -> float:
    """The median wall time of `runs` fresh processes running `command` (after one unmeasured
    run, which may write caches)."""
    subprocess.run(command, capture_output=True, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_of(runs: int, call) -> dict:
    results = [call() for _ in range(runs)]
    return {key: statistics.median(r[key] for r in results) if isinstance(results[0][key],
                                                                           float) else
            any(r[key] for r in results) for key in results[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--without-100000", action="store_true",
                        help="leave out the 100,000-speech library (6 GB; grown in minutes)")
    args = parser.parse_args()
    small, large = library(1000), library(10000)
    huge = None if args.without_100000 else library(100000)
    # Yandu's modules compiled, as an installed copy has them (pip compiles at install): where
    # PYTHONDONTWRITEBYTECODE is set, each fresh process would otherwise compile them again.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "analysis", "db", "desktop",
                    "resources"], cwd=ROOT, check=True, capture_output=True)

    print("\nImport throughput (200 generated speech files, 1 M characters, analyse + store + "
          "index; median of 3 rounds):")
    imported, baseline, busy, cold = import_throughput()
    print(f"  import {imported / 1000:8.0f} k characters/s   jieba.lcut {baseline / 1000:8.0f} k "
          f"characters/s   import takes {baseline / imported:.2f} × jieba.lcut's time on one "
          f"core (target ≤ 1.3), {busy:.2f} cores busy (target ≥ 1.7)\n"
          f"  the same import first in a fresh process (its workers' fork server starting): "
          f"{cold / 1000:.0f} k characters/s, {baseline / cold:.2f} × jieba.lcut's time")

    print(f"\nyandu search 发展, end to end, 10,000 speeches (median of {args.runs} fresh "
          "processes):")
    search = command_seconds([sys.executable, "-c", "import sys; from desktop.cli.main import "
                              "main; sys.exit(main())", "--db", str(large), "search", "发展"],
                             args.runs)
    python = command_seconds([sys.executable, "-c", "pass"], args.runs)
    dictionary = command_seconds([sys.executable, "-c", "from analysis.language.tokens import "
                                  "load_dictionary; load_dictionary()"], args.runs)
    print(f"  yandu search {search:6.2f} s (target ≤ 0.4 s)   anchors: python starting "
          f"{python:.2f} s, python loading the dictionary {dictionary:.2f} s")

    print(f"\nStart-up to the first painted window (median of {args.runs} fresh processes):")
    bare = median_of(args.runs, lambda: window_run("bare", small))
    print(f"  bare QMainWindow                   {bare['startup']:6.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        empty = median_of(args.runs, lambda: window_run("yandu", Path(folder) / "empty.sqlite"))
    for label, result, target in (("Yandu, empty library", empty, 1.0),
                                  ("Yandu, 1,000 speeches", median_of(
                                      args.runs, lambda: window_run("yandu", small)), None),
                                  ("Yandu, 10,000 speeches", median_of(
                                      args.runs, lambda: window_run("yandu", large)), 1.5),
                                  *([("Yandu, 100,000 speeches", median_of(
                                      args.runs, lambda: window_run("yandu", huge)), 1.0)]
                                    if huge else [])):
        jieba = "jieba loaded before the paint!" if result["jieba_before_paint"] else \
            "jieba not loaded"
        extra = result["startup"] - bare["startup"]
        print(f"  {label:<34} {result['startup']:6.2f} s  (+{extra:.2f} s over bare, "
              f"{result['startup'] / bare['startup']:.1f}×; {jieba})"
              + (f"  target ≤ {target} s" if target else ""))

    for label, path, target in (("10,000", large, 400), *([("100,000", huge, 300)] if huge
                                                          else [])):
        work = window_run("yandu", path, work=True)
        print(f"\nWith {label} speeches open:")
        print(f"  longest speech ({work['longest_chars']:,} characters) opened with every "
              f"layer: {work['open_longest_ms']:.0f} ms (target ≤ 300 ms)")
        print(f"  peak memory after opening it, the directives table and a search: "
              f"{work['peak_rss_mb']:.0f} MB RSS (target ≤ {target} MB)")


if __name__ == "__main__":
    main()
