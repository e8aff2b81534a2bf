"""A read followed page by page, and stopped between pages."""
import pytest

from analysis import analyze_bytes
from analysis.ocr import OcrCancelled, engine, watching
from tests.ocr_pages import Options, pdf_bytes, render_pages

SPEECH = "\n".join(["安全生产工作会议讲话", "同志们："] + [
    f"第{n}段，各部门要认真落实安全生产责任制，排查整改隐患，确保不发生较大以上事故。" for n in range(6)])


def _three_pages() -> bytes:
    pages = render_pages(SPEECH, Options(size=(8.27, 4.2)))
    assert len(pages) == 3
    return pdf_bytes(pages)


def test_each_page_read_is_reported(cjk_font):
    reported = []
    with watching(progress=lambda done, total: reported.append((done, total))):
        [speech] = analyze_bytes(_three_pages(), "scan.pdf").speeches
    assert reported == [(1, 3), (2, 3), (3, 3)]
    assert "第5段" in speech.text


def test_a_cancelled_read_stops_between_pages(cjk_font):
    data = _three_pages()
    before = engine.calls
    reported = []
    with watching(progress=lambda done, total: reported.append(done),
                  cancelled=lambda: len(reported) == 1), pytest.raises(OcrCancelled):
        analyze_bytes(data, "scan.pdf")
    assert reported == [1] and engine.calls == before + 1


def test_outside_the_block_nothing_is_reported():
    with watching(progress=lambda done, total: pytest.fail("reported")):
        pass
    from analysis.ocr import report
    report(1, 1)
