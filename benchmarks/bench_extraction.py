"""Extraction speed: the full analysis of the corpus repeated to about 5 MB, next to
jieba.lcut over the same text in the same run (issue: analyze costs at most 2× jieba.lcut).

    python benchmarks/bench_extraction.py [--corpus DIR] [--megabytes 5]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from analysis.pipeline import analyze_bytes
from analysis.tokens import words

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--megabytes", type=float, default=5.0)
    args = parser.parse_args()
    pieces = [path.read_text("utf-8") for path in sorted(args.corpus.glob("*.txt"))]
    one_round = "\n".join(pieces)
    rounds = max(1, round(args.megabytes * 2**20 / len(one_round.encode())))
    # One file per corpus file per round, as an import would see them.
    files = [piece for _ in range(rounds) for piece in pieces]
    chars = sum(len(piece) for piece in files)
    size = sum(len(piece.encode()) for piece in files)
    words("预热")  # load both dictionaries before timing: the load is not per-file work
    import jieba
    jieba.lcut("预热")

    began = time.perf_counter()
    speeches = sum(len(analyze_bytes(piece.encode(), f"{n}.txt").speeches)
                   for n, piece in enumerate(files))
    analyze_seconds = time.perf_counter() - began

    began = time.perf_counter()
    for piece in files:
        jieba.lcut(piece)
    jieba_seconds = time.perf_counter() - began

    print(f"text: {size / 2**20:.1f} MB, {chars:,} characters, {len(files)} files, "
          f"{speeches} speeches")
    print(f"{'analyze (read→clean→split→outline→mentions)':<46}"
          f"{chars / analyze_seconds:>12,.0f} chars/s  {analyze_seconds:6.2f} s")
    print(f"{'jieba.lcut':<46}{chars / jieba_seconds:>12,.0f} chars/s  {jieba_seconds:6.2f} s")
    print(f"analyze costs {analyze_seconds / jieba_seconds:.2f}× jieba.lcut (target ≤ 2×)")


if __name__ == "__main__":
    main()
