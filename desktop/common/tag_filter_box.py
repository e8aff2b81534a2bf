"""A drop-down of "All tags" plus the given tag names, keeping the choice when refilled."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox

ALL_TAGS = "All tags"


class TagFilterBox(QComboBox):
    def set_names(self, names: list[str]) -> None:
        chosen = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItem(ALL_TAGS)
        self.addItems(names)
        self.setCurrentText(chosen if chosen in names else ALL_TAGS)
        self.blockSignals(False)

    def tag(self) -> str:
        """The chosen tag, or "" for all."""
        return self.currentText() if self.currentIndex() > 0 else ""
