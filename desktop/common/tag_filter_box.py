"""A drop-down of "All tags" plus the given tag names, keeping the choice when refilled."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from desktop.common.translate import QT_TRANSLATE_NOOP, translate

ALL_TAGS = QT_TRANSLATE_NOOP("TagFilterBox", "All tags")


class TagFilterBox(QComboBox):
    def set_names(self, names: list[str]) -> None:
        chosen = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItem(translate("TagFilterBox", ALL_TAGS))
        self.addItems(names)
        if chosen in names:
            self.setCurrentText(chosen)
        self.blockSignals(False)

    def tag(self) -> str:
        """The chosen tag, or "" for all."""
        return self.currentText() if self.currentIndex() > 0 else ""
