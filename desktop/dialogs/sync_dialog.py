"""Tools ▸ Sync…: where the library syncs (a folder, or a WebDAV server such as 坚果云 or
Nextcloud), the passphrase that seals what is written there, whether the system keyring keeps
the secrets, and the sync log. It says what was chosen; window/syncing.py syncs."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db import SyncSetup, TargetError, open_sync_target
from desktop.common import messages


@dataclass(frozen=True)
class Chosen:
    setup: SyncSetup
    password: str  # "" when the one known already stays
    passphrase: str  # "" when the one known already stays
    keep: bool  # in the system keyring, else in memory for this session


class SyncDialog(QDialog):
    def __init__(self, setup: SyncSetup | None, known: bool, can_keep: bool,
                 log: list[str], parent: QWidget | None = None):
        """`known`: the secrets of `setup` are at hand (kept or typed this session)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync"))
        self.resize(640, 560)
        self.setup, self.known = setup, known
        self.chosen: Chosen | None = None

        self.folder_choice = QRadioButton(self.tr("A &folder (one a folder-sync tool or a "
                                                  "network share copies)"))
        self.webdav_choice = QRadioButton(self.tr("A &WebDAV server (坚果云, Nextcloud…)"))
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.folder_choice)
        self.kinds.addButton(self.webdav_choice)
        self.folder_edit = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://dav.jianguoyun.com/dav/研读")
        self.user_edit = QLineEdit()
        self.password_edit = _secret_edit()
        self.passphrase_edit = _secret_edit()
        self.confirm_edit = _secret_edit()
        self.keep_box = QCheckBox(self.tr("&Keep the password and passphrase in the system "
                                          "keyring"))
        self.keep_box.setChecked(can_keep)
        self.keep_box.setEnabled(can_keep)
        self.no_keyring = QLabel(self.tr("This system has no keyring: Yandu asks for them once "
                                         "each session and keeps them in memory only."))
        self.no_keyring.setWordWrap(True)
        self.no_keyring.setVisible(not can_keep)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.log = QListWidget()
        self.log.setWordWrap(True)
        self.log.addItems(log or [self.tr("No conflict resolved yet.")])

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.folder_choice)
        folder_label = QLabel(self.tr("F&older:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow(self.webdav_choice)
        form.addRow(self.tr("&Address:"), self.url_edit)
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("Passwo&rd:"), self.password_edit)
        private = QLabel(self.tr("Everything written there is encrypted with your passphrase; "
                                 "use the same one on each machine. Without it nothing can be "
                                 "read, by anyone."))
        private.setWordWrap(True)
        form.addRow(private)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        self.confirm_label = QLabel(self.tr("A&gain:"))
        self.confirm_label.setBuddy(self.confirm_edit)
        form.addRow(self.confirm_label, self.confirm_edit)
        form.addRow(self.keep_box)
        form.addRow(self.no_keyring)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sync_button = buttons.addButton(self.tr("&Sync now"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("Sync log (newest first):")))
        layout.addWidget(self.log, 1)
        layout.addWidget(buttons)
        self.sync_button.setDefault(True)  # Enter syncs; only once in the dialog does it count

        self._show(setup)
        for edit in (self.folder_edit, self.url_edit, self.user_edit):
            edit.textEdited.connect(self._update)
        self.kinds.buttonToggled.connect(self._update)
        self._update()

    def _show(self, setup: SyncSetup | None) -> None:
        webdav = setup is not None and setup.kind == "webdav"
        (self.webdav_choice if webdav else self.folder_choice).setChecked(True)
        if setup is not None:
            (self.url_edit if webdav else self.folder_edit).setText(setup.location)
            self.user_edit.setText(setup.user)
        if self.known:
            for edit in (self.password_edit, self.passphrase_edit):
                edit.setPlaceholderText(self.tr("as before"))

    def _typed(self) -> SyncSetup:
        if self.webdav_choice.isChecked():
            return SyncSetup("webdav", self.url_edit.text().strip(),
                             self.user_edit.text().strip())
        folder = self.folder_edit.text().strip()
        return SyncSetup("folder", str(Path(folder).expanduser()) if folder else "")

    def _same(self) -> bool:
        """The place whose secrets are known."""
        return self.known and self._typed() == self.setup

    def _update(self) -> None:
        webdav = self.webdav_choice.isChecked()
        self.folder_edit.setEnabled(not webdav)
        for edit in (self.url_edit, self.user_edit, self.password_edit):
            edit.setEnabled(webdav)
        first = not self._same()  # a new passphrase is typed twice
        self.confirm_label.setVisible(first)
        self.confirm_edit.setVisible(first)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder to sync through"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)
            self.folder_choice.setChecked(True)

    def _accept(self) -> None:
        problem = self._problem()
        if problem:
            self.error.setText(problem)
            return
        self.chosen = Chosen(self._typed(), self.password_edit.text(),
                             self.passphrase_edit.text(), self.keep_box.isChecked())
        self.accept()

    def _problem(self) -> str:
        """What is missing or wrong in what was typed; "" when nothing is."""
        setup, same = self._typed(), self._same()
        if setup.kind == "folder" and not setup.location:
            return self.tr("Choose the folder to sync through.")
        if setup.kind == "folder" and not Path(setup.location).is_dir():
            return self.tr("{folder} is not a folder.").format(folder=setup.location)
        if setup.kind == "webdav" and not (setup.location and setup.user):
            return self.tr("Type the server's address and your user name.")
        if setup.kind == "webdav" and not same and not self.password_edit.text():
            return self.tr("Type your password for the server (坚果云: an app password).")
        try:
            open_sync_target(setup, "", "")  # an address that is not https is refused here
        except TargetError as error:
            return self.tr("{place} cannot be used: {reason}").format(
                place=setup.location, reason=messages.target_reason(error))
        passphrase = self.passphrase_edit.text()
        if not same and not passphrase:
            return self.tr("Type the passphrase.")
        if not same and passphrase != self.confirm_edit.text():
            return self.tr("The two passphrases differ.")
        return ""


def _secret_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit
