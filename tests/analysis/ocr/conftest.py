import pytest

from tests.conftest import missing
from tests.ocr_pages import cjk_font_file


@pytest.fixture(autouse=True)
def _own_ocr_cache(tmp_path, monkeypatch):
    """Each test reads its pages afresh, into a cache of its own."""
    monkeypatch.setenv("YANDU_OCR_CACHE", str(tmp_path / "ocr-cache"))


def need_cjk_font() -> None:
    """The pages the tests read are drawn with a Chinese font that fontconfig finds."""
    if cjk_font_file() is None:
        missing("needs a font with Chinese characters to draw test pages (fc-list :lang=zh-cn "
                "finds none): apt-get install fonts-noto-cjk (Debian/Ubuntu/UOS/Kylin) or "
                "dnf install google-noto-sans-cjk-fonts (Fedora)")


@pytest.fixture
def cjk_font() -> None:
    need_cjk_font()
