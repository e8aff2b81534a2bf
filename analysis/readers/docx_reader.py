"""Word .docx → text lines: body paragraphs and table cells, in document order."""
from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import docx
from docx.document import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from analysis.errors import InputError
from analysis.model import PageMeta
from analysis.readers.archive import open_zip


def read_docx(data: bytes, name: str) -> tuple[str, PageMeta]:
    archive = open_zip(data, name)
    if archive is None:
        raise InputError(name, "not a Word .docx file (it is not a ZIP archive)")
    if "word/document.xml" not in archive.namelist():
        raise InputError(name, "not a Word .docx file (no word/document.xml inside)")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds on damaged files
        raise InputError(name, "damaged Word file ({kind}: {error})",
                         kind=error.__class__.__name__, error=str(error)) from None
    lines = list(_paragraphs(document))
    page = PageMeta(title=(document.core_properties.title or None))
    if document.core_properties.created:
        page.date = document.core_properties.created.date().isoformat()
    return "\n".join(lines), page


def _paragraphs(document: Document) -> Iterator[Any]:
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    yield cell.text
