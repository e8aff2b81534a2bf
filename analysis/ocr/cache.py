"""Pages already read, kept so that importing a scan again does not read it again: one JSON
file a page, named by a hash of the page's pixels and the engine's version, in
$YANDU_OCR_CACHE or the user's cache folder. A damaged entry is read as no entry."""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from PIL import Image

from analysis.ocr import engine
from analysis.ocr.engine import Line

FORMAT = 2


def folder() -> Path:
    configured = os.environ.get("YANDU_OCR_CACHE")
    if configured:
        return Path(configured)
    import platformdirs
    return platformdirs.user_cache_path("yandu", appauthor=False) / "ocr"


def key(image: Image.Image) -> str:
    digest = hashlib.sha256(f"{FORMAT}; {engine.version()}; {image.mode} {image.size}".encode())
    digest.update(image.tobytes())
    return digest.hexdigest()


def load(page_key: str) -> list[Line] | None:
    try:
        entry = json.loads((folder() / f"{page_key}.json").read_text("utf-8"))
        return [Line([(float(x), float(y)) for x, y in line["box"]], str(line["text"]),
                     float(line["confidence"]), [float(c) for c in line["chars"]],
                     float(line["redness"]), [float(x) for x in line["xs"]])
                for line in entry["lines"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(page_key: str, lines: list[Line]) -> None:
    """Written whole or not at all (a temporary file renamed); a cache that cannot be
    written is no error: the page is read again next time."""
    entry = {"version": engine.version(),
             "lines": [{"box": line.box, "text": line.text, "confidence": line.confidence,
                        "chars": line.chars, "redness": line.redness, "xs": line.xs}
                       for line in lines]}
    try:
        target = folder()
        target.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(entry, file, ensure_ascii=False)
            os.replace(temporary, target / f"{page_key}.json")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass


def read_lines(image: Image.Image) -> list[Line]:
    """The page's lines, from the cache when it was read before."""
    page_key = key(image)
    lines = load(page_key)
    if lines is None:
        lines = engine.read_lines(image)
        store(page_key, lines)
    return lines
