"""Edit ▸ Trash: the deleted speeches, kept across restarts until the trash is emptied;
restore some, or empty it (which asks first)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from db import Library
from desktop.common import messages
from desktop.common.writes import Writes
from desktop.library.library_model import untitled


class TrashDialog(QDialog):
    def __init__(self, library: Library, writes: Writes, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trash"))
        self.resize(520, 360)
        self.library, self.writes = library, writes
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore)
        self.empty_button.clicked.connect(self.empty)
        self.list.itemSelectionChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for speech in self.library.speeches.trash():
            item = QListWidgetItem(self.tr("{title} — {file}").format(
                title=speech.title or untitled(), file=messages.source_name(speech.source_path)))
            item.setData(Qt.ItemDataRole.UserRole, speech.id)
            self.list.addItem(item)
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))
        self.empty_button.setEnabled(self.list.count() > 0)

    def restore(self) -> None:
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        self.writes.run(lambda: self.library.speeches.restore(ids), title=self.tr("Not restored"))
        self.refresh()

    def empty(self) -> None:
        count = self.list.count()
        if QMessageBox.question(
                self, self.tr("Empty trash"),
                self.tr("Remove the %n speech(es) in the trash for good, with their "
                        "highlights? This cannot be undone.", "", count),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Yes:
            return
        self.writes.run(self.library.speeches.purge_deleted, explain=messages.not_purged,
                        title=self.tr("Trash not emptied"))
        self.refresh()
