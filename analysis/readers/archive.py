"""ZIP archives of XML documents (Word .docx, EPUB, OFD): opened with a limit on what they
unpack to, and their elements found by local name, whatever the namespace."""
from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from analysis.errors import InputError

MAX_UNPACKED = 200 * 1024 * 1024


def open_zip(data: bytes, name: str) -> zipfile.ZipFile | None:
    """The archive, None when the bytes are not a ZIP archive; InputError for a ZIP bomb."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return None
    unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_UNPACKED:
        raise InputError(name, "the archive unpacks to {size} MB; refusing it",
                         size=unpacked // 2**20)
    return archive


def local(tag: str) -> str:
    """An XML tag without its namespace: {urn:…}rootfile → rootfile."""
    return tag.rsplit("}", 1)[-1].lower()


def elements(root: ElementTree.Element, name: str) -> list[ElementTree.Element]:
    return [element for element in root.iter() if local(element.tag) == name]
