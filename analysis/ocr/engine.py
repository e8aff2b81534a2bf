"""The OCR engine: RapidOCR's PP-OCR models (inside its wheel, run by onnxruntime), one per
process, loaded the first time a page is read. A page image becomes lines of text, each with
its box, its confidence, a confidence per character and how red its ink is."""
from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

from PIL import Image

# Pages are read at most this long (RapidOCR's own default is 2000): A4 at 200 dpi. Measured
# on 300 dpi pages of the samples, reading them at 2400 px makes as few errors as at 3600
# (0.11 %) in a third less time (3.7–4.1 s a page against 5.1–6.6); at 2000 one more error
# comes on a page turned 2°.
MAX_SIDE = 2400
# Lines are found on the page shrunk to this longest side (RapidOCR's default only ever grows
# a page, to 736 px on its shortest side), and read from the page itself. Measured on the
# first sample, turned 1°, noisy and JPEG 60, the machine otherwise idle: at 300 dpi 1.42 s a
# page with 0.32 % errors before, 0.76 s with 0.11 % after; at 150 dpi 0.78 s, 0.61 s, 0.11 %
# both. At 960 px the same errors in 0.59 s, but small print has less room.
DETECT_SIDE = 1280

_lock = threading.Lock()
_engine: Any = None
calls = 0  # pages read since the process started (the cache tests count them)


@dataclass
class Line:
    box: list[tuple[float, float]]  # four corners, clockwise from the top left
    text: str
    confidence: float
    chars: list[float] = field(default_factory=list)  # one per character of text
    redness: float = 0.0  # 0 black ink … 1 pure red
    xs: list[float] = field(default_factory=list)  # where each character's middle is, across

    @property
    def left(self) -> float:
        return min(x for x, _ in self.box)

    @property
    def right(self) -> float:
        return max(x for x, _ in self.box)

    @property
    def top(self) -> float:
        return min(y for _, y in self.box)

    @property
    def bottom(self) -> float:
        return max(y for _, y in self.box)

    @property
    def height(self) -> float:
        return self.bottom - self.top


def version() -> str:
    """What a cached result depends on: the engine and the models it ships."""
    return (f"rapidocr {metadata.version('rapidocr')}; onnxruntime "
            f"{metadata.version('onnxruntime')}; pages {MAX_SIDE}, lines found at {DETECT_SIDE}")


def load_in_background() -> None:
    """Start loading the engine (0.6 s) while the first page is made."""
    if _engine is None:
        threading.Thread(target=engine, name="ocr-engine", daemon=True).start()


def engine() -> Any:
    global _engine
    with _lock:
        if _engine is None:
            from rapidocr import RapidOCR
            logging.getLogger("RapidOCR").setLevel(logging.ERROR)
            threads = os.cpu_count() or 1
            _engine = RapidOCR(params={
                "Global.log_level": "error",
                "Global.max_side_len": MAX_SIDE,
                "Det.limit_type": "max",
                "Det.limit_side_len": DETECT_SIDE,
                "EngineConfig.onnxruntime.intra_op_num_threads": threads,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            })
        return _engine


def read_lines(image: Image.Image) -> list[Line]:
    """The lines of text on a page, in the order the engine found them."""
    import numpy as np
    global calls
    calls += 1
    rgb = image.convert("RGB")
    pixels = np.asarray(rgb)
    # RapidOCR takes an array as OpenCV's BGR.
    result = engine()(pixels[:, :, ::-1].copy(), return_word_box=True)
    if not result.txts:
        return []
    lines = []
    words = list(result.word_results) if result.word_results else []
    for index, (box, text, score) in enumerate(
            zip(result.boxes, result.txts, result.scores, strict=True)):
        corners = [(float(x), float(y)) for x, y in box]
        line_words = words[index] if index < len(words) else ()
        confidences, xs = char_facts(text, line_words, float(score), corners)
        lines.append(Line(corners, text, float(score), confidences,
                          redness(pixels, corners), xs))
    return lines


def char_facts(text: str, words: Any, score: float, box: list[tuple[float, float]]
               ) -> tuple[list[float], list[float]]:
    """A confidence and the middle's x for each character of `text`, from its word (a CJK
    character is a word of its own; digits and Latin letters come as runs); where no word
    covers it, the line's confidence and a place spread evenly along the line."""
    left, right = min(x for x, _ in box), max(x for x, _ in box)
    step = (right - left) / max(1, len(text))
    confidences = [score] * len(text)
    xs = [left + (position + 0.5) * step for position in range(len(text))]
    at = 0
    for word in words or ():
        piece, confidence = word[0], float(word[1])
        found = text.find(piece, at)
        if not piece or found < 0:
            continue
        confidences[found:found + len(piece)] = [confidence] * len(piece)
        if len(word) > 2 and word[2] is not None:
            word_left = min(float(x) for x, _ in word[2])
            width = (max(float(x) for x, _ in word[2]) - word_left) / len(piece)
            xs[found:found + len(piece)] = [word_left + (n + 0.5) * width
                                            for n in range(len(piece))]
        at = found + len(piece)
    return confidences, xs


def redness(pixels: Any, box: list[tuple[float, float]]) -> float:
    """How red the ink of a line is: the mean colour of its dark pixels (glyphs, not paper),
    red less the mean of green and blue, as a share of full scale."""
    import numpy as np
    height, width = pixels.shape[:2]
    left, right = max(0, int(min(x for x, _ in box))), min(width, int(max(x for x, _ in box)) + 1)
    top, bottom = max(0, int(min(y for _, y in box))), min(height, int(max(y for _, y in box)) + 1)
    crop = pixels[top:bottom, left:right].reshape(-1, 3).astype(np.int32)
    if not len(crop):
        return 0.0
    ink = crop[crop.min(axis=1) < 150]  # red ink is dark in green and blue
    if not len(ink):
        return 0.0
    red, green, blue = ink.mean(axis=0)
    return max(0.0, float(red - (green + blue) / 2) / 255)
