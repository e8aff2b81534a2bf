"""Scans and photos → text: each page read (or taken from the cache), its lines put in
reading order, and the characters the engine was unsure of kept as marks that each speech
finds again in its own text."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PIL import Image

from analysis.errors import InputError
from analysis.ocr import cache, check_cancelled, engine, report
from analysis.ocr.layout import Page, Paragraph, paragraphs
from analysis.ocr.pages import image_pages, page_count

# A character read with less confidence than this is marked uncertain. On the benchmark's
# pages (benchmarks/bench_ocr.py --threshold: 19,157 characters, 34 misread) it marks all 34
# and 109 that were read right (0.6 %); at 0.8, 33 and 76; at 0.95, 34 and 165.
UNCERTAIN = 0.9
CONTEXT = 6  # characters each side of an uncertain run that find it again
MIN_CJK = 10  # fewer Chinese characters than this on all the pages: no text was found
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass
class OcrText:
    paragraphs: list[Paragraph]

    def text_of(self, page: int) -> str:
        return "\n".join(paragraph.text for paragraph in self.paragraphs
                         if paragraph.page == page)


def read_images(images: Iterable[Image.Image], total: int, name: str,
                numbers: Sequence[int] | None = None, required: bool = True) -> OcrText:
    """Read `total` pages, each made only when its turn comes (`images` is a generator: one
    page image in memory at a time); `numbers` are their positions in the file (a PDF's pages
    with a text layer of their own are not among them). Unless `required`, pages without text
    are no error."""
    numbers = list(numbers) if numbers is not None else list(range(total))
    pages = []
    check_cancelled()
    engine.load_in_background()  # while the first page is rendered or decoded
    for done, image in enumerate(images):
        check_cancelled()
        pages.append(Page(cache.read_lines(image), image.width, image.height,
                          number=numbers[done]))
        del image  # before the generator makes the next page: one page in memory
        report(done + 1, total)
    found = OcrText(paragraphs(pages))
    if required and sum(len(_CJK.findall(p.text)) for p in found.paragraphs) < MIN_CJK:
        raise InputError(name, "OCR found no Chinese text (pages read: {pages})", pages=total)
    return found


def read_image_file(data: bytes, name: str) -> tuple[str, list[tuple[str, str, str]], int]:
    """An image file's text, its uncertain marks and how many pages it has."""
    total = page_count(data, name)
    found = read_images(image_pages(data, name), total, name)
    text = "\n".join(paragraph.text for paragraph in found.paragraphs)
    return text, marks(found.paragraphs), total


def marks(found: list[Paragraph]) -> list[tuple[str, str, str]]:
    """(before, quote, after) of each run of uncertain characters, in reading order."""
    text = "\n".join(paragraph.text for paragraph in found)
    confidences = [c for paragraph in found for c in [*paragraph.confidences, 1.0]]
    result = []
    position = 0
    while position < len(text):
        if confidences[position] < UNCERTAIN and not text[position].isspace():
            end = position + 1
            while end < len(text) and confidences[end] < UNCERTAIN and text[end] != "\n":
                end += 1
            result.append((text[max(0, position - CONTEXT):position], text[position:end],
                           text[end:end + CONTEXT]))
            position = end
        else:
            position += 1
    return result


def locate(text: str, found: list[tuple[str, str, str]]) -> list[tuple[int, int]]:
    """Where each uncertain run is in a speech's text, as (start, end); runs that are not in
    it (another speech's, or furniture that cleaning took out) are left out. Spacing and line
    breaks are ignored: cleaning joins lines."""
    kept = [position for position, char in enumerate(text) if not char.isspace()]
    squeezed = "".join(text[position] for position in kept)
    ranges = []
    at = 0
    for before, quote, after in found:
        before, quote, after = ("".join(part.split()) for part in (before, quote, after))
        place = squeezed.find(before + quote + after, at)
        if place < 0 or not quote:
            continue
        start = place + len(before)
        end = start + len(quote)
        ranges.append((kept[start], kept[end - 1] + 1))
        at = start
    return ranges
