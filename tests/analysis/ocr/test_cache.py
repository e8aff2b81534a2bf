"""A page read once is not read again: its lines are kept, keyed by its pixels."""
import sys

import pytest
from PIL import ImageDraw

from analysis.ocr import cache, engine
from tests.ocr_pages import Options, render_pages

SMALL = (8.27, 3)


def _page():
    [page] = render_pages("同志们：今天召开全市安全生产工作会议。", Options(size=SMALL, title=False))
    return page


def test_a_page_read_before_comes_from_the_cache(cjk_font):
    page = _page()
    before = engine.calls
    first = cache.read_lines(page)
    again = cache.read_lines(_page())  # the same pixels, drawn again
    assert engine.calls == before + 1
    assert again == first
    assert "".join(line.text for line in again) == "同志们：今天召开全市安全生产工作会议。"
    assert list(cache.folder().glob("*.tmp")) == []


def test_a_changed_page_or_a_damaged_entry_is_read_again(cjk_font):
    page = _page()
    cache.read_lines(page)
    before = engine.calls
    changed = page.copy()
    ImageDraw.Draw(changed).point((1, 1), fill="black")
    cache.read_lines(changed)
    [entry] = [path for path in cache.folder().glob("*.json") if path.stem == cache.key(page)]
    entry.write_text('{"version": "x", "lines": [{"box": ', "utf-8")  # cut short
    lines = cache.read_lines(page)
    assert engine.calls == before + 2 and lines and lines[0].text.startswith("同志们")


def test_a_cache_that_cannot_be_written_is_no_error(cjk_font, tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("YANDU_OCR_CACHE", str(blocked))
    assert cache.read_lines(_page())[0].text.startswith("同志们")


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are Linux's")
def test_the_cache_is_in_the_users_cache_folder_unless_set(monkeypatch, tmp_path):
    monkeypatch.delenv("YANDU_OCR_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.folder() == tmp_path / "yandu" / "ocr"
