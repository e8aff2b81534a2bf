"""Two speeches side by side: the terms they share, the terms each uses more than the other,
and the directives of each that the other has nothing close to."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
)

from db import Comparison, Library, SpeechSummary
from desktop.common import messages
from desktop.common.formats import ISO_DATE, date_text
from desktop.common.translate import translate
from desktop.common.worker import run_in_background
from desktop.library.library_model import untitled

HEADING_TITLE = 24  # characters of a title in a heading; a longer one ends in …


class CompareDialog(QDialog):
    """The speeches are compared as soon as two are chosen; each pane says which speech it
    shows, or which it will show once chosen."""

    def __init__(self, library: Library, speeches: list[SpeechSummary], first: int | None,
                 second: int | None, parent=None):
        super().__init__(parent)
        self.library = library
        self.speeches = {speech.id: speech for speech in speeches}
        self.comparison: Comparison | None = None
        self.names = ("", "")  # of the speeches chosen, as the headings give them
        self._asked = 0
        self.setWindowTitle(self.tr("Compare two speeches"))
        self.resize(1100, 700)
        self.first_box, self.second_box = QComboBox(), QComboBox()
        names = speech_names(speeches)
        for box, chosen in ((self.first_box, first), (self.second_box, second)):
            box.setPlaceholderText(self.tr("Choose a speech…"))
            for speech in speeches:
                box.addItem(names[speech.id], speech.id)
            box.setCurrentIndex(box.findData(chosen) if chosen is not None else -1)
            box.setMinimumContentsLength(30)
        self.status = QLabel()
        self.shared_list = QListWidget()
        self.first_terms, self.second_terms = QListWidget(), QListWidget()
        self.first_directives, self.second_directives = QListWidget(), QListWidget()
        for directives in (self.first_directives, self.second_directives):
            directives.setWordWrap(True)

        choose = QHBoxLayout()
        for text, box in ((self.tr("First speech:"), self.first_box),
                          (self.tr("Second speech:"), self.second_box)):
            label = QLabel(text)
            label.setBuddy(box)
            choose.addWidget(label)
            choose.addWidget(box, 1)
        grid = QGridLayout()
        self.headings = [QLabel() for _ in range(5)]
        for heading in self.headings:
            heading.setWordWrap(True)  # a long name takes a second line, not a wider column
        for column, (heading, widget) in enumerate(zip(
                self.headings[:3], (self.first_terms, self.shared_list, self.second_terms),
                strict=True)):
            grid.addWidget(heading, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.headings[3], 2, 0)
        grid.addWidget(self.first_directives, 3, 0, 1, 1)
        grid.addWidget(self.headings[4], 2, 2)
        grid.addWidget(self.second_directives, 3, 2, 1, 1)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(3, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.status)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        for box in (self.first_box, self.second_box):
            box.currentIndexChanged.connect(self._chosen)
        self._chosen()
        missing = [box for box in (self.first_box, self.second_box) if box.currentIndex() == -1]
        if missing:
            missing[0].setFocus()

    @Slot()
    def _chosen(self) -> None:
        """Name the panes after the speeches chosen, and compare them if there are two."""
        self._asked += 1  # a comparison still running is of speeches no longer chosen
        self.comparison = None
        for pane in (self.first_terms, self.shared_list, self.second_terms,
                     self.first_directives, self.second_directives):
            pane.clear()
        first, second = (self.speeches.get(box.currentData())
                         for box in (self.first_box, self.second_box))
        chosen = {speech.id: speech for speech in (first, second) if speech is not None}
        named = speech_names(list(chosen.values()), HEADING_TITLE)
        self.names = (named[first.id] if first else self.tr("the first speech"),
                      named[second.id] if second else self.tr("the second speech"))
        self._set_headings()
        if first is None or second is None:
            self.status.setText(self.tr("Choose two speeches above: they are compared as soon "
                                        "as both are chosen."))
        elif first.id == second.id:
            self.status.setText(self.tr("Choose two different speeches."))
        else:
            self._compare(first.id, second.id)

    def _compare(self, first: int, second: int) -> None:
        asked = self._asked
        self.status.setText(self.tr("Comparing…"))
        run_in_background(lambda job: self.library.study.compare(first, second),
                          lambda result: self._show(asked, result),
                          lambda error: self._failed(asked, error),
                          library=self.library, owner=self)

    def _failed(self, asked: int, error: BaseException) -> None:
        if asked == self._asked:
            self.status.setText(self.tr("Could not compare: {why}").format(
                why=messages.describe(error)))

    def _set_headings(self) -> None:
        """The panes' headings; the directives' with their counts once compared."""
        first, second = self.names
        directives = [self.tr("Directives only in {speech}").format(speech=first),
                      self.tr("Directives only in {speech}").format(speech=second)]
        if self.comparison is not None:
            directives = [self.tr("Directives only in {speech} ({count})").format(
                speech=name, count=len(found)) for name, found in (
                    (first, self.comparison.first_directives),
                    (second, self.comparison.second_directives))]
        titles = (self.tr("Used more in {speech}").format(speech=first),
                  self.tr("Shared terms (count in each)"),
                  self.tr("Used more in {speech}").format(speech=second), *directives)
        for heading, title in zip(self.headings, titles, strict=True):
            heading.setText(f"<b>{title}</b>")

    def _show(self, asked: int, comparison: Comparison) -> None:
        if asked != self._asked:
            return
        self.comparison = comparison
        self._set_headings()
        self.first_terms.addItems([f"{k.term}  {k.count} : {k.elsewhere}"
                                   for k in comparison.first_only])
        self.second_terms.addItems([f"{k.term}  {k.elsewhere} : {k.count}"
                                    for k in comparison.second_only])
        self.shared_list.addItems([f"{term}  {a} : {b}" for term, a, b in comparison.shared])
        self.first_directives.addItems(comparison.first_directives)
        self.second_directives.addItems(comparison.second_directives)
        first, second = self.names
        self.status.setText(self.tr("%n shared term(s); counts are {first} : {second}", "",
                                    len(comparison.shared)).format(first=first, second=second))


def speech_names(speeches: Sequence[SpeechSummary], longest: int = 0) -> dict[int, str]:
    """Each speech by its title in 《》, followed by only as much as tells it from the others
    of the same title: its speaker and date, then its file and its place in the file (counted
    in the order given, the library's), then its id. With `longest`, a title longer than that
    many characters is cut short. The longer names are made only for names that collide."""
    places: dict[int, int] = {}
    in_file: Counter[int] = Counter()
    for speech in speeches:
        in_file[speech.source_id] += 1
        places[speech.id] = in_file[speech.source_id]

    def detail(speech: SpeechSummary, level: int) -> list[str]:
        if level == 1:
            return [speech.speaker or "", _date_beside(speech)]
        if level == 2:
            return [*detail(speech, 1), _place(speech, places[speech.id],
                                               in_file[speech.source_id] > 1)]
        return [*detail(speech, 2), f"#{speech.id}"]

    names = {speech.id: _label(speech, [], longest) for speech in speeches}
    for level in (1, 2, 3):
        seen = Counter(names.values())
        clashing = [speech for speech in speeches if seen[names[speech.id]] > 1]
        if not clashing:
            break
        for speech in clashing:
            names[speech.id] = _label(speech, detail(speech, level), longest)
    return names


def _label(speech: SpeechSummary, details: list[str], longest: int) -> str:
    title = speech.title or ""
    if longest and len(title) > longest:
        title = title[:longest - 1] + "…"
    name = f"《{title}》" if title else untitled()
    said = " · ".join(detail for detail in details if detail)
    return f"{name} {said}" if said else name


def _date_beside(speech: SpeechSummary) -> str:
    """The speech's date, unless its title says it already (2026年…工作报告, dated 2026)."""
    if not speech.date:
        return ""
    title = speech.title or ""
    match = ISO_DATE.match(speech.date)
    if match is None:
        return "" if speech.date in title else speech.date
    year, month, day = match.groups()
    said = [year]
    if month:
        said.append(f"{int(month)}月")
    if day:
        said.append(f"{int(day)}日")
    if all(re.search(rf"(?<!\d){part}(?!\d)", title) for part in said):
        return ""
    return date_text(speech.date)


def _place(speech: SpeechSummary, number: int, numbered: bool) -> str:
    file = messages.source_name(speech.source_path)
    if not numbered:
        return file
    return translate("CompareDialog", "{file} (speech {number})").format(file=file,
                                                                        number=number)
