"""EPUB e-books: the chapters in reading order (the spine of the package), as HTML text."""
from __future__ import annotations

import posixpath
from xml.etree import ElementTree

from analysis.errors import InputError
from analysis.model import PageMeta
from analysis.readers.archive import elements, open_zip
from analysis.readers.html_reader import read_html


def read_epub(data: bytes, name: str) -> tuple[str, PageMeta]:
    archive = open_zip(data, name)
    if archive is None:
        raise InputError(name, "not an EPUB e-book (it is not a ZIP archive)")
    try:
        container = ElementTree.fromstring(archive.read("META-INF/container.xml"))
        package_path = elements(container, "rootfile")[0].attrib["full-path"]
        package = ElementTree.fromstring(archive.read(package_path))
    except (KeyError, IndexError, ElementTree.ParseError):
        raise InputError(name, "not an EPUB e-book (no package document inside)") from None
    folder = posixpath.dirname(package_path)
    items = {item.get("id"): item.get("href") for item in elements(package, "item")}
    chapters = []
    for reference in elements(package, "itemref"):
        href = items.get(reference.get("idref"))
        if not href:
            continue
        try:
            page = archive.read(posixpath.normpath(posixpath.join(folder, href)))
        except KeyError:
            continue
        text, _ = read_html(page.decode("utf-8", errors="replace"))
        chapters.append(text)
    titles = elements(package, "title")
    title = (titles[0].text or "").strip() if titles else ""
    return "\n\n".join(chapters), PageMeta(title=title or None)
