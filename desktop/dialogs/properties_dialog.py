"""Properties of one or more speeches: title, speaker, occasion, date, 出处 and where it was
published as the user corrects them, each beside what the analysis found and with a way back
to it; and, for one speech, the day its file was imported (a reference's access date) and the
mentions the user dismissed or marked (⚠ where their words are gone)."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db import (
    COMPILATION_FIELDS,
    CORRECTED_FIELDS,
    SOURCE_FIELDS,
    EditError,
    FieldState,
    MentionCorrectionRecord,
    check_changes,
)
from desktop.common import messages
from desktop.common.style import ERROR, ToneLabel


class PropertiesDialog(QDialog):
    def __init__(self, states: list[list[FieldState]],
                 corrections: list[MentionCorrectionRecord], text_changes: Sequence[dict] = (),
                 parent=None, accessed: date | None = None):
        """`states`: the fields of each speech shown; `corrections` and `text_changes`: the
        mention corrections and the splits, merges, removals and replacements of the one
        speech (empty for several); `accessed`: the day its file was imported."""
        super().__init__(parent)
        several = len(states) > 1
        self.setWindowTitle(self.tr("Properties of %n speech(es)", "", len(states)) if several
                            else self.tr("Properties"))
        self.resize(560, 0)
        self.edits: dict[str, QLineEdit] = {}
        self.resets: dict[str, QToolButton] = {}  # "Automatic": back to the analysis's value
        self.hints: dict[str, QLabel] = {}  # what the analysis found, beside a correction
        self.automatic: set[str] = set()
        self._shown: dict[str, str] = {}
        self.compilation = QToolButton()  # unfolds the compilation's fields
        form = QFormLayout()

        def fields(name: str) -> list[FieldState]:
            return [next(state for state in speech if state.field == name) for speech in states]
        for name in CORRECTED_FIELDS:
            if name == SOURCE_FIELDS[0]:
                heading = QLabel(self.tr("Where it was published (for references)"))
                heading.setStyleSheet("font-weight: bold; margin-top: 6px")
                form.addRow(heading)
            if name not in COMPILATION_FIELDS:
                form.addRow(_label(messages.field_name(name)),
                            self._row(name, fields(name), several))
        self._add_compilation(form, {name: fields(name) for name in COMPILATION_FIELDS},
                              several)
        self.accessed = QLabel(accessed.isoformat() if accessed else "")
        self.accessed.setToolTip(self.tr("The day the file was imported: a reference to a web "
                                         "page gives it as the day the page was read"))
        if accessed and not several:
            form.addRow(_label(self.tr("accessed")), self.accessed)
        self.error = ToneLabel(ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.corrections = QListWidget()
        if corrections or text_changes:
            layout.addWidget(QLabel(self.tr("Your corrections of the analysis:")))
            for item in corrections:
                self.corrections.addItem(self._describe(item))
            for change in text_changes:
                self.corrections.addItem(self._describe_change(change))
            self.corrections.setMaximumHeight(120)
            layout.addWidget(self.corrections)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _edit(self, name: str, fields: list[FieldState], several: bool) -> QLineEdit:
        values = {state.value for state in fields}
        same = len(values) == 1
        edit = QLineEdit((next(iter(values)) or "") if same else "")
        if not same:
            edit.setPlaceholderText(self.tr("(several values: leave empty to keep them)"))
        if name in ("date", "published"):
            edit.setToolTip(self.tr("2024-03-05, 2024-03 or 2024 (2024年3月5日, 2024年3月 are "
                                    "read too)"))
        if same:  # the format at a glance, not only on hover
            edit.setPlaceholderText(self._example(name))
        edit.setEnabled(not (several and name == "title"))
        self.edits[name] = edit
        self._shown[name] = edit.text()
        return edit

    def _row(self, name: str, fields: list[FieldState], several: bool) -> QWidget:
        edit = self._edit(name, fields, several)
        reset = QToolButton()
        reset.setText(self.tr("Automatic"))
        reset.setToolTip(self.tr("Use what the analysis found"))
        corrected = [state for state in fields if state.corrected]
        reset.setEnabled(bool(corrected) and edit.isEnabled())
        hint = ToneLabel()
        if corrected and not several and name != "origin":  # 出处 is never guessed
            hint.setText(self.tr("Found by the analysis: {value}").format(
                value=corrected[0].machine or self.tr("(nothing)")))
        hint.setVisible(bool(hint.text()))
        self.resets[name], self.hints[name] = reset, hint

        def automatic() -> None:
            self.automatic.add(name)
            edit.setText("" if several else corrected[0].machine or "")
            if several:
                edit.setPlaceholderText(self.tr("(what the analysis found in each)"))
            self._shown[name] = edit.text()
            reset.setEnabled(False)
            hint.hide()
        reset.clicked.connect(automatic)
        edit.textEdited.connect(lambda _text: self.automatic.discard(name))
        row = QWidget()
        box = QVBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(edit, 1)
        line.addWidget(reset)
        box.addLayout(line)
        box.addWidget(hint)
        return row

    def _add_compilation(self, form: QFormLayout, fields: dict[str, list[FieldState]],
                         several: bool) -> None:
        """The compilation's fields, folded away under their button unless one has a value:
        most speeches were not edited into one, and the dialog must fit a 768-pixel screen.
        The analysis never reads them, so they have no Automatic; the imprint (place,
        publisher, year) is one row, in the reference's order."""
        edits = {name: self._edit(name, states, several) for name, states in fields.items()}
        for name, edit in edits.items():
            edit.setToolTip(messages.field_name(name).capitalize())
        edits["place"].setMaximumWidth(110)
        edits["year"].setMaximumWidth(80)
        imprint = QWidget()
        line = QHBoxLayout(imprint)
        line.setContentsMargins(0, 0, 0, 0)
        for name in ("place", "publisher", "year"):
            line.addWidget(edits[name], 1 if name == "publisher" else 0)
        rows = [edits["compilation"], edits["editors"], imprint]
        button = self.compilation
        button.setText(self.tr("In a compilation (汇编, 文集)"))
        button.setToolTip(self.tr("The book the speech was printed in, for its reference"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setCheckable(True)
        form.addRow(button)
        form.addRow(_label(messages.field_name("compilation")), rows[0])
        form.addRow(_label(messages.field_name("editors")), rows[1])
        form.addRow(_label(self.tr("place: publisher, year")), rows[2])

        def show(unfolded: bool) -> None:
            button.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)
            for row in rows:
                form.setRowVisible(row, unfolded)
        button.toggled.connect(show)
        button.setChecked(any(state.value for states in fields.values() for state in states))
        show(button.isChecked())

    def _example(self, name: str) -> str:
        return {"date": self.tr("e.g. 2024-03-05, 2024年3月 or 2024"),
                "published": self.tr("e.g. 2024-03-05, 2024年3月 or 2024"),
                "publication": self.tr("e.g. 人民日报, 求是, 新华网"),
                "page": self.tr("e.g. 2 or 3-5"),
                "url": self.tr("https://…"),
                "doc_number": self.tr("e.g. 国办发〔2023〕12号"),
                "issue": self.tr("e.g. 2024(3) or 2024年第3期"),
                "compilation": self.tr("e.g. 习近平谈治国理政: 第四卷"),
                "editors": self.tr("e.g. 中共中央党史和文献研究院; several separated by 、"),
                "place": self.tr("e.g. 北京"), "publisher": self.tr("e.g. 外文出版社"),
                "year": self.tr("e.g. 2022")}.get(name, "")

    def _describe(self, item: MentionCorrectionRecord) -> str:
        what = (self.tr("Not a {kind}: {text}") if item.action == "dismiss"
                else self.tr("Marked as a {kind}: {text}")).format(
            kind=messages.mention_kind(item.kind), text=item.quote[:40])
        return ("⚠ " + self.tr("{correction} (its words are no longer in the text)").format(
            correction=what)) if item.orphan else what

    def _describe_change(self, change: dict) -> str:
        words = change["text"][:40]
        what = {"remove": self.tr("Passage removed: {text}"),
                "split": self.tr("Split before: {text}"),
                "merge": self.tr("Merged with the speech that began: {text}"),
                "replace": self.tr("Text corrected: {text} → {new}")}[
            change["action"]].format(text=words, new=change.get("new", ""))
        return ("⚠ " + self.tr("{correction} (its words are no longer in the text)").format(
            correction=what)) if change["orphan"] else what

    def changes(self) -> dict[str, str | None]:
        """The fields the user typed into (a field left as shown is not changed)."""
        return {name: edit.text() for name, edit in self.edits.items()
                if edit.isEnabled() and edit.text() != self._shown[name]
                and name not in self.automatic}

    def accept(self) -> None:
        for name, value in self.changes().items():  # one at a time, to show which is wrong
            try:
                check_changes({name: value})
            except EditError as error:
                self.error.setText(messages.edit_error(error))
                self.error.show()
                self.edits[name].setFocus()
                return
        super().accept()


def _label(text: str) -> QLabel:
    label = QLabel(text[:1].upper() + text[1:])
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    return label
