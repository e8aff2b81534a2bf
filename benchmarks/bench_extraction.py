"""Extraction speed: the full analysis of the corpus (its pages and real/) repeated to about
5 MB, next to jieba.lcut over the same text in the same run (analyze costs at most 2× jieba.lcut).

    python benchmarks/bench_extraction.py [--corpus DIR] [--megabytes 5] [--repeat 3]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from analysis.language.tokens import first_tag, words
from analysis.pipeline import analyze_bytes

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pieces = [path.read_text("utf-8") for path in sorted(args.corpus.rglob("*.txt"))]
    one_round = "\n".join(pieces)
    rounds = max(1, round(args.megabytes * 2**20 / len(one_round.encode())))
    # One file per corpus file per round, as an import would see them.
    files = [piece for _ in range(rounds) for piece in pieces]
    chars = sum(len(piece) for piece in files)
    size = sum(len(piece.encode()) for piece in files)
    words("预热")  # load the dictionaries before timing: the load is not per-file work
    first_tag("预热")  # …and the part-of-speech table
    import jieba
    jieba.lcut("预热")

    # Each side timed in turn, three times, and its fastest run kept: on this machine a
    # single run of jieba alone varied from 4.7 s to 6.9 s.
    analyze_runs, jieba_runs = [], []
    for _ in range(args.repeat):
        began = time.perf_counter()
        speeches = sum(len(analyze_bytes(piece.encode(), f"{n}.txt").speeches)
                       for n, piece in enumerate(files))
        analyze_runs.append(time.perf_counter() - began)
        began = time.perf_counter()
        for piece in files:
            jieba.lcut(piece)
        jieba_runs.append(time.perf_counter() - began)
    analyze_seconds, jieba_seconds = min(analyze_runs), min(jieba_runs)

    print(f"text: {size / 2**20:.1f} MB, {chars:,} characters, {len(files)} files, "
          f"{speeches} speeches")
    print(f"{'analyze (read→clean→split→outline→mentions)':<46}"
          f"{chars / analyze_seconds:>12,.0f} chars/s  {analyze_seconds:6.2f} s")
    print(f"{'jieba.lcut':<46}{chars / jieba_seconds:>12,.0f} chars/s  {jieba_seconds:6.2f} s")
    print(f"analyze costs {analyze_seconds / jieba_seconds:.2f}× jieba.lcut (target ≤ 2×)")


if __name__ == "__main__":
    main()
