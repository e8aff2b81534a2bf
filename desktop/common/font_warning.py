"""The warning shown when no font with Chinese characters is installed. Its first line is in
the interface's language (boxes, in Chinese, without such a font); the second is always the
install commands in ASCII, so that it can be read whatever is missing."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.common import style


class FontWarning(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("background: #fff3e0; color: #bf360c; padding: 6px 8px;")
        missing = not style.chinese_font_installed()
        self.setVisible(missing)
        if missing:  # the commands are looked for only then
            from desktop.common import system_check
            self.setText(self.tr(
                "No font with Chinese characters is installed, so the speeches show as empty "
                "boxes. Install one and start Yandu again.")
                + "\nNo Chinese font: " + system_check.NO_FONT.commands())
