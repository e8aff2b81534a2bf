import io

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from analysis import InputError, analyze_bytes
from tests.speeches import SAFETY

TITLE = "镇长在全镇安全生产工作会议上的讲话"


def _pdf(pages: list[list[str]]) -> bytes:
    """A PDF with a text layer in a CJK font, one line of text per drawn string."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for lines in pages:
        pdf.setFont("STSong-Light", 11)
        for n, line in enumerate(lines):
            pdf.drawString(40, 800 - 18 * n, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pdf_reader_reads_the_text_layer():
    analysis = analyze_bytes(_pdf([[TITLE] + SAFETY.split("\n")]), "speech.pdf")
    assert analysis.format == "pdf"
    [speech] = analysis.speeches
    assert speech.title == TITLE
    assert speech.text == SAFETY


def test_pdf_without_text_layer_is_refused():
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.rect(100, 100, 200, 200, fill=1)
    pdf.showPage()
    pdf.save()
    with pytest.raises(InputError, match="neither a text layer nor scanned pages"):
        analyze_bytes(buffer.getvalue(), "scan.pdf")


def test_pdf_lines_wrapped_by_the_layout_are_joined_across_pages():
    paragraph = ("各乡镇、各部门要认真贯彻落实本次会议精神，结合实际制定具体措施，"
                 "把安全生产责任落实到每一个岗位、每一名职工，确保全年不发生较大以上事故。")
    lines = [paragraph[i:i + 30] for i in range(0, len(paragraph), 30)]
    data = _pdf([[TITLE, "同志们：", lines[0]], lines[1:]])
    [speech] = analyze_bytes(data, "wrapped.pdf").speeches
    assert speech.text == "同志们：\n" + paragraph


def _encrypted(user_password: str) -> bytes:
    import pypdf
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(
        _pdf([[TITLE] + SAFETY.split("\n")]))))
    writer.encrypt(user_password=user_password, owner_password="主人的密码",
                   permissions_flag=0b0100)  # printing only
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_a_pdf_that_only_restricts_use_is_read_and_a_locked_one_refused():
    [speech] = analyze_bytes(_encrypted(""), "restricted.pdf").speeches
    assert speech.title == TITLE
    with pytest.raises(InputError, match="encrypted"):
        analyze_bytes(_encrypted("密码"), "locked.pdf")
