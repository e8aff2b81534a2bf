import io
import zipfile
from xml.etree import ElementTree

import pytest

from analysis import InputError
from analysis.readers.archive import MAX_UNPACKED, elements, open_zip


def test_not_a_zip_is_none_and_a_bomb_is_refused():
    assert open_zip(b"plain text", "a.epub") is None
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.xml", b"\0" * (MAX_UNPACKED + 1))
    with pytest.raises(InputError, match="unpacks to 200 MB; refusing it"):
        open_zip(buffer.getvalue(), "bomb.ofd")


def test_elements_are_found_whatever_their_namespace():
    root = ElementTree.fromstring('<a xmlns:o="urn:x"><o:TextCode>甲</o:TextCode>'
                                  "<textcode>乙</textcode></a>")
    assert [element.text for element in elements(root, "textcode")] == ["甲", "乙"]
