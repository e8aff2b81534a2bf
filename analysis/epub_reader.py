"""EPUB e-books: the chapters in reading order (the spine of the package), as HTML text."""
from __future__ import annotations

import io
import posixpath
import zipfile
from xml.etree import ElementTree

from analysis.docx_reader import MAX_UNPACKED
from analysis.errors import InputError
from analysis.html_reader import read_html
from analysis.model import PageMeta


def local(tag: str) -> str:
    """An XML tag without its namespace: {urn:…}rootfile → rootfile."""
    return tag.rsplit("}", 1)[-1].lower()


def elements(root: ElementTree.Element, name: str) -> list[ElementTree.Element]:
    return [element for element in root.iter() if local(element.tag) == name]


def read_epub(data: bytes, name: str) -> tuple[str, PageMeta]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(name, "not an EPUB e-book (it is not a ZIP archive)") from None
    if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED:
        raise InputError(name, "the archive unpacks to more than {size} MB; refusing it",
                         size=MAX_UNPACKED // 2**20)
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
