"""The OCR engine on pages the tests print themselves."""
import subprocess
import sys

from analysis.ocr import engine
from tests.conftest import REPO
from tests.ocr_pages import Options, render_pages
from tests.ocr_text import cer

SMALL = (8.27, 5.85)  # A5 landscape, as wide as A4: a few lines, read in a second or two
TEXT = ("安全生产工作会议\n今天召开全市安全生产工作会议，主要任务是总结去年的工作，部署今年的重点任务。"
        "全年共检查企业3600余家，排查整改隐患1.2万项。")


def test_loading_the_pipeline_does_not_load_the_engine():
    code = ("import sys, analysis.pipeline, analysis.ocr.engine; "
            "print('rapidocr' in sys.modules, 'onnxruntime' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert done.stdout.split() == ["False", "False"], done.stderr


def test_a_printed_page_reads_back_with_a_confidence_for_each_character(cjk_font):
    [page] = render_pages(TEXT, Options(size=SMALL))
    lines = engine.read_lines(page)
    assert cer(TEXT, "".join(line.text for line in lines)) < 0.02
    for line in lines:
        assert len(line.chars) == len(line.text) and len(line.box) == 4
        assert all(0 <= confidence <= 1 for confidence in line.chars)
    assert lines[0].text == "安全生产工作会议" and lines[0].top < lines[1].top


def test_red_ink_is_told_from_black(cjk_font):
    [page] = render_pages("今天召开全市安全生产工作会议。", Options(
        size=SMALL, title=False, masthead="某某市人民政府文件", doc_number="某政发〔2024〕3号"))
    redness = {line.text: line.redness for line in engine.read_lines(page)}
    assert redness["某某市人民政府文件"] > 0.4
    assert redness["某政发〔2024〕3号"] < 0.05
