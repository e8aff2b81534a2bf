"""Peak memory and time of importing one big file, each in a fresh process (issue 20's cases).

    python benchmarks/bench_import_memory.py

Files are generated into benchmarks/.cache/big-files/ once. The target is a peak of at most
600 MB for any file, and time growing linearly with size."""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
SENTENCE = "同志们：今年要切实做好安全生产工作，全年死亡31人，下降23.5%。"
MEASURE = ("import resource, sys; from desktop.cli.main import main; code = main(sys.argv[1:]); "
           "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); "
           "sys.exit(0)")


def files(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    base = (CORPUS / "clean-single.txt").read_text(encoding="utf-8", errors="replace")
    made = {}
    for megabytes in (5, 20, 50):
        path = folder / f"speeches-{megabytes}mb.txt"
        if not path.exists():
            with path.open("w", encoding="utf-8") as out:
                while out.tell() < megabytes * 2**20:
                    out.write(base)
        made[f"{megabytes} MB of speeches"] = path
    line = folder / "one-line-5m.txt"
    if not line.exists():
        line.write_text((SENTENCE * (5_000_000 // len(SENTENCE) + 1))[:5_000_000],
                        encoding="utf-8")
    made["one line of 5 million characters"] = line
    lines = folder / "million-lines.txt"
    if not lines.exists():
        lines.write_text("同志们：\n" + "安\n" * 1_000_000, encoding="utf-8")
    made["a million one-character lines"] = lines
    return made


def main() -> None:
    print(f"{'file':<36}{'MB':>6}{'seconds':>9}{'peak MB':>9}")
    for label, path in files(HERE / ".cache" / "big-files").items():
        with tempfile.TemporaryDirectory() as folder:
            began = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", MEASURE, "--db",
                                   str(Path(folder) / "library.sqlite"), "import", str(path)],
                                  cwd=HERE.parent, capture_output=True, text=True)
            seconds = time.perf_counter() - began
        peak = int(done.stderr.strip().splitlines()[-1]) / 1024  # ru_maxrss is in KB on Linux
        print(f"{label:<36}{path.stat().st_size / 2**20:>6.0f}{seconds:>9.1f}{peak:>9.0f}"
              f"{'' if peak <= 600 else '   over the 600 MB target'}")


if __name__ == "__main__":
    main()
