"""View ▸ Reading settings: the reading font, its size, the line spacing and the theme
(light, sepia, dark), shown on the open speech as they are chosen."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
)

from desktop.common.style import FONT_SIZES
from desktop.common.themes import THEMES
from desktop.common.translate import translate
from desktop.reader.reader_view import LINE_HEIGHTS


class ReadingSettingsDialog(QDialog):
    def __init__(self, family: str, size: int, line_height: int, theme: str,
                 preview: Callable[[str, int, int, str], None], parent=None):
        """`preview(family, size, line_height, theme)` is called as each one changes; Cancel
        calls it with what there was before."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reading settings"))
        self.preview, self.before = preview, (family, size, line_height, theme)
        self.family = QComboBox()
        self.family.addItem(self.tr("Default (Song / serif, then sans)"), "")
        fonts = QFontComboBox()
        fonts.setWritingSystem(QFontDatabase.WritingSystem.SimplifiedChinese)
        for row in range(fonts.count()):
            self.family.addItem(fonts.itemText(row), fonts.itemText(row))
        if family and self.family.findData(family) < 0:
            self.family.addItem(family, family)
        self.family.setCurrentIndex(max(self.family.findData(family), 0))
        self.size_box = QSpinBox()
        self.size_box.setRange(*FONT_SIZES)
        self.size_box.setSuffix(" pt")
        self.size_box.setValue(size)
        self.line_height = QSpinBox()
        self.line_height.setRange(*LINE_HEIGHTS)
        self.line_height.setSingleStep(5)
        self.line_height.setSuffix(" %")
        self.line_height.setValue(line_height)
        self.theme = QComboBox()
        for name, choice in THEMES.items():
            self.theme.addItem(translate("Themes", choice.label), name)
        self.theme.setCurrentIndex(max(self.theme.findData(theme), 0))
        form = QFormLayout()
        form.addRow(self.tr("Font"), self.family)
        form.addRow(self.tr("Size"), self.size_box)
        form.addRow(self.tr("Line spacing"), self.line_height)
        form.addRow(self.tr("Theme"), self.theme)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        for box in (self.family, self.theme):
            box.currentIndexChanged.connect(self._changed)
        for spin in (self.size_box, self.line_height):
            spin.valueChanged.connect(self._changed)

    def chosen(self) -> tuple[str, int, int, str]:
        return (self.family.currentData(), self.size_box.value(), self.line_height.value(),
                self.theme.currentData())

    def _changed(self) -> None:
        self.preview(*self.chosen())

    def reject(self) -> None:
        self.preview(*self.before)
        super().reject()

