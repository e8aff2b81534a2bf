"""The window while a scan is read: a scanned PDF of the project's samples (printed here, 300
dpi, 2 pages each, as many copies as asked, each lightly speckled its own way) imported from
the real main window, with a timer asking the event loop every 20 ms. Prints how late the
timer came (the window's longest freeze), the pages read and their seconds. Target: no freeze
a user notices (under 100 ms).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_ocr_window.py [--copies 5] [--gaps]
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
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from db import Library  # noqa: E402
from desktop.window.main_window import MainWindow  # noqa: E402
from tests.ocr_pages import Options, pdf_bytes, render_pages  # noqa: E402

TICK_MS = 20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=5, help="the samples printed this often")
    parser.add_argument("--gaps", action="store_true", help="print when the timer came late")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    samples = sorted((ROOT / "resources" / "samples").glob("*.txt"))
    # each copy its own speckles: the OCR cache knows a page it has read by its pixels
    pages = [page for copy in range(args.copies) for sample in samples
             for page in render_pages(sample.read_text("utf-8"),
                                      Options(dpi=300, noise=0.002, seed=copy))]
    with tempfile.TemporaryDirectory() as folder:
        os.environ["YANDU_OCR_CACHE"] = str(Path(folder) / "cache")  # nothing read before
        scan = Path(folder) / "scan.pdf"
        scan.write_bytes(pdf_bytes(pages, 300))
        library = Library(Path(folder) / "library.sqlite")
        window = MainWindow(library, QSettings(str(Path(folder) / "s.ini"),
                                               QSettings.Format.IniFormat))
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append((now - last[0]) * 1000 - TICK_MS)
            if args.gaps and gaps[-1] > 50:
                print(f"  {now - began:.2f} s: {gaps[-1]:.0f} ms late", flush=True)
            last[0] = now
        timer = QTimer()
        timer.timeout.connect(tick)
        began = time.perf_counter()
        timer.start(TICK_MS)
        window.importing.import_paths([str(scan)])
        while window.importing.busy():
            app.processEvents()
            time.sleep(0.002)
        took = time.perf_counter() - began
        timer.stop()
        speeches = library.speeches.count()
        window.close()
        library.close()
    late = sorted(gaps)
    print(f"{len(pages)} pages (300 dpi) read and imported in {took:.1f} s, "
          f"{took / len(pages):.2f} s a page, {speeches} speeches")
    print(f"event loop, asked every {TICK_MS} ms: late by {statistics.median(late):.0f} ms "
          f"(median), {late[int(0.99 * (len(late) - 1))]:.0f} ms (p99), {late[-1]:.0f} ms "
          f"(worst) over {len(late)} ticks; target: under 100 ms")


if __name__ == "__main__":
    main()
