"""Find in the open speech: a search box with next/previous and a match count."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    matches_changed = Signal(list, int)  # [(start, end)], index of the current match
    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Find in speech"))
        self.edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setMinimumWidth(80)
        previous, following, close = QToolButton(), QToolButton(), QToolButton()
        for button, text, tip in ((previous, "▲",
                                   self.tr("Previous match (Shift+Enter, Shift+F3)")),
                                  (following, "▼", self.tr("Next match (Enter, F3)")),
                                  (close, "✕", self.tr("Close (Esc)"))):
            button.setText(text)
            button.setToolTip(tip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.edit, 1)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(self.count_label)
        layout.addWidget(close)

        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.returnPressed.connect(self.next)
        previous.clicked.connect(self.previous)
        following.clicked.connect(self.next)
        close.clicked.connect(self.close_bar)
        for keys, slot in (("Shift+Return", self.previous), ("Escape", self.close_bar)):
            shortcut = QShortcut(QKeySequence(keys), self.edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def set_text(self, text: str) -> None:
        """The speech being searched changed."""
        self.text = text
        self._search(keep_position=False)

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self._search(keep_position=True)

    @Slot()
    def close_bar(self) -> None:
        self.hide()
        self.matches, self.current = [], -1
        self.matches_changed.emit([], -1)
        self.closed.emit()

    @Slot()
    def next(self) -> None:
        self._step(1)

    @Slot()
    def previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if self.matches:
            self.current = (self.current + direction) % len(self.matches)
            self._announce()

    @Slot(str)
    def _on_text_changed(self, _: str) -> None:
        self._search(keep_position=False)

    def _search(self, keep_position: bool) -> None:
        needle = self.edit.text()
        self.matches = []
        if needle and self.isVisible():
            start = self.text.find(needle)
            while start >= 0:
                self.matches.append((start, start + len(needle)))
                start = self.text.find(needle, start + len(needle))
        if not keep_position or self.current >= len(self.matches):
            self.current = 0 if self.matches else -1
        self._announce()

    def _announce(self) -> None:
        if not self.edit.text():
            self.count_label.setText("")
        elif self.matches:
            self.count_label.setText(self.tr("{current} of {total}").format(
                current=self.current + 1, total=len(self.matches)))
        else:
            self.count_label.setText(self.tr("No matches"))
        self.matches_changed.emit(self.matches, self.current)
