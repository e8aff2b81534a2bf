"""OFD (GB/T 33190, China's fixed-layout e-document): the text objects of every page in
page order, a new line where the text moves down the page."""
from __future__ import annotations

import re
from xml.etree import ElementTree

from analysis.errors import InputError
from analysis.model import PageMeta
from analysis.readers.archive import elements, open_zip

PAGE = re.compile(r"Pages/Page_(\d+)/Content\.xml$")


def read_ofd(data: bytes, name: str) -> tuple[str, PageMeta]:
    archive = open_zip(data, name)
    if archive is None:
        raise InputError(name, "not an OFD document (it is not a ZIP archive)")
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
