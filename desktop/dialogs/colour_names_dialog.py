"""Name the colours: what each highlight colour stands for (yellow → 重点, green → 数据), a name
shown wherever the colours are offered and in the exports' legends."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.common.style import HIGHLIGHTS, label


class ColourNamesDialog(QDialog):
    def __init__(self, names: dict[str, str], parent=None):
        """`names`: the library's (library.annotations.color_names())."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Name the colours"))
        self.names = names
        explanation = QLabel(self.tr(
            "What does each colour stand for? Its name shows beside the colour wherever you "
            "choose one, and in the legend of an exported Word file. Leave a name empty for "
            "none."))
        explanation.setWordWrap(True)
        form = QFormLayout()
        self.name_edits: dict[str, QLineEdit] = {}
        for key, _, color in HIGHLIGHTS:
            edit = QLineEdit(names.get(key, ""))
            edit.setPlaceholderText(self.tr("e.g. 重点, 数据, 提法"))
            self.name_edits[key] = edit
            form.addRow(_colour_label(key, color, edit), edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def changes(self) -> dict[str, str]:
        """The names typed that differ from the library's, by colour ("": the name taken
        away)."""
        typed = {key: edit.text().strip() for key, edit in self.name_edits.items()}
        return {key: name for key, name in typed.items() if name != self.names.get(key, "")}


def _colour_label(key: str, color: str, edit: QLineEdit) -> QLabel:
    """The colour's swatch and its own name, before the name the user gives it."""
    row = QLabel(f'<span style="background-color:{color}">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
                 f"&nbsp;{label(key)}")
    row.setBuddy(edit)
    return row
