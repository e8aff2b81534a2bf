"""ZIP archives of XML documents (Word .docx, EPUB, OFD): opened with a limit on what they
unpack to, and their elements found by local name, whatever the namespace."""
from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from analysis.errors import InputError

MAX_UNPACKED = 200 * 1024 * 1024  # the whole archive
# One member: an XML part is parsed whole into a tree several times its size.
MAX_MEMBER = 48 * 1024 * 1024
CHUNK = 1024 * 1024


def open_zip(data: bytes, name: str) -> zipfile.ZipFile | None:
    """The archive, None when the bytes are not a ZIP archive; InputError for a ZIP bomb.
    What each member unpacks to is counted as it is read, a chunk at a time, not taken from
    what the archive declares: a member may lie about its size."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return None
    total = 0
    for info in archive.infolist():
        size = 0
        with archive.open(info) as member:
            while chunk := member.read(CHUNK):
                size += len(chunk)
                total += len(chunk)
                if size > MAX_MEMBER or total > MAX_UNPACKED:
                    raise InputError(name, "the archive unpacks to more than {size} MB; "
                                           "refusing it",
                                     size=(MAX_MEMBER if size > MAX_MEMBER else MAX_UNPACKED)
                                     // 2**20)
    return archive


def local(tag: str) -> str:
    """An XML tag without its namespace: {urn:…}rootfile → rootfile."""
    return tag.rsplit("}", 1)[-1].lower()


def elements(root: ElementTree.Element, name: str) -> list[ElementTree.Element]:
    return [element for element in root.iter() if local(element.tag) == name]
