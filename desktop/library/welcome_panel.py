"""Shown instead of the panes while the library is empty."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.common.font_warning import FontWarning
from desktop.common.style import QUIET, ToneLabel


class WelcomePanel(QWidget):
    import_requested = Signal()
    samples_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        title = QLabel(self.tr("研读 Yandu"))
        title.setStyleSheet("font-size: 32px; font-weight: 600;")
        text = ToneLabel(QUIET)
        text.setText(self.tr(
            "Your library is empty.\n\n"
            "Import speeches — web pages saved as HTML, Word files, PDFs or text files — and read\n"
            "them with the directives, figures, dates, 提法 and documents already marked.\n"
            "You can also drop files or folders on this window, or paste text with Ctrl+Shift+V."))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        text.setStyleSheet("font-size: 14px;")
        self.import_button = QPushButton(self.tr("Import files…"))
        self.samples_button = QPushButton(self.tr("Open the sample speeches"))
        for button in (self.import_button, self.samples_button):
            button.setMinimumWidth(260)
            button.setMinimumHeight(36)
        self.font_warning = FontWarning()
        layout = QVBoxLayout(self)
        layout.addWidget(self.font_warning)
        layout.addStretch(2)
        for widget in (title, text, self.import_button, self.samples_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addSpacing(12)
        layout.addStretch(3)
        self.import_button.clicked.connect(self.import_requested)
        self.samples_button.clicked.connect(self.samples_requested)
