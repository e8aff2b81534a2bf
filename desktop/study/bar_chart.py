"""Horizontal bars with a label and a number each, painted directly (Qt Charts is not part of
PySide6-Essentials)."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_HEIGHT = 20
GAP = 4


class BarChart(QWidget):
    def __init__(self, color: str = "#5c6bc0", parent=None):
        super().__init__(parent)
        self.color = QColor(color)
        self.bars: list[tuple[str, float, str]] = []  # label, length, text at the bar's end
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, bars: list[tuple[str, float, str]]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self.bars)) * (BAR_HEIGHT + GAP) + GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event) -> None:
        if not self.bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_width = max(metrics.horizontalAdvance(label) for label, _, _ in self.bars) + 12
        value_width = max(metrics.horizontalAdvance(text) for _, _, text in self.bars) + 12
        room = max(10, self.width() - label_width - value_width - GAP)
        longest = max(length for _, length, _ in self.bars) or 1
        text_color = self.palette().windowText().color()
        for row, (label, length, text) in enumerate(self.bars):
            top = GAP + row * (BAR_HEIGHT + GAP)
            painter.setPen(text_color)
            painter.drawText(QRectF(0, top, label_width - 8, BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            width = room * length / longest
            painter.fillRect(QRectF(label_width, top + 2, width, BAR_HEIGHT - 4), self.color)
            painter.drawText(QRectF(label_width + width + 6, top, value_width, BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()
