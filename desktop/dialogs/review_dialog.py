"""Review: the due cards one at a time. Space shows the answer, 1–4 grade it (again, hard,
good, easy); a card graded Again comes back at the end of the session."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from db import GRADES, Library, ReviewCard, next_intervals
from desktop.common.style import reading_font
from desktop.common.translate import QT_TRANSLATE_NOOP
from desktop.common.writes import Writes

KINDS = {"excerpt": QT_TRANSLATE_NOOP("ReviewDialog", "Highlight"),
         "figure": QT_TRANSLATE_NOOP("ReviewDialog", "Figure (cloze)"),
         "formula": QT_TRANSLATE_NOOP("ReviewDialog", "提法 (cloze)"),
         "term": QT_TRANSLATE_NOOP("ReviewDialog", "Key term (cloze)")}
GRADE_NAMES = dict(zip(GRADES, (QT_TRANSLATE_NOOP("ReviewDialog", "Again"),
                                QT_TRANSLATE_NOOP("ReviewDialog", "Hard"),
                                QT_TRANSLATE_NOOP("ReviewDialog", "Good"),
                                QT_TRANSLATE_NOOP("ReviewDialog", "Easy")), strict=True))


class ReviewDialog(QDialog):
    def __init__(self, library: Library, writes: Writes, cards: list[ReviewCard], parent=None):
        super().__init__(parent)
        self.library, self.writes = library, writes
        self.queue = list(cards)
        self.today = date.today()
        self.revealed = False
        self.reviewed = 0
        self.setWindowTitle(self.tr("Review"))
        self.resize(720, 520)
        self.kind_label = QLabel()
        self.left_label = QLabel()
        self.citation = QLabel()
        self.citation.setWordWrap(True)
        self.front = QTextBrowser()
        self.back = QTextBrowser()
        for text in (self.front, self.back):
            text.setFont(reading_font(15))
            text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_button = QPushButton(self.tr("Show answer (Space)"))
        self.grade_buttons = []
        grades = QHBoxLayout()
        grades.addWidget(self.show_button)
        for grade, name in GRADE_NAMES.items():
            button = QPushButton(f"{grade} {self.tr(name)}")
            button.clicked.connect(lambda _=False, g=grade: self.grade(g))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            grades.addWidget(button)
            self.grade_buttons.append(button)
        self.show_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_button.clicked.connect(self.reveal)
        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addStretch(1)
        top.addWidget(self.left_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.citation)
        layout.addWidget(self.front, 2)
        layout.addWidget(self.back, 2)
        layout.addLayout(grades)
        self._show_card()

    @property
    def card(self) -> ReviewCard | None:
        return self.queue[0] if self.queue else None

    def _show_card(self) -> None:
        self.revealed = False
        self.back.clear()
        self.back.setVisible(False)
        card = self.card
        self.left_label.setText(self.tr("{left} to go · {done} reviewed").format(
            left=len(self.queue), done=self.reviewed))
        for button in self.grade_buttons:
            button.setEnabled(False)
        if card is None:
            self.kind_label.setText("<b>" + self.tr("Done") + "</b>")
            self.citation.clear()
            self.front.setPlainText(self.tr(
                "Nothing more is due today. Highlights become cards on their own; figures, "
                "提法 and the key term inside a highlight become cloze cards."))
            self.show_button.setEnabled(False)
            return
        kind = self.tr(KINDS[card.kind]) if card.kind in KINDS else card.kind
        self.kind_label.setText(f"<b>{kind}</b>")
        self.citation.setText(card.citation + (f" · {card.section}" if card.section else ""))
        self.front.setPlainText(self._front(card))
        self.show_button.setEnabled(True)
        for (grade, name), button, days in zip(GRADE_NAMES.items(), self.grade_buttons,
                                               next_intervals(card.interval, card.ease,
                                                              card.reps).values(),
                                               strict=True):
            button.setText(f"{grade} {self.tr(name)} · {self._interval(days)}")

    def _front(self, card: ReviewCard) -> str:
        """A highlight without a note is asked for from where it stands and how it begins."""
        if card.kind != "excerpt" or card.back:
            return card.front
        cue = card.front[:max(4, len(card.front) // 5)]
        where = card.section or card.citation
        return self.tr("In {where}:\n“{cue}……”\nHow does it go on?").format(where=where,
                                                                             cue=cue)

    def _back(self, card: ReviewCard) -> str:
        return card.back if card.kind != "excerpt" or card.back else card.front

    def _interval(self, days: int) -> str:
        """As Anki's buttons say it: when the card would come back."""
        if days == 0:
            return self.tr("today")
        if days < 30:
            return self.tr("%n day(s)", "", days)
        if days < 365:
            return self.tr("%n month(s)", "", round(days / 30))
        return self.tr("{years:.1f} years").format(years=days / 365)

    @Slot()
    def reveal(self) -> None:
        if self.card is None or self.revealed:
            return
        self.revealed = True
        self.back.setPlainText(self._back(self.card))
        self.back.setVisible(True)
        self.show_button.setEnabled(False)
        for button in self.grade_buttons:
            button.setEnabled(True)

    def grade(self, grade: int) -> None:
        card = self.card
        if card is None or not self.revealed:
            return
        graded = self.writes.run(lambda: self.library.review.grade(card.id, grade, self.today))
        if graded is None:
            return  # not saved: the card stays, to be answered again
        self.queue.pop(0)
        if graded.again is not None:
            self.queue.append(graded.again)  # graded Again: due again today
        self.reviewed += 1
        self._show_card()

    def keyPressEvent(self, event) -> None:
        key = int(event.key())
        if key == Qt.Key.Key_Space.value:
            self.reveal()
        elif Qt.Key.Key_1.value <= key <= Qt.Key.Key_4.value:
            self.grade(key - Qt.Key.Key_0.value)
        else:
            super().keyPressEvent(event)
