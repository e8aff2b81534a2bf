"""The tags of a row as coloured dots, for the lists that show tags as text beside them."""
from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

DOT = 10
GAP = 3
MOST = 4  # dots drawn at most; the text names them all


def tag_icon(names: list[str], colors: dict[str, str]) -> QIcon | None:
    """A row of dots in the colours of those tags that have one, or None."""
    shown = tuple(colors[name] for name in names if name in colors)[:MOST]
    return _dots(shown) if shown else None


@cache  # a list asks for its icons at every repaint of every row
def _dots(shown: tuple[str, ...]) -> QIcon:
    pixmap = QPixmap(len(shown) * (DOT + GAP), DOT + 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for number, color in enumerate(shown):
        painter.setBrush(QColor(color))
        painter.setPen(QColor(color).darker(130))
        painter.drawEllipse(number * (DOT + GAP), 1, DOT, DOT)
    painter.end()
    return QIcon(pixmap)
