"""Scans and photos through the whole pipeline: pages printed here, read back as speeches."""
import io

import pytest
from PIL import Image, ImageDraw

from analysis import analyze_bytes
from analysis.errors import InputError
from analysis.ocr import engine
from analysis.ocr.reader import locate
from analysis.pipeline import read
from analysis.readers.formats import SUPPORTED_SUFFIXES
from tests.conftest import REPO
from tests.ocr_pages import Options, image_bytes, pdf_bytes, render_pages
from tests.ocr_text import cer

from .conftest import need_cjk_font

SAMPLE = (REPO / "resources" / "samples" / "01-全市安全生产工作会议讲话.txt").read_text("utf-8")
RED_HEAD = Options(masthead="某某市人民政府文件", doc_number="某政发〔2024〕3号",
                   header="某某市人民政府公报", page_numbers=True)


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    """The sample speech as a 红头文件 of two scanned pages, read once for the tests here."""
    need_cjk_font()
    pages = render_pages(SAMPLE, RED_HEAD)
    assert len(pages) == 2
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("YANDU_OCR_CACHE", str(tmp_path_factory.mktemp("ocr")))
        return analyze_bytes(pdf_bytes(pages), "红头文件.pdf")


def test_a_scanned_pdf_becomes_a_speech_with_its_head_read(scan):
    [speech] = scan.speeches
    assert speech.ocr
    assert speech.title == "副市长在全市安全生产工作会议上的讲话"
    assert (speech.date, speech.doc_number) == ("2023-02-16", "某政发〔2024〕3号")
    headings = [entry.label + entry.title for entry in speech.outline if entry.kind == "heading"]
    assert headings[:3] == ["一、肯定成绩，清醒认识当前安全生产形势", "二、突出重点，全力抓好今年各项工作任务",
                            "（一）压紧压实安全生产责任"]
    figures = {figure.text for figure in speech.mentions.figures}
    assert {"42起", "2.35亿元", "3600余家"} <= figures
    assert len(speech.mentions.directives) >= 8


def test_a_scan_reads_back_close_to_its_source_without_the_furniture(scan):
    [speech] = scan.speeches
    body = SAMPLE[SAMPLE.index("同志们："):]
    assert cer(body, speech.text.replace("某政发〔2024〕3号\n", "")) < 0.02
    for furniture in ("某某市人民政府文件", "公报", "- 1 -", "-1-"):
        assert furniture not in speech.text
    assert "\n三、加强领导，确保各项措施落到实处\n" in speech.text  # paragraphs as printed


def test_the_uncertain_characters_are_ranges_of_the_speech_text(scan):
    [speech] = scan.speeches
    assert all(0 <= start < end <= len(speech.text) for start, end in speech.uncertain)
    assert speech.uncertain == sorted(speech.uncertain)


def test_uncertain_characters_are_found_again_in_a_changed_text():
    marks = [("总结去年全", "市", "安全生产工"), ("各部", "内", "必须严格"), ("完了", "谢", "")]
    text = "今天召开会议，总结去年全\n市安全生产工作。\n各区县、各部内必须严格落实。"
    assert [text[start:end] for start, end in locate(text, marks)] == ["市", "内"]


def test_a_two_column_page_is_read_column_by_column(cjk_font):
    text = "\n".join(["两栏排版的讲话", "左栏第一段，讲的是安全生产责任制的落实，各部门要各负其责。",
                      "左栏第二段，讲的是隐患排查治理，要做到全覆盖。",
                      "右栏第一段，讲的是执法检查，要坚持四不放过原则。",
                      "右栏第二段，讲的是应急处置，要在六月底前修订预案。"])
    [page] = render_pages(text, Options(columns=2, size=(8.27, 4.5)))
    raw = read(image_bytes(page), "两栏.png")
    assert raw.format == "image" and raw.page.ocr_pages == 1
    order = [raw.text.index(part) for part in ("两栏排版", "左栏第一段", "左栏第二段", "右栏第一段",
                                               "右栏第二段")]
    assert order == sorted(order)


def test_images_are_files_yandu_reads():
    assert {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".heic"} <= set(SUPPORTED_SUFFIXES)


def _photo_without_text() -> bytes:
    """Shapes and gradients, like a photo of a cat: no writing anywhere."""
    photo = Image.linear_gradient("L").resize((800, 600)).convert("RGB")
    draw = ImageDraw.Draw(photo)
    draw.ellipse((200, 150, 600, 500), fill=(180, 120, 60))
    draw.polygon([(250, 200), (300, 60), (350, 200)], fill=(150, 100, 50))
    draw.polygon([(450, 200), (500, 60), (550, 200)], fill=(150, 100, 50))
    draw.ellipse((300, 260, 340, 300), fill="green")
    draw.ellipse((460, 260, 500, 300), fill="green")
    return image_bytes(photo, "JPEG")


def _blank_pdf() -> bytes:
    return pdf_bytes([Image.new("RGB", (1240, 1754), "white")] * 2)


def _pages_tiff() -> bytes:
    """Three pages in one TIFF, as a scanner saves them."""
    page = Image.new("RGB", (1240, 1754), "white")
    buffer = io.BytesIO()
    page.save(buffer, "TIFF", save_all=True, append_images=[page, page], compression="tiff_lzw")
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "make", "reason"), [
    ("blank.png", lambda: image_bytes(Image.new("RGB", (1240, 1754), "white")),
     "OCR found no Chinese text (pages read: 1)"),
    ("cat.jpg", _photo_without_text, "OCR found no Chinese text"),
    ("blank.pdf", _blank_pdf, "OCR found no Chinese text (pages read: 2)"),
    ("huge.png", lambda: image_bytes(Image.new("1", (10_000, 10_000))), "too large to be a page"),
    ("cut.jpg", lambda: image_bytes(Image.new("RGB", (1240, 1754), "white"), "JPEG")[:2000],
     "damaged image"),
    ("cut.tiff", lambda: _pages_tiff()[:-400], "damaged image"),
])
def test_a_bad_scan_gives_one_clear_reason(name, make, reason):
    with pytest.raises(InputError) as refused:
        analyze_bytes(make(), name)
    assert refused.value.name == name and reason in refused.value.reason


def test_a_pdf_with_a_text_layer_is_not_read_through_ocr():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    buffer = io.BytesIO()
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(buffer)
    pdf.setFont("STSong-Light", 11)
    for number, line in enumerate(SAMPLE.split("\n")[:12]):
        pdf.drawString(40, 800 - 18 * number, line)
    pdf.showPage()
    pdf.save()
    before = engine.calls
    [speech] = analyze_bytes(buffer.getvalue(), "typed.pdf").speeches
    assert engine.calls == before and not speech.ocr and speech.uncertain == []


def test_a_pdf_of_typed_and_scanned_pages_reads_each_its_own_way(cjk_font):
    import pypdf
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    typed = io.BytesIO()
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(typed)
    pdf.setFont("STSong-Light", 11)
    for number, line in enumerate(["副市长在全市安全生产工作会议上的讲话", "同志们：",
                                   "今天召开全市安全生产工作会议，部署今年的重点任务。"]):
        pdf.drawString(40, 800 - 18 * number, line)
    pdf.showPage()
    pdf.save()
    last = "各区县要在6月底前修订完善应急预案，每年至少组织2次综合演练，确保一旦发生事故能够快速响应。"
    scanned = pdf_bytes(render_pages(f"{last}\n谢谢大家！", Options(title=False, size=(8.27, 4))))
    writer = pypdf.PdfWriter()
    for part in (typed.getvalue(), scanned):
        writer.append(pypdf.PdfReader(io.BytesIO(part)))
    both = io.BytesIO()
    writer.write(both)
    raw = read(both.getvalue(), "mixed.pdf")
    assert raw.page.ocr_pages == 1
    assert raw.text.endswith(f"部署今年的重点任务。\n{last}\n谢谢大家！")


def _typed_pdf(lines: list[str], picture: Image.Image | None = None,
               box: tuple[float, float, float, float] = (0, 0, 0, 0), table: bool = False,
               photo_page: Image.Image | None = None) -> bytes:
    """A PDF typed with a text layer: its lines, a picture drawn at `box` (x, y, width,
    height in points), a table of figures, and a last page that is only a photo."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    buffer = io.BytesIO()
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(buffer)
    pdf.setFont("STSong-Light", 11)
    for number, line in enumerate(lines):
        pdf.drawString(40, 800 - 18 * number, line)
    if picture is not None:
        pdf.drawImage(ImageReader(picture), *box)
    if table:
        for row in range(12):
            for column, value in enumerate([f"{2014 + row}", f"{row * 317 + 1250}",
                                            f"{row * 1.5 + 3.2:.1f}%", f"{row * 73 + 40}"]):
                pdf.drawString(60 + 110 * column, 560 - 18 * row, value)
    pdf.showPage()
    if photo_page is not None:
        pdf.drawImage(ImageReader(photo_page), 0, 0, 595, 842)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _shapes(size: tuple[int, int]) -> Image.Image:
    """A picture with no text in it: coloured shapes."""
    picture = Image.new("RGB", size, (200, 220, 240))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((10, 10, size[0] // 2, size[1] // 2), fill=(180, 40, 40))
    draw.rectangle((size[0] // 2, size[1] // 2, size[0] - 10, size[1] - 10), fill=(40, 120, 60))
    return picture


def test_a_typed_pdf_with_a_logo_and_a_table_of_figures_keeps_its_text_layer():
    lines = ["全市统计公报", "主要指标如下表所示。"]
    before = engine.calls
    raw = read(_typed_pdf(lines, _shapes((60, 60)), (500, 760, 40, 40), table=True),
               "公报.pdf")
    assert engine.calls == before and not raw.page.ocr_pages
    assert "1250" in raw.text and "3.2%" in raw.text and raw.text.startswith("全市统计公报")


def test_a_typed_pdf_with_a_page_that_is_a_photo_without_text_still_reads(cjk_font):
    lines = SAMPLE.split("\n")[:8]
    raw = read(_typed_pdf(lines, photo_page=_shapes((600, 850))), "讲话附照片.pdf")
    assert raw.text.startswith(lines[0]) and lines[7] in raw.text
