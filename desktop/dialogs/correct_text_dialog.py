"""Correct text: the selected characters of a speech, with the words around them, to type the
right ones in their place (a word OCR misread). Enter applies."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

CONTEXT = 12  # characters of the text shown each side of the selection


class CorrectTextDialog(QDialog):
    def __init__(self, text: str, start: int, end: int, parent=None):
        """`text`: the speech's; start–end: the characters to correct."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct text"))
        self.old = text[start:end]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end) % (len(text) + 1)  # the text's end when no break
        before = ("…" if start - line_start > CONTEXT else "") + \
            text[max(line_start, start - CONTEXT):start]
        after = text[end:min(line_end, end + CONTEXT)] + \
            ("…" if line_end - end > CONTEXT else "")
        self.context = QLabel(f"{escape(before)}<b><u>{escape(self.old)}</u></b>"
                              f"{escape(after)}")
        self.context.setWordWrap(True)
        self.edit = QLineEdit(self.old)
        self.edit.selectAll()
        self.edit.textChanged.connect(self._check)
        hint = QLabel(self.tr("Type the right characters in the place of the selected ones. "
                              "The correction is kept when the file is imported again; "
                              "Ctrl+Z takes it back."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text)")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Correct"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.context)
        layout.addWidget(self.edit)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())
        self._check()

    def text(self) -> str:
        """The characters typed, without spaces around them."""
        return self.edit.text().strip()

    def _check(self) -> None:
        """Correct only when something other than the old characters is typed."""
        self.ok.setEnabled(bool(self.text()) and self.text() != self.old)
