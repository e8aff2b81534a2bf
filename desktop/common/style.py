"""Colours and fonts shared by the desktop widgets."""
from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPixmap

# User highlights: solid background fills, keys 1–5. Names are stored in the library.
HIGHLIGHTS = [
    ("yellow", "Yellow", "#fff176"),
    ("green", "Green", "#b9f6ca"),
    ("blue", "Blue", "#b3e5fc"),
    ("pink", "Pink", "#f8bbd0"),
    ("orange", "Orange", "#ffcc80"),
]
HIGHLIGHT_COLORS = {name: value for name, _, value in HIGHLIGHTS}
HIGHLIGHT_LABELS = {name: label for name, label, _ in HIGHLIGHTS}

# Automatic layers: coloured text or underlines, never a background, so they stay apart from
# user highlights.
LAYERS = [
    ("directive", "Directives"),
    ("figure", "Figures"),
    ("date", "Dates"),
    ("formula", "Formulas"),
    ("document", "Documents"),
]
STRENGTHS = [
    ("prohibit", "严禁 prohibit", "#d32f2f"),
    ("must", "必须 must", "#ef6c00"),
    ("should", "要 should", "#1e88e5"),
    ("hope", "希望 hope", "#43a047"),
]
STRENGTH_COLORS = {name: value for name, _, value in STRENGTHS}
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


def reading_font(size: int) -> QFont:
    font = QFont()
    font.setFamilies(READING_FAMILIES)
    font.setPointSize(size)
    return font


def swatch(color: str, size: int = 14) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return pixmap
