"""The legend of the automatic layers; each entry is also the switch that shows or hides it."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from desktop.common.style import LAYERS, STRENGTHS, TASK, label
from desktop.common.themes import DEFAULT_THEME, Theme, theme
from desktop.reader.mention_tips import name
from desktop.reader.reader_view import MARK_WIDTHS, MEMBER_COLORS, unsure_color


class LayerLegend(QWidget):
    layers_changed = Signal(set)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.switches: dict[str, QAction] = {}
        self.buttons: list[QToolButton] = []
        self.samples: dict[str, QLabel] = {}  # the directive strengths'
        self._theme: Theme | None = None  # the one the samples are drawn in
        # Never the reason the window is wider than the screen (large fonts, missing fonts):
        # on a narrow pane the last entries are cut off instead.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(2)
        for kind in [kind for kind, _ in LAYERS] + ["highlight", "uncertain", "group"]:
            action = QAction(label(kind), self)
            action.setCheckable(True)
            action.setChecked(True)
            action.setToolTip(self.tr("Show or hide {layer}").format(layer=label(kind).lower()))
            action.toggled.connect(self._on_toggled)
            self.switches[kind] = action
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(button.toolButtonStyle().ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            self.buttons.append(button)
            layout.addWidget(button)
            if kind == "directive":
                for strength, _, _ in (*STRENGTHS, TASK):
                    swatch = QLabel(label(strength).split()[0])
                    swatch.setToolTip(self.tr("Directive strength: {strength}").format(
                        strength=name(strength)))
                    self.samples[strength] = swatch
                    layout.addWidget(swatch)
        layout.addStretch(1)
        self.set_theme(theme(DEFAULT_THEME))
        self._full_width = layout.sizeHint().width()  # every entry with its name

    def resizeEvent(self, event) -> None:
        """Where the names do not all fit (English on a laptop), the switches show their
        samples alone, named on hover, rather than names cut to "Dir…ves"."""
        super().resizeEvent(event)
        style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon \
            if self.width() >= self._full_width else Qt.ToolButtonStyle.ToolButtonIconOnly
        for button in self.buttons:
            button.setToolButtonStyle(style)

    def set_theme(self, chosen: Theme) -> None:
        """The samples in the colours the reader draws the layers in."""
        if chosen == self._theme:
            return
        self._theme = chosen
        for kind, action in self.switches.items():
            action.setIcon(_icon(kind, chosen))
        for strength, swatch in self.samples.items():
            color = chosen.strengths[strength]
            # as the reader marks them: a bar in the margin, its width by strength
            width = MARK_WIDTHS.get(strength, 2)
            swatch.setStyleSheet(f"color: {color}; border-left: {width}px solid {color};"
                                 "padding-left: 3px; margin: 0 3px; font-size: 11px;")

    def show_unsure(self, shown: bool) -> None:
        """The switch of OCR's unsure characters, in the legend of a speech read by OCR only
        (the View menu always has it)."""
        self._show_switch("uncertain", shown)

    def show_group(self, shown: bool) -> None:
        """The group layer's switch, in the legend of a speech other members marked only."""
        self._show_switch("group", shown)

    def _show_switch(self, kind: str, shown: bool) -> None:
        for button in self.buttons:
            if button.defaultAction() is self.switches[kind]:
                button.setVisible(shown)

    def visible(self) -> set[str]:
        return {kind for kind, action in self.switches.items() if action.isChecked()}

    def set_visible(self, kinds: set[str]) -> None:
        for kind, action in self.switches.items():
            action.blockSignals(True)
            action.setChecked(kind in kinds)
            action.blockSignals(False)
        self.layers_changed.emit(self.visible())

    @Slot(bool)
    def _on_toggled(self, _: bool) -> None:
        self.layers_changed.emit(self.visible())


def _icon(kind: str, chosen: Theme) -> QIcon:
    """A small sample of how the layer is drawn: an underline, coloured text or a fill."""
    pixmap = QPixmap(18, 14)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    if kind == "directive":  # a mark in the margin and the modal word underlined
        painter.fillRect(1, 1, 3, 12, QColor(chosen.layers["directive"]))
        painter.setPen(QPen(QColor(chosen.layers["directive"]), 2))
        painter.drawLine(8, 12, 17, 12)
    elif kind == "highlight":
        painter.fillRect(1, 2, 16, 10, QColor(chosen.highlights["yellow"]))
    elif kind == "uncertain":  # a faint dotted line under a character
        font = painter.font()
        font.setPixelSize(11)
        painter.setFont(font)
        painter.setPen(QColor(chosen.ink))
        painter.drawText(0, 0, 18, 12, Qt.AlignmentFlag.AlignCenter, "字")
        painter.setPen(QPen(unsure_color(chosen), 1, Qt.PenStyle.DotLine))
        painter.drawLine(3, 13, 15, 13)
    elif kind == "group":  # words with a dashed line under them in a member's colour
        painter.setPen(QColor(chosen.ink))
        painter.drawLine(2, 7, 16, 7)
        painter.setPen(QPen(QColor(MEMBER_COLORS[0]), 2, Qt.PenStyle.DashLine))
        painter.drawLine(1, 12, 17, 12)
    else:
        painter.fillRect(4, 2, 10, 10, QColor(chosen.layers[kind]))
    painter.end()
    return QIcon(pixmap)
