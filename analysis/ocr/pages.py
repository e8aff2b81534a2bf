"""Page images to read: from image files (Pillow; HEIC/HEIF through pillow-heif) and from the
pages of a PDF that have no usable text layer (rendered with pypdfium2). Memory stays bounded:
an image's size is read from its header before it is decoded, a big one is decoded shrunk and
an absurd one refused."""
from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterable, Iterator
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

from analysis.errors import InputError
from analysis.ocr.engine import MAX_SIDE

# A4 at 200 dpi is 1654 × 2339 px, just within engine.MAX_SIDE: 16 pt type is 44 px high, the
# recognition model's own line height (48 px). A 300 dpi scan of the samples rendered at 200
# dpi reads with the same 0.19 % errors as at 300 (benchmarks/bench_ocr.py --pdf-dpi), and a
# 10.5 pt footnote still has 29 px.
PDF_DPI = 200
MAX_PIXELS = 80_000_000  # a 10,000 × 8,000 photo; anything larger is no page of text
MIN_SIDE = 16
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".heic", ".heif")

_CJK = re.compile(r"[\u3400-\u9fff]")
_ODD = re.compile(r"[\ue000-\uf8ff\ufffd\x00-\x08\x0e-\x1f]")
_FIGURE = re.compile(r"[0-9０-９.,，。、：:；;%％（）()《》“”\-—]")
SCAN_SHARE = 0.5  # of a page a picture covers for the page to be a scan


def _register_heif() -> None:
    try:
        from pillow_heif import register_heif_opener
    except ImportError:  # HEIC is optional: without the opener, a HEIC file is refused
        return
    register_heif_opener()


def image_pages(data: bytes, name: str) -> Iterator[Image.Image]:
    """Each page of an image file (a TIFF may hold several), upright and at most MAX_SIDE
    pixels on its long side."""
    _register_heif()
    try:
        with warnings.catch_warnings():
            # Pillow's own guard against huge images warns or refuses at open; the size is
            # checked here, against a lower limit, before anything is decoded.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            # a damaged file is said in one line below, not in Pillow's warnings
            warnings.simplefilter("ignore", UserWarning)
            image = Image.open(io.BytesIO(data))
            frames = getattr(image, "n_frames", 1)
            for frame in range(frames):
                image.seek(frame)
                yield _page(image, name)
    except InputError:
        raise
    except UnidentifiedImageError:
        raise InputError(name, "not an image Yandu can read") from None
    except Image.DecompressionBombError:
        raise InputError(name, "the image is too large to be a page (more than {limit:,} "
                               "pixels)", limit=MAX_PIXELS) from None
    except (OSError, SyntaxError, ValueError, EOFError, TypeError) as error:
        # Pillow's words on one line: a truncated HEIC's message has a line break in it
        raise InputError(name, "damaged image: it cannot be decoded ({error})",
                         error=" ".join(str(error).split()) or type(error).__name__) from None


def page_count(data: bytes, name: str) -> int:
    """How many pages an image file holds (a TIFF may hold several), from its header."""
    _register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            warnings.simplefilter("ignore", UserWarning)
            return getattr(Image.open(io.BytesIO(data)), "n_frames", 1)
    except Exception:
        return 1  # image_pages says what is wrong with it


def _page(image: Image.Image, name: str) -> Image.Image:
    width, height = image.size  # from the header: nothing is decoded yet
    if width * height > MAX_PIXELS:
        raise InputError(name, "the image is too large to be a page ({pixels:,} pixels; "
                               "the limit is {limit:,})", pixels=width * height, limit=MAX_PIXELS)
    if min(width, height) < MIN_SIDE:
        raise InputError(name, "the image is too small to hold text ({width} × {height} pixels)",
                         width=width, height=height)
    if image.format == "JPEG" and max(width, height) > MAX_SIDE:
        # Decode at 1/2, 1/4 or 1/8 scale straight away: a big photo never sits in memory whole.
        image.draft("RGB", (width * MAX_SIDE // max(width, height),
                            height * MAX_SIDE // max(width, height)))
    image.load()
    page = ImageOps.exif_transpose(image) or image
    if page.mode not in ("RGB", "L"):
        page = page.convert("RGBA") if "A" in page.mode or page.mode == "P" else page.convert("RGB")
    if page.mode == "RGBA":  # a transparent background is paper
        paper = Image.new("RGB", page.size, "white")
        paper.paste(page, mask=page.getchannel("A"))
        page = paper
    if max(page.size) > MAX_SIDE:
        page = page.copy()
        page.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return page.convert("RGB")


def usable_text(text: str) -> bool:
    """Whether a PDF page's text layer can be read as it is: it has Chinese, little of it is
    private-use or replacement characters, and most of it is Chinese, digits or punctuation (a
    scan whose text layer is an unmapped font reads as stray letters; a table of figures is
    mostly digits)."""
    visible = len("".join(text.split()))
    cjk = len(_CJK.findall(text))
    plain = cjk + len(_FIGURE.findall(text))
    return cjk >= 5 and len(_ODD.findall(text)) <= 0.05 * visible and plain >= 0.5 * visible


def covered_by_a_picture(data: bytes, numbers: Iterable[int]) -> list[int]:
    """Which of the pages `numbers` (from 0) of a PDF a picture covers most of: a scanned page;
    not a page with a logo, a seal, a photo beside the text or a chart. The PDF is opened once
    for all of them."""
    import pypdfium2  # type: ignore[import-untyped]  # it ships no types
    document = pypdfium2.PdfDocument(data)
    try:
        return [number for number in numbers if _covered(pypdfium2, document[number])]
    finally:
        document.close()


def _covered(pypdfium2: Any, page: Any) -> bool:
    width, height = page.get_size()
    covered = 0.0
    for picture in page.get_objects(filter=(pypdfium2.raw.FPDF_PAGEOBJ_IMAGE,)):
        left, bottom, right, top = picture.get_bounds()
        covered = max(covered, max(0.0, min(right, width) - max(left, 0.0))
                      * max(0.0, min(top, height) - max(bottom, 0.0)))
    return covered >= SCAN_SHARE * width * height


def rendered_pdf_pages(data: bytes, numbers: Iterable[int]) -> Iterator[Image.Image]:
    """Pages `numbers` (from 0) of a PDF as images at PDF_DPI, no larger than MAX_SIDE, each
    made when asked for (one page in memory), from one opening of the PDF."""
    import pypdfium2
    document = pypdfium2.PdfDocument(data)
    try:
        for number in numbers:
            page = document[number]
            width, height = page.get_size()  # in points
            scale = min(PDF_DPI / 72, MAX_SIDE / max(width, height, 1))
            yield page.render(scale=scale).to_pil().convert("RGB")
    finally:
        document.close()


def render_pdf_page(data: bytes, index: int) -> Image.Image:
    """Page `index` (from 0) of a PDF as an image (see rendered_pdf_pages)."""
    return next(rendered_pdf_pages(data, [index]))
