import pytest

from analysis import InputError, analyze_bytes
from tests.documents import ofd
from tests.speeches import SAFETY


def test_text_objects_become_lines_in_page_order():
    lines = SAFETY.split("\n")
    [speech] = analyze_bytes(ofd(lines, "镇长讲话"), "公文.ofd").speeches
    assert lines[1] in speech.text and lines[-1] in speech.text
    assert speech.text.index(lines[1]) < speech.text.index(lines[-1])


def test_a_zip_that_is_not_ofd_is_refused():
    import io
    import zipfile
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hello")
    with pytest.raises(InputError, match="no OFD.xml"):
        analyze_bytes(buffer.getvalue(), "假.ofd")
