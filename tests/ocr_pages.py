"""Printed pages made from text, for the OCR tests and benchmarks/bench_ocr.py: the text drawn
with Pillow in a Chinese font, laid out like an official document (GB/T 9704: 16 pt type, 2
characters' indent), optionally as two columns, with a red masthead, a running header and page
numbers, then spoiled like a scan (rotated, noisy, JPEG-compressed)."""
from __future__ import annotations

import io
import random
import subprocess
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageDraw, ImageFont

A4_INCHES = (8.27, 11.69)
RED = (200, 20, 20)
NO_LINE_START = tuple("，。；：！？、）》”")


@cache
def cjk_font_file() -> tuple[str, int] | None:
    """A font file (and its index in a collection) that has Chinese characters, or None."""
    try:
        out = subprocess.run(["fc-list", ":lang=zh-cn:style=Regular", "-f", "%{file}|%{index}\n"],
                             capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    found = sorted({tuple(line.split("|")) for line in out.splitlines() if "|" in line},
                   key=lambda entry: ("Sans" not in entry[0], entry))  # a sans first, then any
    return (found[0][0], int(found[0][1])) if found else None


@dataclass
class Options:
    dpi: int = 150
    size: tuple[float, float] = A4_INCHES  # width, height in inches
    font_pt: float = 16
    columns: int = 1
    title: bool = True  # the first paragraph is a centred title
    masthead: str | None = None  # 某某市人民政府文件, in large red type over a red rule
    doc_number: str | None = None  # 某政发〔2024〕3号, under the masthead
    header: str | None = None  # a running header on every page
    page_numbers: bool = False  # "- 3 -" at the foot of each page
    rotation: float = 0.0  # degrees, counter-clockwise
    noise: float = 0.0  # share of pixels flipped to a random grey
    jpeg_quality: int | None = None
    seed: int = 1


class Pen:
    def __init__(self, options: Options):
        found = cjk_font_file()
        if found is None:
            raise RuntimeError("no font with Chinese characters (fc-list :lang=zh-cn)")
        self.file, self.index = found
        self.options = options
        self.dpi = options.dpi
        self.size = self.px_of_pt(options.font_pt)
        self.font = self.font_of(self.size)

    def px_of_pt(self, points: float) -> int:
        return round(points * self.dpi / 72)

    def font_of(self, size: int) -> ImageFont.FreeTypeFont:
        return ImageFont.truetype(self.file, size, index=self.index)

    def mm(self, millimetres: float) -> int:
        return round(millimetres / 25.4 * self.dpi)


def render_pages(text: str, options: Options | None = None) -> list[Image.Image]:
    """The text's paragraphs (one a line) printed on as many pages as they need."""
    options = options or Options()
    pen = Pen(options)
    width, height = (round(side * options.dpi) for side in options.size)
    left, right, top, bottom = pen.mm(28), pen.mm(26), pen.mm(30), pen.mm(30)
    gutter = pen.mm(10)
    column_width = (width - left - right - gutter * (options.columns - 1)) // options.columns
    per_line = column_width // pen.size
    line_height = round(pen.size * 1.6)
    lines = _lines(text, per_line, options.title)

    pages: list[Image.Image] = []
    while lines or not pages:
        page = Image.new("RGB", (width, height), "white")
        draw = ImageDraw.Draw(page)
        y0 = top
        if not pages and options.masthead:
            y0 = _masthead(draw, pen, width, top, options)
        if options.header:
            small = pen.font_of(pen.px_of_pt(10.5))
            draw.text((left, pen.mm(12)), options.header, font=small, fill="black")
        while lines and lines[0][1]:  # a centred title spans the columns
            line = lines.pop(0)[2]
            span = draw.textlength(line, font=pen.font)
            draw.text(((width - span) // 2, y0), line, font=pen.font, fill="black")
            y0 += line_height
        for column in range(options.columns):
            x0 = left + column * (column_width + gutter)
            y = y0
            while lines and y + line_height <= height - bottom:
                indent, _, line = lines.pop(0)
                draw.text((x0 + indent * pen.size, y), line, font=pen.font, fill="black")
                y += line_height
        if options.page_numbers:
            number = f"- {len(pages) + 1} -"
            small = pen.font_of(pen.px_of_pt(14))
            draw.text((width // 2 - pen.size, height - pen.mm(18)), number, font=small,
                      fill="black")
        pages.append(page)
    return [spoil(page, options) for page in pages]


def _lines(text: str, per_line: int, title: bool) -> list[tuple[int, bool, str]]:
    """(indent in characters, centred, text) of each printed line."""
    lines: list[tuple[int, bool, str]] = []
    paragraphs = [paragraph.strip() for paragraph in text.split("\n") if paragraph.strip()]
    for number, paragraph in enumerate(paragraphs):
        if number == 0 and title:
            lines.append((0, True, paragraph))
            continue
        indent = 2
        while paragraph:
            room = _fitting(paragraph, per_line - indent)
            if paragraph[room:room + 1] in NO_LINE_START:  # 避头: it hangs in the margin
                room += 1
            lines.append((indent, False, paragraph[:room]))
            paragraph, indent = paragraph[room:], 0
    return lines


def _fitting(text: str, room: float) -> int:
    """How many characters of `text` fill `room` full-width places (a digit or a Latin letter
    takes half of one)."""
    used = 0.0
    for count, char in enumerate(text):
        used += 0.5 if char.isascii() else 1
        if used > room:
            return count
    return len(text)


def _masthead(draw: ImageDraw.ImageDraw, pen: Pen, width: int, top: int,
              options: Options) -> int:
    """The red masthead, the 文号 under it and the red rule; where the text begins."""
    assert options.masthead
    big = pen.font_of(pen.px_of_pt(36))
    span = draw.textlength(options.masthead, font=big)
    draw.text(((width - span) // 2, top), options.masthead, font=big, fill=RED)
    y = top + pen.px_of_pt(36) * 2
    if options.doc_number:
        span = draw.textlength(options.doc_number, font=pen.font)
        draw.text(((width - span) // 2, y), options.doc_number, font=pen.font, fill="black")
        y += round(pen.size * 1.8)
    draw.line((pen.mm(28), y, width - pen.mm(26), y), fill=RED, width=max(2, pen.mm(0.8)))
    return y + pen.size * 2


def spoil(page: Image.Image, options: Options) -> Image.Image:
    """The page as a scanner or a camera gives it back."""
    if options.rotation:
        page = page.rotate(options.rotation, resample=Image.Resampling.BICUBIC,
                           expand=False, fillcolor="white")
    if options.noise:
        rng = random.Random(options.seed)
        pixels = page.load()
        assert pixels is not None
        for _ in range(int(page.width * page.height * options.noise)):
            grey = rng.randrange(256)
            pixels[rng.randrange(page.width), rng.randrange(page.height)] = (grey, grey, grey)
    if options.jpeg_quality:
        buffer = io.BytesIO()
        page.save(buffer, "JPEG", quality=options.jpeg_quality)
        page = Image.open(io.BytesIO(buffer.getvalue()))
        page.load()
    return page


def image_bytes(page: Image.Image, fmt: str = "PNG", **params: object) -> bytes:
    buffer = io.BytesIO()
    page.save(buffer, fmt, **params)
    return buffer.getvalue()


def pdf_bytes(pages: list[Image.Image], dpi: int = 150) -> bytes:
    """A scanned PDF: each page an image, no text layer."""
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    return buffer.getvalue()
