import io
import zipfile
from xml.etree import ElementTree

import pytest

from analysis import InputError, analyze_bytes
from analysis.readers.archive import MAX_MEMBER, MAX_UNPACKED, elements, open_zip


def _zip(members: dict[str, int]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, size in members.items():
            archive.writestr(name, b"\0" * size)
    return buffer.getvalue()


def test_not_a_zip_is_none_and_a_bomb_is_refused():
    assert open_zip(b"plain text", "a.epub") is None
    with pytest.raises(InputError, match="unpacks to more than 48 MB; refusing it"):
        open_zip(_zip({"big.xml": MAX_MEMBER + 1}), "bomb.ofd")
    many = {f"part{n}.xml": MAX_MEMBER - 1 for n in range(MAX_UNPACKED // MAX_MEMBER + 1)}
    with pytest.raises(InputError, match="more than 200 MB"):
        open_zip(_zip(many), "many.epub")


def test_a_member_that_lies_about_its_size_is_refused_not_unpacked(tmp_path):
    """The sizes an archive declares are not believed: here word/document.xml says it is 100
    bytes and holds 60 MB of zeros."""
    data = bytearray(_zip({"[Content_Types].xml": 10, "word/document.xml": 60 * 2**20}))
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = archive.getinfo("word/document.xml")
    for place in (info.header_offset + 22, data.rindex(b"PK\x01\x02") + 24):  # local, central
        data[place:place + 4] = (100).to_bytes(4, "little")
    with pytest.raises(InputError):
        analyze_bytes(bytes(data), "lying.docx")


def test_elements_are_found_whatever_their_namespace():
    root = ElementTree.fromstring('<a xmlns:o="urn:x"><o:TextCode>甲</o:TextCode>'
                                  "<textcode>乙</textcode></a>")
    assert [element.text for element in elements(root, "textcode")] == ["甲", "乙"]
