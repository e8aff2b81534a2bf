"""Reading scanned pages: the project's sample speeches printed (tests/ocr_pages.py) at 150 and
300 dpi, turned ±2°, noisy and JPEG-compressed, in two columns and as a 红头文件, then read back
through OCR. Prints the character error rate against the source (whitespace ignored, NFKC),
seconds a page, how many cores were busy, and the first page's latency from a fresh process.
Goals: CER ≤ 1 % at 300 dpi, ≤ 3 % at 150 dpi; first page ≤ 3 s.

    python benchmarks/bench_ocr.py [--quick] [--threshold] [--pdf-dpi 200 [--pdf-only]]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from rapidfuzz.distance import Levenshtein  # noqa: E402

from analysis.ocr import pages as ocr_pages  # noqa: E402
from analysis.ocr import watching  # noqa: E402
from analysis.ocr.reader import read_images  # noqa: E402
from tests.ocr_pages import Options, pdf_bytes, render_pages  # noqa: E402
from tests.ocr_text import cer, squeezed  # noqa: E402

SAMPLES = sorted((REPO / "resources" / "samples").glob("*.txt"))
RED_HEAD = dict(masthead="某某市人民政府文件", doc_number="某政发〔2024〕3号",
                header="某某市人民政府公报", page_numbers=True)
CASES = {
    "clean": {},
    "rotated +2°": {"rotation": 2.0},
    "rotated -2°": {"rotation": -2.0},
    "noise + JPEG 60": {"noise": 0.01, "jpeg_quality": 60},
    "two columns": {"columns": 2},
    "红头文件": RED_HEAD,
}
QUICK = ("clean", "rotated +2°", "noise + JPEG 60", "two columns")


@dataclass
class Result:
    pages: int = 0
    seconds: float = 0.0
    cpu: float = 0.0
    errors: int = 0
    chars: int = 0
    # each read character: (confidence, read right) for choosing the uncertainty threshold
    marks: list[tuple[float, bool]] | None = None


def source_of(text: str, options: Options) -> str:
    """What a reader sees printed: the 文号 is part of the page's text, the masthead not."""
    return (options.doc_number or "") + text


def read_case(text: str, options: Options) -> Result:
    images = render_pages(text, options)
    started, cpu = time.perf_counter(), time.process_time()
    found = read_images(iter(images), len(images), "bench")
    result = Result(len(images), time.perf_counter() - started, time.process_time() - cpu)
    read = "".join(paragraph.text for paragraph in found.paragraphs)
    confidences = [c for paragraph in found.paragraphs for c in paragraph.confidences]
    source = squeezed(source_of(text, options))
    kept = [(squeezed(char) or char, confidence) for char, confidence
            in zip(read, confidences, strict=True)
            if not char.isspace()]
    read_text = "".join(char for char, _ in kept)
    result.errors = Levenshtein.distance(source, read_text)
    result.chars = len(source)
    wrong = {op.dest_pos for op in Levenshtein.editops(source, read_text)
             if op.tag in ("replace", "insert")}
    result.marks = [(confidence, position not in wrong)
                    for position, (_, confidence) in enumerate(kept)]
    return result


def threshold_table(marks: list[tuple[float, bool]]) -> None:
    wrong = sum(1 for _, right in marks if not right)
    print(f"\nUncertainty threshold ({len(marks)} characters read, {wrong} wrong):")
    print(f"{'below':>7} {'marked':>7} {'errors caught':>14} {'right ones marked':>18}")
    for threshold in (0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98):
        marked = [right for confidence, right in marks if confidence < threshold]
        caught = sum(1 for right in marked if not right)
        print(f"{threshold:>7} {len(marked):>7} {caught:>6}/{wrong:<7} "
              f"{sum(marked):>8} ({sum(marked) / max(1, len(marks)):.2%})")


FIRST_PAGE = """
import sys, time
started = float(sys.argv[2])
from analysis.ocr import watching
from analysis.pipeline import read
def progress(done, total):
    if done == 1:
        print(f"{time.time() - started:.2f}", flush=True)
with watching(progress=progress):
    read(open(sys.argv[1], "rb").read(), "scan.pdf")
"""


def first_page_latency(folder: Path, dpi: int) -> float:
    """Seconds from starting a fresh process to the first page of a two-page scanned PDF read
    (Python, the pipeline and the models loaded; nothing cached)."""
    text = SAMPLES[0].read_text("utf-8")
    path = folder / f"scan-{dpi}.pdf"
    path.write_bytes(pdf_bytes(render_pages(text, Options(dpi=dpi)), dpi))
    environment = {**os.environ, "YANDU_OCR_CACHE": str(folder / f"first-{dpi}")}
    started = time.time()
    done = subprocess.run([sys.executable, "-c", FIRST_PAGE, str(path), repr(started)],
                          cwd=REPO, capture_output=True, text=True, env=environment,
                          check=True)
    return float(done.stdout.split()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer cases, the first sample")
    parser.add_argument("--threshold", action="store_true",
                        help="how the uncertainty threshold sorts right and wrong characters")
    parser.add_argument("--pdf-dpi", type=int, default=ocr_pages.PDF_DPI,
                        help="the dpi a scanned PDF page is rendered at")
    parser.add_argument("--pdf-only", action="store_true", help="only the scanned PDF case")
    args = parser.parse_args()
    ocr_pages.PDF_DPI = args.pdf_dpi
    samples = SAMPLES[:1] if args.quick else SAMPLES
    names = () if args.pdf_only else QUICK if args.quick else tuple(CASES)
    marks: list[tuple[float, bool]] = []
    print(f"{os.cpu_count()} cores; samples: {', '.join(path.name for path in samples)}")
    print(f"{'dpi':>4} {'case':<16} {'pages':>5} {'CER':>7} {'s/page':>7} {'cores':>6}")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["YANDU_OCR_CACHE"] = str(Path(folder) / "cache")  # nothing read before
        for dpi in (300, 150) if names else ():
            for name in names:
                total = Result()
                for sample in samples:
                    options = replace(Options(dpi=dpi), **CASES[name])  # type: ignore[arg-type]
                    result = read_case(sample.read_text("utf-8"), options)
                    total.pages += result.pages
                    total.seconds += result.seconds
                    total.cpu += result.cpu
                    total.errors += result.errors
                    total.chars += result.chars
                    marks += result.marks or []
                print(f"{dpi:>4} {name:<16} {total.pages:>5} "
                      f"{total.errors / total.chars:>7.2%} {total.seconds / total.pages:>7.2f} "
                      f"{total.cpu / total.seconds:>6.2f}", flush=True)
        print(f"\nScanned PDF pages rendered at {ocr_pages.PDF_DPI} dpi "
              f"(from a {300} dpi scan):")
        pdf_case(samples, Path(folder))
        for dpi in (300, 150) if names else ():
            print(f"First page of a {dpi} dpi scanned PDF from a fresh process: "
                  f"{first_page_latency(Path(folder), dpi):.2f} s")
    if args.threshold:
        threshold_table(marks)


def pdf_case(samples: list[Path], folder: Path) -> None:
    from analysis.readers.pdf_reader import read_pdf
    errors = chars = pages = 0
    seconds = 0.0
    for sample in samples:
        text = sample.read_text("utf-8")
        images = render_pages(text, Options(dpi=300))
        data = pdf_bytes(images, 300)
        os.environ["YANDU_OCR_CACHE"] = str(folder / f"pdf-{ocr_pages.PDF_DPI}-{sample.stem}")
        started = time.perf_counter()
        with watching():
            read, _ = read_pdf(data, sample.name)
        seconds += time.perf_counter() - started
        pages += len(images)
        errors += round(cer(text, read) * len(squeezed(text)))
        chars += len(squeezed(text))
    print(f"     CER {errors / chars:.2%}, {seconds / pages:.2f} s a page")


if __name__ == "__main__":
    main()
