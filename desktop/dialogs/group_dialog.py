"""Tools ▸ Study group…: where the group's files are (a folder or a WebDAV address with its
user and password), the group's own passphrase and the user's name in the group; Publish and
pull now sends the user's highlights and reads the other members'."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from db import FolderTarget, GroupReport, Library, TargetError, group_sync
from desktop.common import messages
from desktop.common.writes import Writes

if TYPE_CHECKING:
    from db import WebDAVTarget


class GroupDialog(QDialog):
    def __init__(self, library: Library, writes: Writes, settings: QSettings, parent=None):
        super().__init__(parent)
        self.library, self.writes, self.settings = library, writes, settings
        self.setWindowTitle(self.tr("Study group"))
        explanation = QLabel(self.tr(
            "Share your highlights and notes with a study group: each member publishes their "
            "own into the group's folder, and sees the others' as a layer in the text, under "
            "their names. Nobody can change another member's."))
        explanation.setWordWrap(True)
        self.place = QLineEdit(str(settings.value("group/place", "")))
        self.place.setPlaceholderText(self.tr("a shared folder, or https://… of a WebDAV "
                                              "folder"))
        self.user = QLineEdit(str(settings.value("group/user", "")))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.name = QLineEdit(library.group.name())
        form = QFormLayout()
        form.addRow(self.tr("Group folder or address:"), self.place)
        form.addRow(self.tr("WebDAV user:"), self.user)
        form.addRow(self.tr("WebDAV password:"), self.password)
        form.addRow(self.tr("Group passphrase:"), self.passphrase)
        form.addRow(self.tr("My name in the group:"), self.name)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.publish_button = QPushButton(self.tr("&Publish and pull now"))
        self.publish_button.clicked.connect(self.publish)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.publish_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def publish(self) -> None:
        place, name = self.place.text().strip(), self.name.text().strip()
        if not place or not name or not self.passphrase.text():
            self.result_label.setText(self.tr("Fill in the group's folder, its passphrase and "
                                              "your name."))
            return
        try:
            target = self._target(place)
        except TargetError as error:
            self.result_label.setText(self._cannot(place, error))
            return
        self.settings.setValue("group/place", place)
        self.settings.setValue("group/user", self.user.text().strip())
        passphrase = self.passphrase.text()
        self.publish_button.setEnabled(False)
        self.result_label.setText(self.tr("Publishing and pulling…"))
        self.writes.start(self.tr("Study group"),
                          lambda job: group_sync(self.library, target, passphrase, name),
                          self._done, lambda error: self._failed(place, error), self.library)

    def _target(self, place: str) -> FolderTarget | WebDAVTarget:
        if place.startswith(("https://", "http://")):
            from db import WebDAVTarget  # HTTP loads only when a group uses it

            return WebDAVTarget(place, self.user.text().strip(), self.password.text())
        if not Path(place).expanduser().is_dir():
            raise TargetError("not-found", place)
        return FolderTarget(Path(place).expanduser())

    def _done(self, report: GroupReport) -> None:
        self.publish_button.setEnabled(True)
        lines = [self.tr("Published %n highlight(s).", "", report.published),
                 self.tr("Read %n other member(s).", "", report.members)]
        lines += [messages.ignored_file(reason).format(name=file_name)
                  for file_name, reason in report.ignored]
        self.result_label.setText("\n".join(lines))

    def _failed(self, place: str, error: BaseException) -> None:
        self.publish_button.setEnabled(True)
        if isinstance(error, TargetError):
            self.result_label.setText(self._cannot(place, error))
        else:
            self.result_label.setText(str(error))

    def _cannot(self, place: str, error: TargetError) -> str:
        return self.tr("{place} cannot be used: {reason}").format(
            place=place, reason=messages.target_reason(error))
