"""Colours that follow the window from light to dark and back; the reading font's fallbacks."""
from PySide6.QtGui import QPalette

from desktop.common.style import QUIET, READING_FAMILIES, ToneLabel, on_dark, reading_font, tone
from desktop.common.themes import apply_to_application


def test_a_tone_label_follows_the_window_to_dark_and_back(qtbot):
    label = ToneLabel(QUIET)
    qtbot.addWidget(label)
    colour = lambda: label.palette().color(QPalette.ColorRole.WindowText).name()  # noqa: E731
    assert not on_dark() and colour() == QUIET[0] == tone(QUIET).name()
    apply_to_application("dark")
    qtbot.waitUntil(lambda: colour() == QUIET[1])
    assert on_dark() and tone(QUIET).name() == QUIET[1]
    apply_to_application("light")
    qtbot.waitUntil(lambda: colour() == QUIET[0])
    assert not on_dark()


def test_a_chosen_family_comes_before_the_fallbacks():
    assert reading_font(18, "KaiTi").families() == ["KaiTi", *READING_FAMILIES]
    assert reading_font(12).families() == READING_FAMILIES and reading_font(12).pointSize() == 12
