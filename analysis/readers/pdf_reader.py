"""PDF → text lines, page by page: from the text layer, or through OCR for the pages that
have none worth reading (a scan)."""
from __future__ import annotations

import io
import logging

import pypdf
from pypdf.errors import PdfReadError

from analysis.errors import InputError
from analysis.model import PageMeta


def read_pdf(data: bytes, name: str) -> tuple[str, PageMeta]:
    if not data.startswith(b"%PDF"):
        raise InputError(name, "not a PDF file (no %PDF header)")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        # A PDF that only restricts what may be done with it opens with an empty password.
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(name, "the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        pictured = [_has_image(page) for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise InputError(name, "damaged PDF ({error})", error=str(error)) from None
    page = PageMeta()
    info = reader.metadata
    if info and info.title:
        page.title = str(info.title)
    pages = _scanned_pages_read(data, name, pages, pictured, page)
    # A page break is a line break: a sentence running onto the next page is joined like any wrap.
    text = "\n".join(text.strip("\n") for text in pages)
    if not text.strip():
        raise InputError(name, "the PDF has neither a text layer nor scanned pages (pages: "
                               "{pages})", pages=len(pages))
    return text, page


def _has_image(page: pypdf.PageObject) -> bool:
    resources = page.get("/Resources")
    objects = resources.get_object().get("/XObject") if resources else None
    if not objects:
        return False
    return any(item.get_object().get("/Subtype") in ("/Image", "/Form")
               for item in objects.get_object().values())


def _scanned_pages_read(data: bytes, name: str, pages: list[str], pictured: list[bool],
                        meta: PageMeta) -> list[str]:
    """The pages' texts, those with no usable text layer under a picture that covers most of
    the page (a scan, or a scan under a text layer of unmapped characters) read through OCR.
    Scanned pages that give no text are no error when other pages have some."""
    from analysis.ocr.pages import covered_by_a_picture, usable_text
    scanned = covered_by_a_picture(data, [number for number, text in enumerate(pages)
                                          if pictured[number] and not usable_text(text)])
    if not scanned:
        return pages
    from analysis.ocr.pages import rendered_pdf_pages
    from analysis.ocr.reader import marks, read_images
    typed = any(text.strip() for number, text in enumerate(pages) if number not in scanned)
    found = read_images(rendered_pdf_pages(data, scanned), len(scanned), name, scanned,
                        required=not typed)
    meta.ocr_pages = len(scanned)
    meta.uncertain = marks(found.paragraphs)
    return [found.text_of(number) if number in scanned else text
            for number, text in enumerate(pages)]

