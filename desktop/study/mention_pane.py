"""The directives table or the figures table across the library (or the speeches selected in
the library pane): filters, sorting by any column, jump to the source, export as CSV."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from analysis.language.lexicon import unit_kinds
from db import Library, MentionRow, StudyFilter
from desktop.common import messages, save_folder
from desktop.common.row_table_view import RowTableView
from desktop.common.style import STRENGTHS, TASK, label
from desktop.common.tag_filter_box import TagFilterBox
from desktop.common.translate import QT_TRANSLATE_NOOP
from desktop.common.worker import Job, run_in_background, run_with_progress
from desktop.reader.mention_tips import name as kind_name
from desktop.study.mention_table_model import ROW_ROLE, MentionTableModel

TITLES = {"directive": QT_TRANSLATE_NOOP("MentionPane", "directives"),
          "figure": QT_TRANSLATE_NOOP("MentionPane", "figures")}
REQUIREMENTS = "requirements"  # the choice of every directive but the tasks
WIDTHS = {"speech": 150, "section": 150, "strength": 110, "value": 100}  # others 80 pixels


class MentionPane(QWidget):
    open_requested = Signal(int, int, int)  # speech id, start, end

    def __init__(self, library: Library, kind: str, parent=None):
        super().__init__(parent)
        self.library = library
        self.kind = kind
        self.selected_ids: list[int] = []
        self.export_job: Job | None = None
        self._counted = 0
        self.model = MentionTableModel(kind, self._fetch, self)
        self.keyword_edit = QLineEdit()
        self.keyword_edit.setPlaceholderText(self.tr("Keyword"))
        self.keyword_edit.setClearButtonEnabled(True)
        self.choice_box = QComboBox()  # strength of a directive, kind of a figure
        self.choice_box.addItem(self.tr("Any strength") if kind == "directive"
                                else self.tr("Any kind"), "")
        if kind == "directive":
            # 要求 and 任务 apart: a work report's tasks outnumber what its speakers require
            self.choice_box.addItem(self.tr("要求 requirements (no tasks)"), REQUIREMENTS)
            for name in [name for name, _, _ in STRENGTHS] + [TASK[0]]:
                self.choice_box.addItem(label(name), name)
        else:
            for name in unit_kinds():
                self.choice_box.addItem(kind_name(name), name)
        # as wide as a short choice, not the longest: the count beside the filters stays whole
        self.choice_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice_box.setMinimumContentsLength(14)
        self.unit_box = QComboBox()
        self.tag_box = TagFilterBox()
        self.selected_check = QCheckBox(self.tr("Selected speeches only"))
        self.selected_check.setToolTip(self.tr("Only the speeches selected in the library list"))
        self.count_label = QLabel()
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.view = RowTableView(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        wide = "text" if kind == "directive" else "context"
        for column, (key, _) in enumerate(self.model.columns):
            if key == wide:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.resizeSection(column, WIDTHS.get(key, 80))

        filters = QHBoxLayout()
        for widget in (self.keyword_edit, self.choice_box, self.unit_box, self.tag_box,
                       self.selected_check):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        self.unit_box.setVisible(kind == "figure")  # in the layout first: else a window

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(300)
        self._typing.timeout.connect(self.apply_filters)
        self.keyword_edit.textChanged.connect(self._typing.start)
        for box in (self.choice_box, self.unit_box, self.tag_box):
            box.currentIndexChanged.connect(self.apply_filters)
        self.selected_check.toggled.connect(self.apply_filters)
        self.view.activated.connect(self._on_activated)
        self.export_button.clicked.connect(self.choose_export)

    def set_tags(self, names: list[str]) -> None:
        self.tag_box.set_names(names)

    def set_selection(self, speech_ids: list[int]) -> None:
        self.selected_ids = list(speech_ids)
        if self.selected_check.isChecked():
            self.apply_filters()

    def where(self) -> StudyFilter:
        choice = self.choice_box.currentData() or ""
        return StudyFilter(
            speech_ids=self.selected_ids if self.selected_check.isChecked() else None,
            keyword=self.keyword_edit.text().strip(), tag=self.tag_box.tag(),
            strength=choice if self.kind == "directive" and choice != REQUIREMENTS else "",
            tasks=False if choice == REQUIREMENTS else None,
            kind=choice if self.kind == "figure" else "",
            unit=(self.unit_box.currentData() or "") if self.kind == "figure" else "")

    @Slot()
    def reload(self) -> None:
        """The library changed: read the units again and show the rows."""
        if self.kind == "figure":
            # a scan of every figure (half a second over 10,000 speeches): off the UI thread
            run_in_background(lambda job: self.library.study.figure_units(), self._fill_units,
                              lambda error: None, library=self.library, owner=self)
        self.apply_filters()

    @Slot()
    def apply_filters(self) -> None:
        self.model.reload()
        self._count()

    def _fill_units(self, units: list[str]) -> None:
        chosen = self.unit_box.currentData() or ""
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.addItem(self.tr("Any unit"), "")
        for unit in units:
            self.unit_box.addItem(unit, unit)
        self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(chosen)))
        self.unit_box.blockSignals(False)
        if chosen and chosen not in units:  # the unit is gone from the library
            self.apply_filters()

    def _fetch(self, order: str, descending: bool, after: MentionRow | None, limit: int):
        return self.library.study.mentions(self.kind, self.where(), order, descending,
                                           limit=limit, after=after)

    def _count(self) -> None:
        """Counted off the UI thread: over a big library it takes longer than a page."""
        self._counted += 1
        asked, where = self._counted, self.where()
        self.count_label.setText(self.tr("counting…"))

        def done(count: int) -> None:
            if asked == self._counted:
                self.count_label.setText(
                    self.tr("%Ln directive(s)", "", count) if self.kind == "directive"
                    else self.tr("%Ln figure(s)", "", count))
        run_in_background(lambda job: self.library.study.mention_count(self.kind, where), done,
                          lambda error: self.count_label.setText(messages.describe(error)),
                          library=self.library, owner=self)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_requested.emit(row.speech_id, row.start, row.end)

    # Export

    @Slot()
    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export directives") if self.kind == "directive"
            else self.tr("Export figures"),
            save_folder.suggested(f"{self.things()}.csv"), self.tr("CSV (*.csv)"))
        if path:
            save_folder.remember(path)
            self.export(path)

    def export(self, path: str) -> None:
        from desktop.study.mention_csv import PAGE, write_csv  # the window opens without it
        kind, where = self.kind, self.where()
        order, descending = self.model.order, self.model.descending
        columns = self.model.columns

        def work(job: Job) -> int | None:
            total = self.library.study.mention_count(kind, where)
            last: list[MentionRow] = []

            def page(offset: int) -> list[MentionRow]:  # each after the last, not by offset
                rows = self.library.study.mentions(kind, where, order, descending, limit=PAGE,
                                                   after=last[-1] if last else None)
                last[:] = rows[-1:]
                return rows
            return write_csv(path, columns, kind, total, job, page)

        def done(count: int | None) -> None:
            window = self.window()
            if not isinstance(window, QMainWindow):
                return
            if count is None:
                window.statusBar().showMessage(
                    self.tr("Export cancelled; nothing was written."), 6000)
            else:
                text = (self.tr("Exported %Ln directive(s) to {file}", "", count)
                        if kind == "directive"
                        else self.tr("Exported %Ln figure(s) to {file}", "", count))
                window.statusBar().showMessage(text.format(file=path), 8000)

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Export"),
                                self.tr("Could not write {file}:\n{why}").format(
                                    file=path, why=messages.describe(error)))
        self.export_job = run_with_progress(
            self, self.tr("Exporting directives") if kind == "directive"
            else self.tr("Exporting figures"), work, done, failed,
            library=self.library)

    def things(self) -> str:
        """What the table lists, as a file name: directives or figures."""
        return self.tr(TITLES[self.kind])
