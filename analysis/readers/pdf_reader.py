"""PDF with a text layer → text lines, page by page."""
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
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise InputError(name, "damaged PDF ({error})", error=str(error)) from None
    # A page break is a line break: a sentence running onto the next page is joined like any wrap.
    text = "\n".join(page.strip("\n") for page in pages)
    if not text.strip():
        raise InputError(name, "the PDF has no text layer (pages: {pages}; a scan?); run OCR "
                               "on it first", pages=len(pages))
    page = PageMeta()
    info = reader.metadata
    if info and info.title:
        page.title = str(info.title)
    return text, page
