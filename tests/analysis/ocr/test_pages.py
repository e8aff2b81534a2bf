"""Page images from image files and PDFs: upright, bounded in size, bad files refused."""
import subprocess
import sys

import pytest
from PIL import Image

from analysis.errors import InputError
from analysis.ocr.pages import MAX_SIDE, PDF_DPI, image_pages, render_pdf_page, usable_text
from tests.conftest import REPO
from tests.ocr_pages import image_bytes, pdf_bytes


def _image(size=(300, 200), fmt="PNG", **params) -> bytes:
    return image_bytes(Image.new("RGB", size, "white"), fmt, **params)


def test_a_photo_taken_sideways_is_turned_upright():
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was turned: the picture is to be rotated 90° clockwise
    [page] = image_pages(_image((300, 200), "JPEG", exif=exif), "photo.jpg")
    assert page.size == (200, 300) and page.mode == "RGB"


def test_each_page_of_a_tiff_is_a_page():
    first, second = Image.new("L", (300, 200), 255), Image.new("L", (300, 200), 0)
    data = image_bytes(first, "TIFF", save_all=True, append_images=[second])
    assert [page.getpixel((0, 0)) for page in image_pages(data, "scan.tiff")] == [
        (255, 255, 255), (0, 0, 0)]


def test_a_transparent_background_is_white_paper():
    [page] = image_pages(image_bytes(Image.new("RGBA", (300, 200), (0, 0, 0, 0))), "a.png")
    assert page.getpixel((5, 5)) == (255, 255, 255)


def test_a_big_photo_is_shrunk_to_the_pages_size():
    [page] = image_pages(_image((MAX_SIDE * 2, 3000), "JPEG"), "photo.jpg")
    assert max(page.size) <= MAX_SIDE


def test_heic_is_read_when_its_reader_is_installed():
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    [page] = image_pages(_image((300, 200), "HEIF"), "photo.heic")
    assert page.size == (300, 200)


@pytest.mark.parametrize(("data", "reason"), [
    (image_bytes(Image.new("1", (10_000, 10_000))), "too large to be a page"),
    (image_bytes(Image.new("1", (20_000, 10_000))), "too large to be a page"),  # Pillow's guard
    (_image((600, 800), "JPEG")[:400], "damaged image"),
    (b"\x89PNG\r\n\x1a\n" + bytes(300), "not an image Yandu can read"),
    (_image((8, 8)), "too small to hold text"),
])
def test_a_bad_image_gives_one_clear_reason(data, reason):
    with pytest.raises(InputError, match=reason) as refused:
        list(image_pages(data, "photo.png"))
    assert refused.value.name == "photo.png"


# The peak of a fresh process (VmHWM) reading one image file.
MEASURE = """
import sys
from pathlib import Path
from analysis.errors import InputError
from analysis.ocr.pages import image_pages
try:
    pages = list(image_pages(Path(sys.argv[1]).read_bytes(), "big"))
except InputError as error:
    print(error.reason)
status = Path("/proc/self/status").read_text()
print(next(int(line.split()[1]) for line in status.splitlines()
           if line.startswith("VmHWM:")) // 1024)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="reads the peak from /proc")
@pytest.mark.parametrize(("size", "mode", "fmt"), [((10_000, 10_000), "1", "PNG"),
                                                   ((9_000, 8_000), "L", "JPEG")])
def test_a_huge_image_is_read_in_bounded_memory(tmp_path, size, mode, fmt):
    """A 100-megapixel scan is refused from its header; a 72-megapixel photo is decoded at a
    quarter of its size: either way the peak stays far below the picture's own size."""
    path = tmp_path / f"big.{fmt.lower()}"
    Image.new(mode, size, 255).save(path, fmt)
    done = subprocess.run([sys.executable, "-c", MEASURE, str(path)], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.split()[-1]) < 150  # megabytes; the photo as RGB is 216


def test_a_pdf_page_is_rendered_at_the_dpi_ocr_reads_best():
    data = pdf_bytes([Image.new("RGB", (1240, 1754), "white")], dpi=150)  # A4 at 150 dpi
    page = render_pdf_page(data, 0)
    assert abs(page.width - 8.27 * PDF_DPI) < 3 and abs(page.height - 11.69 * PDF_DPI) < 3


@pytest.mark.parametrize(("text", "usable"), [
    ("同志们：今天召开全市安全生产工作会议。", True),
    ("", False),
    ("   - 3 -  ", False),  # a page number over a scan
    ("\ue000\ue001\ue002同志们\ue003\ue004\ue005\ue006会议", False),  # an unmapped font
    ("ÃÂ¹ÃÂ¤ÃÂ×÷ ÃÂ»ÃÂáÃÂÒé 会议", False),  # mojibake over a scan
])
def test_a_text_layer_is_used_only_when_it_holds_chinese(text, usable):
    assert usable_text(text) is usable
