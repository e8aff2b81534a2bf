"""How long the window's saves wait while a big file is imported (issue 30): a 20 MB file of
speeches imported by one process while another saves a highlight every 0.2 s, as the window
does while the user reads. The importer stores speech by speech, so no save should wait more
than 2 s; the wait of the same save with nothing else running is the anchor.

    python benchmarks/bench_import_lock.py [--megabytes 20]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from db import Library, LibraryError  # noqa: E402
from tests.speeches import FLOOD, SAFETY  # noqa: E402

IMPORT = ("import sys; from db import Library\n"
          "with Library(sys.argv[1]) as library:\n"
          "    print('ready', flush=True)\n"
          "    list(library.importer.import_paths([sys.argv[2]]))\n")


def saves(library: Library, speech_id: int, until) -> tuple[list[float], int]:
    """How long each save waited, and how many were refused (the library stayed locked past
    SQLite's busy timeout of 5 s)."""
    waits, refused = [], 0
    while not until():
        began = time.perf_counter()
        try:
            library.annotations.add(speech_id, 0, 8, "yellow", "边导入边保存")
        except LibraryError:
            refused += 1
        waits.append(time.perf_counter() - began)
        time.sleep(0.2)
    return waits, refused


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path, big = Path(folder) / "library.sqlite", Path(folder) / "big.txt"
        piece = "\n\n".join(f"在全县第{n}次安全生产工作会议上的讲话\n{SAFETY}\n{FLOOD}"
                            for n in range(100))
        with big.open("w", encoding="utf-8") as out:
            while out.tell() < args.megabytes * 2**20:
                out.write(piece + "\n\n")
        with Library(path) as library:
            library.importer.import_text(SAFETY, "安全讲话")
            speech = library.speeches.all()[0].id
            began = time.perf_counter()
            alone, _ = saves(library, speech, lambda: time.perf_counter() - began > 3)
            importer = subprocess.Popen([sys.executable, "-c", IMPORT, str(path), str(big)],
                                        cwd=HERE.parent, stdout=subprocess.PIPE, text=True)
            assert importer.stdout is not None and importer.stdout.readline().strip() == "ready"
            began = time.perf_counter()
            during, refused = saves(library, speech, lambda: importer.poll() is not None)
            imported = time.perf_counter() - began
            importer.stdout.close()
    print(f"a highlight saved every 0.2 s while {args.megabytes} MB of speeches were imported "
          f"({imported:.0f} s):")
    print(f"  alone            median {statistics.median(alone) * 1000:7.1f} ms   "
          f"longest {max(alone) * 1000:7.1f} ms   ({len(alone)} saves)")
    print(f"  during import    median {statistics.median(during) * 1000:7.1f} ms   "
          f"longest {max(during) * 1000:7.1f} ms   ({len(during)} saves, {refused} refused; "
          "target ≤ 2000 ms, none refused)")


if __name__ == "__main__":
    main()
