"""OFD (GB/T 33190, China's fixed-layout e-document): the text objects of every page in
page order, a new line where the text moves down the page."""
from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

from analysis.docx_reader import MAX_UNPACKED
from analysis.epub_reader import elements
from analysis.errors import InputError
from analysis.model import PageMeta

PAGE = re.compile(r"Pages/Page_(\d+)/Content\.xml$")


def read_ofd(data: bytes, name: str) -> tuple[str, PageMeta]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(name, "not an OFD document (it is not a ZIP archive)") from None
    if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED:
        raise InputError(name, "the archive unpacks to more than {size} MB; refusing it",
                         size=MAX_UNPACKED // 2**20)
    if "OFD.xml" not in archive.namelist():
        raise InputError(name, "not an OFD document (no OFD.xml inside)")
    pages = sorted((int(match.group(1)), path) for path in archive.namelist()
                   if (match := PAGE.search(path)))
    lines: list[str] = []
    try:
        for _, path in pages:
            line, last = "", None
            for text_object in elements(ElementTree.fromstring(archive.read(path)),
                                        "textobject"):
                boundary = text_object.get("Boundary", "0 0").split()
                y = _number(boundary[1] if len(boundary) > 1 else "0")
                if last is not None and abs(y - last) > 1 and line:  # the text moved down
                    lines.append(line)
                    line = ""
                line += "".join(code.text or "" for code in elements(text_object, "textcode"))
                last = y
            if line:
                lines.append(line)
        titles = elements(ElementTree.fromstring(archive.read("OFD.xml")), "title")
    except ElementTree.ParseError as error:
        raise InputError(name, "damaged OFD document ({error})", error=str(error)) from None
    title = (titles[0].text or "").strip() if titles else ""
    return "\n".join(lines), PageMeta(title=title or None)


def _number(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        return 0.0
