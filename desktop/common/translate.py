"""Qt's translation for text written outside a QObject's methods (inside them: self.tr()).
Tables of labels are declared once with QT_TRANSLATE_NOOP(context, text), which only marks the
text for pyside6-lupdate, and translated where they are shown with translate(context, text)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Mark `text` for translation in `context`; it is returned as it is."""
    return text


def translate(context: str, text: str, n: int = -1) -> str:
    """`text` in the interface language; with `n`, Qt's plural form for n, whose %n (or %Ln,
    with digit grouping) becomes the number."""
    return QCoreApplication.translate(context, text, None, n)
