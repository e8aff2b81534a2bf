"""Opening a speech in the reader: the longest corpus speech, all layers and some highlights
drawn, in the real main window (offscreen). Target: under 300 ms.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_reader.py [--corpus DIR] [--runs 10]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from db import Library
from desktop.window.main_window import MainWindow

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        library = Library(Path(folder) / "library.sqlite")
        list(library.importer.import_paths([args.corpus]))
        speeches = library.speeches.all()
        longest = max(speeches, key=lambda s: s.chars)
        other = min(speeches, key=lambda s: s.chars)
        text = library.speeches.get(longest.id).text
        for start in range(0, len(text) - 20, len(text) // 20):  # 20 user highlights
            library.annotations.add(longest.id, start, start + 12, "yellow", "note")
        window = MainWindow(library, QSettings(str(Path(folder) / "s.ini"),
                                               QSettings.Format.IniFormat))
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        times = []
        for _ in range(args.runs):
            window.open_speech(other.id)
            app.processEvents()
            began = time.perf_counter()
            window.open_speech(longest.id)
            window.reader.view.viewport().repaint()  # lay out and paint what is on screen
            times.append(time.perf_counter() - began)
        drawn = len(window.reader.view.extraSelections())
        window.close()
        library.close()
    print(f"open the longest speech ({longest.chars:,} characters, {drawn} layer and highlight "
          f"ranges drawn) in the main window, {args.runs} runs:")
    print(f"  median {statistics.median(times) * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms "
          f"(target < 300 ms)")


if __name__ == "__main__":
    main()
