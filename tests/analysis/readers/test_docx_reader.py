import io
import zipfile

import docx
import pytest

from analysis import InputError, analyze_bytes
from tests.speeches import SAFETY

TITLE = "镇长在全镇安全生产工作会议上的讲话"


def test_docx_reader_reads_paragraphs_in_order(tmp_path):
    document = docx.Document()
    document.core_properties.title = TITLE
    document.add_heading(TITLE, level=1)
    for line in SAFETY.split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    analysis = analyze_bytes(buffer.getvalue(), "speech.docx")
    assert analysis.format == "docx"
    [speech] = analysis.speeches
    assert speech.title == TITLE
    assert speech.text == SAFETY


def test_zip_that_is_not_a_docx_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "同志们")
    with pytest.raises(InputError, match="no word/document.xml"):
        analyze_bytes(buffer.getvalue(), "archive.docx")
