"""Tags as removable chips plus an entry box that completes from the library's tags."""
from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget


class TagEditor(QWidget):
    tags_changed = Signal(list)

    def __init__(self, placeholder: str = "", parent=None):
        """`placeholder`: the entry box's hint, translated by the caller."""
        super().__init__(parent)
        self.tags: list[str] = []
        self._names = QStringListModel(self)
        self.edit = QLineEdit(placeholderText=placeholder)
        self.edit.setToolTip(self.tr("Type a tag and press Enter; existing tags are offered as "
                                     "you type"))
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(completer)
        self._chips = QHBoxLayout()
        self._chips.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._chips)
        layout.addWidget(self.edit, 1)
        self.edit.returnPressed.connect(self._on_return)

    def set_completions(self, names: list[str]) -> None:
        self._names.setStringList(names)

    def set_tags(self, tags: list[str]) -> None:
        if tags == self.tags:
            return
        self.tags = list(tags)
        while self._chips.count():
            item = self._chips.takeAt(0)
            chip = item.widget() if item is not None else None
            if chip is not None:
                chip.hide()  # at once: deleteLater waits for the event loop
                chip.deleteLater()
        for tag in self.tags:
            chip = QToolButton()
            chip.setText(f"{tag}  ✕")
            chip.setToolTip(self.tr("Remove the tag {tag}").format(tag=tag))
            chip.setObjectName("tagChip")
            # a translucent fill, whose text keeps its contrast on a light or a dark window
            chip.setStyleSheet("QToolButton#tagChip { border: 1px solid #90a4ae; "
                               "border-radius: 8px; padding: 1px 6px; "
                               "background: rgba(120, 144, 156, 0.2); }")
            chip.clicked.connect(lambda _=False, name=tag: self._remove(name))
            self._chips.addWidget(chip)

    def add(self, name: str) -> None:
        name = name.strip()
        if name and name not in self.tags:
            self.tags_changed.emit([*self.tags, name])

    def _remove(self, name: str) -> None:
        self.tags_changed.emit([tag for tag in self.tags if tag != name])

    @Slot()
    def _on_return(self) -> None:
        name = self.edit.text()
        self.edit.clear()
        self.add(name)
