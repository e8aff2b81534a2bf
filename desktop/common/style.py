"""Colours and fonts shared by the desktop widgets."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QLabel

from desktop.common.translate import QT_TRANSLATE_NOOP, translate

# User highlights: solid background fills, keys 1–5. Names are stored in the library.
HIGHLIGHTS = [
    ("yellow", QT_TRANSLATE_NOOP("Style", "Yellow"), "#fff176"),
    ("green", QT_TRANSLATE_NOOP("Style", "Green"), "#b9f6ca"),
    ("blue", QT_TRANSLATE_NOOP("Style", "Blue"), "#b3e5fc"),
    ("pink", QT_TRANSLATE_NOOP("Style", "Pink"), "#f8bbd0"),
    ("orange", QT_TRANSLATE_NOOP("Style", "Orange"), "#ffcc80"),
]
HIGHLIGHT_COLORS = {name: value for name, _, value in HIGHLIGHTS}

# Automatic layers: coloured text or underlines, never a background, so they stay apart from
# user highlights.
LAYERS = [
    ("directive", QT_TRANSLATE_NOOP("Style", "Directives")),
    ("figure", QT_TRANSLATE_NOOP("Style", "Figures")),
    ("date", QT_TRANSLATE_NOOP("Style", "Dates")),
    ("formula", QT_TRANSLATE_NOOP("Style", "Formulas")),
    ("document", QT_TRANSLATE_NOOP("Style", "Documents")),
]
STRENGTHS = [
    ("prohibit", QT_TRANSLATE_NOOP("Style", "严禁 prohibit"), "#d32f2f"),
    ("must", QT_TRANSLATE_NOOP("Style", "必须 must"), "#ef6c00"),
    ("should", QT_TRANSLATE_NOOP("Style", "要 should"), "#1e88e5"),
    ("hope", QT_TRANSLATE_NOOP("Style", "希望 hope"), "#43a047"),
]
# A task of a work report's task part (办好人民满意的教育。): a directive without a modal word,
# drawn quietly; not a strength a user marks by hand.
TASK = ("task", QT_TRANSLATE_NOOP("Style", "任务 task"), "#78909c")
STRENGTH_COLORS = {name: value for name, _, value in (*STRENGTHS, TASK)}
# The names people read: highlight colours, layers (and the highlights layer), strengths.
LABELS = {key: name for key, name, *_ in (*HIGHLIGHTS, *LAYERS, *STRENGTHS, TASK)} | {
    "highlight": QT_TRANSLATE_NOOP("Style", "Highlights"),
    "uncertain": QT_TRANSLATE_NOOP("Style", "Unsure characters"),  # of a speech read by OCR
    "group": QT_TRANSLATE_NOOP("Style", "Group layer")}  # the study group's other members
LAYER_COLORS = {
    "directive": "#1e88e5",
    "figure": "#c62828",
    "date": "#00796b",
    "formula": "#7b1fa2",
    "document": "#8d6e63",
}
FIND_COLOR = "#ffab40"
FIND_CURRENT_COLOR = "#ff6d00"

# Reading fonts in order of preference; Qt falls back through the list per character.
READING_FAMILIES = ["Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun",
                    "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
                    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"]
DEFAULT_FONT_SIZE = 15
FONT_SIZES = (10, 40)


def chinese_font_installed() -> bool:
    """Windows and macOS always have one; a bare Linux may not, and then the text is boxes."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def reading_font(size: int, family: str = "") -> QFont:
    """The reading fonts (or `family` first, then them, for the characters it lacks)."""
    font = QFont()
    font.setFamilies([family, *READING_FAMILIES] if family else READING_FAMILIES)
    font.setPointSize(size)
    return font


# Text in a colour of its own on the window (details, hints, matches), as drawn on a light
# window and on a dark one (the dark theme's).
QUIET = ("#546e7a", "#a7b6bf")
WARNING = ("#9a3412", "#ffab91")
ERROR = ("#c62828", "#ef9a9a")
FOUND = ("#b71c1c", "#ff8a80")


def on_dark() -> bool:
    """Whether the window is drawn dark (the dark theme, or a dark system)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def tone(colors: tuple[str, str]) -> QColor:
    """The light or the dark one of a pair of colours, for the window as it is drawn now."""
    return QColor(colors[on_dark()])


class ToneLabel(QLabel):
    """A label in a colour pair's tone, which follows the window from light to dark and back."""

    def __init__(self, colors: tuple[str, str] = QUIET, parent=None):
        super().__init__(parent)
        self.colors = colors
        self._follow()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the application's, or its own
            self._follow()

    def _follow(self) -> None:
        palette = self.palette()
        if palette.color(QPalette.ColorRole.WindowText) != tone(self.colors):
            palette.setColor(QPalette.ColorRole.WindowText, tone(self.colors))
            self.setPalette(palette)


def swatch(color: str, size: int = 14) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return pixmap


def palette(size: int = 16) -> QPixmap:
    """The five highlight colours side by side: the sign of naming them."""
    pixmap = swatch(HIGHLIGHTS[0][2], size)
    painter = QPainter(pixmap)
    stripe = size / len(HIGHLIGHTS)
    for number, (_, _, color) in enumerate(HIGHLIGHTS):
        painter.fillRect(QRectF(number * stripe, 0, stripe, size), QColor(color))
    painter.end()
    return pixmap


def label(key: str) -> str:
    """The translated name of a highlight colour, a layer or a directive strength."""
    return translate("Style", LABELS[key]) if key in LABELS else key


def named(key: str, names: dict[str, str]) -> str:
    """A highlight colour with the name the user gave it (`names`, the library's): “Yellow —
    重点”; a colour without one, “Yellow”."""
    name = names.get(key)
    return translate("Style", "{colour} — {name}").format(colour=label(key), name=name) \
        if name else label(key)
