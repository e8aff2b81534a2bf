"""Peak memory and time of importing one big file, each in a fresh process (issue 20's cases).

    python benchmarks/bench_import_memory.py

Files are generated into benchmarks/.cache/big-files/ once. The target is a peak of at most
600 MB for any file, and time growing linearly with size: the last column is seconds per
million characters. The largest file Yandu accepts (20 million characters, one speech of
5 million in it) is the worst case; bigger ones must be refused at once."""
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
    line = (SENTENCE * (5_000_000 // len(SENTENCE) + 1))[:5_000_000]
    made = {}
    for megabytes in (5, 20, 50):
        made[f"{megabytes} MB of speeches"] = _repeat(folder / f"speeches-{megabytes}mb.txt",
                                                     base, megabytes * 2**20)
    made["one line of 5 million characters"] = _write(folder / "one-line-5m.txt", line)
    made["a million one-character lines"] = _write(folder / "million-lines.txt",
                                                   "同志们：\n" + "安\n" * 1_000_000)
    wrapped = "安全生产工作事关人民群众生命财产安全各级各部门要高度重视切实抓好\n"  # no end mark
    made["5 M characters hard-wrapped, no sentence end"] = _write(
        folder / "hard-wrapped.txt", "同志们：\n" + wrapped * (5_000_000 // len(wrapped)))
    numbers = "第3条 1、2、3、4、5、"
    made["5 M characters of numbers, no sentence end"] = _write(
        folder / "numbers.txt", "同志们：" + numbers * (5_000_000 // len(numbers)))
    page = "".join(f"<p>{paragraph}</p>\n" for paragraph in base.splitlines() if paragraph)
    made["20 MB web page of speeches"] = _repeat(
        folder / "speeches-20mb.html",
        f"<div><h1>在全市安全生产工作会议上的讲话</h1>{page}</div>\n", 20 * 2**20,
        "<html><head><meta charset='utf-8'><title>汇编</title></head><body>")
    worst = folder / "largest-accepted.txt"
    if not worst.exists():
        speeches = (base * (15_000_000 // len(base)))[:14_990_000]
        _write(worst, speeches.rsplit("\n", 1)[0] + "\n\n在全省会议上的讲话\n" + line)
    made["20 M characters, one speech of 5 M"] = worst
    made["200 MB of speeches (refused)"] = _repeat(folder / "speeches-200mb.txt", base,
                                                   200 * 2**20)
    return made


def _repeat(path: Path, piece: str, size: int, head: str = "") -> Path:
    if not path.exists():
        with path.open("w", encoding="utf-8") as out:
            out.write(head)
            while out.tell() < size:
                out.write(piece)
    return path


def _write(path: Path, text: str) -> Path:
    if not path.exists():
        path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    print(f"{'file':<38}{'MB':>6}{'M chars':>9}{'seconds':>9}{'peak MB':>9}{'s/M chars':>11}")
    for label, path in files(HERE / ".cache" / "big-files").items():
        with tempfile.TemporaryDirectory() as folder:
            began = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", MEASURE, "--db",
                                   str(Path(folder) / "library.sqlite"), "import", str(path)],
                                  cwd=HERE.parent, capture_output=True, text=True)
            seconds = time.perf_counter() - began
        peak = int(done.stderr.strip().splitlines()[-1]) / 1024  # ru_maxrss is in KB on Linux
        chars = len(path.read_text(encoding="utf-8")) / 1e6
        outcome = done.stdout.strip().splitlines()[0] if done.stdout.strip() else "?"
        print(f"{label:<38}{path.stat().st_size / 2**20:>6.0f}{chars:>9.1f}{seconds:>9.1f}"
              f"{peak:>9.0f}{seconds / chars:>11.2f}"
              f"{'' if peak <= 600 else '   over the 600 MB target'}   ({outcome})")


if __name__ == "__main__":
    main()
