"""File ▸ Export…: choose what to export and in which form, see the first excerpts as they will
read, then write the file in the background (progress and cancel; nothing half-written). For
a 学习笔记 the reader types its title, their name, the date and their 心得体会; the title, name
and grouping are remembered."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, QTimer, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
)

from db import (
    EXPORT_FORMATS,
    REFERENCE_STYLES,
    ExportFilter,
    Library,
    StudyNotes,
    excerpts_markdown,
    export_excerpts,
)
from desktop.common import messages, save_folder
from desktop.common.style import HIGHLIGHTS, named, swatch
from desktop.common.translate import QT_TRANSLATE_NOOP
from desktop.common.worker import Job, run_in_background, run_with_progress

PREVIEW = 5  # excerpts shown in the preview
FORMAT_LABELS = {"md": QT_TRANSLATE_NOOP("ExportDialog", "Markdown"),
                 "docx": QT_TRANSLATE_NOOP("ExportDialog", "Word document"),
                 "html": QT_TRANSLATE_NOOP("ExportDialog", "Web page (HTML)"),
                 "csv": QT_TRANSLATE_NOOP("ExportDialog", "Spreadsheet (CSV)"),
                 "json": QT_TRANSLATE_NOOP("ExportDialog", "W3C Web Annotation (JSON)"),
                 "hypothesis": QT_TRANSLATE_NOOP("ExportDialog", "Hypothesis (JSON)"),
                 "anki": QT_TRANSLATE_NOOP("ExportDialog", "Anki deck"),
                 "notes": QT_TRANSLATE_NOOP("ExportDialog", "Study notes (学习笔记, Word)")}
NOTES_KEYS = ("export/notes-title", "export/notes-name", "export/notes-group")


class ExportCancelled(Exception):
    pass


class ExportDialog(QDialog):
    def __init__(self, library: Library, selected: list[int], parent=None,
                 settings: QSettings | None = None, style: str = REFERENCE_STYLES[0]):
        """`style`: of the references (Tools ▸ Citation style)."""
        super().__init__(parent)
        self.library, self.selected, self.settings = library, selected, settings
        self.citation_style = style
        self.job: Job | None = None
        self.preview_job: Job | None = None
        self._asked = 0
        self.written: str | None = None
        self.setWindowTitle(self.tr("Export highlights"))
        self.resize(900, 640)

        self.format_box = QComboBox()
        for name, suffix in EXPORT_FORMATS.items():
            self.format_box.addItem(f"{self.tr(FORMAT_LABELS[name])} ({suffix})", name)
        self.selected_only = QCheckBox(self.tr(
            "Only the %n speech(es) selected in the library", "", len(selected)))
        self.selected_only.setEnabled(bool(selected))
        self.selected_only.setChecked(bool(selected))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("any tag — or names separated by spaces"))
        self.colour_names = library.annotations.color_names()
        self.color_boxes = {}
        colors = QHBoxLayout()
        for name, _, color in HIGHLIGHTS:
            box = QCheckBox(named(name, self.colour_names))
            box.setIcon(QIcon(swatch(color, 14)))
            box.setChecked(True)
            self.color_boxes[name] = box
            colors.addWidget(box)
        colors.addStretch(1)
        self.date_from, self.date_to = QLineEdit(), QLineEdit()
        self.date_from.setPlaceholderText(self.tr("from, e.g. 2016"))
        self.date_to.setPlaceholderText(self.tr("to, e.g. 2018-06"))
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        self.kind_boxes = {"highlight": QCheckBox(self.tr("My highlights")),
                           "directive": QCheckBox(self.tr("Directives of these speeches")),
                           "figure": QCheckBox(self.tr("Figures of these speeches"))}
        self.kind_boxes["highlight"].setChecked(True)
        kinds = QHBoxLayout()
        for box in self.kind_boxes.values():
            kinds.addWidget(box)
        kinds.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Speeches:"), self.selected_only)
        form.addRow(self.tr("Tags:"), self.tags_edit)
        form.addRow(self.tr("Colours:"), colors)
        form.addRow(self.tr("Speech dates:"), dates)
        form.addRow(self.tr("Include:"), kinds)
        self.notes_box = self._notes_box()
        self.count_label = QLabel()
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notes_box)
        layout.addWidget(self.count_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)

        self.timer = QTimer(self, singleShot=True, interval=250)
        self.timer.timeout.connect(self.refresh_preview)
        for box in (self.selected_only, *self.color_boxes.values(), *self.kind_boxes.values()):
            box.toggled.connect(self.timer.start)
        for edit in (self.tags_edit, self.date_from, self.date_to):
            edit.textChanged.connect(self.timer.start)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.choose_file)
        self.format_box.currentIndexChanged.connect(self._show_notes_box)
        self._show_notes_box()
        self.refresh_preview()

    def _notes_box(self) -> QGroupBox:
        """What a 学习笔记 says besides the excerpts: title, name, date, grouping, 心得体会."""
        remembered = [str(self.settings.value(key, "")) if self.settings else ""
                      for key in NOTES_KEYS]
        self.notes_title, self.notes_name = QLineEdit(remembered[0]), QLineEdit(remembered[1])
        self.notes_title.setPlaceholderText(self.tr("Study notes"))  # the title left empty
        self.notes_date = QLineEdit(messages.day(date.today()))
        self.notes_group = QComboBox()
        self.notes_group.addItem(self.tr("By speech"), "speech")
        self.notes_group.addItem(self.tr("By tag (an excerpt under each of its tags)"), "tag")
        self.notes_group.setCurrentIndex(max(0, self.notes_group.findData(remembered[2])))
        self.reflection = QPlainTextEdit()
        self.reflection.setPlaceholderText(self.tr(
            "Your 心得体会 — left empty, the notes end with room to write it by hand"))
        self.reflection.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        box = QGroupBox(self.tr("Study notes"))
        form = QFormLayout(box)
        form.addRow(self.tr("Title:"), self.notes_title)
        form.addRow(self.tr("Your name:"), self.notes_name)
        form.addRow(self.tr("Date:"), self.notes_date)
        form.addRow(self.tr("Excerpts:"), self.notes_group)
        form.addRow(self.tr("心得体会:"), self.reflection)
        return box

    @Slot()
    def _show_notes_box(self) -> None:
        self.notes_box.setVisible(self.format_box.currentData() == "notes")

    def study_notes(self) -> StudyNotes:
        return StudyNotes(title=self.notes_title.text().strip(),
                          name=self.notes_name.text().strip(),
                          date=self.notes_date.text().strip(),
                          group=self.notes_group.currentData(),
                          reflection=self.reflection.toPlainText())

    def _remember(self, notes: StudyNotes) -> None:
        if self.settings is not None:
            for key, value in zip(NOTES_KEYS, (notes.title, notes.name, notes.group),
                                  strict=True):
                self.settings.setValue(key, value)

    def chosen(self) -> ExportFilter:
        colors = [name for name, box in self.color_boxes.items() if box.isChecked()]
        return ExportFilter(
            speech_ids=list(self.selected) if self.selected_only.isChecked() else None,
            tags=self.tags_edit.text().replace("，", " ").replace(",", " ").split(),
            colors=[] if len(colors) == len(self.color_boxes) else colors,
            date_from=self.date_from.text().strip(), date_to=self.date_to.text().strip(),
            kinds=[kind for kind, box in self.kind_boxes.items() if box.isChecked()])

    @Slot()
    def refresh_preview(self) -> None:
        where = self.chosen()
        labels = messages.export_labels(self.citation_style, self.colour_names)
        self.count_label.setText(self.tr("Counting…"))
        self._asked += 1
        asked = self._asked

        def work(job: Job):
            found = self.library.excerpts.select(where)
            return asked, len(found), excerpts_markdown(found[:PREVIEW], labels=labels)

        self.preview_job = run_in_background(work, self._show_preview, self._on_failed,
                                             library=self.library, owner=self)

    def _show_preview(self, result) -> None:
        asked, count, text = result
        if asked != self._asked:
            return  # the choices changed again while this preview was made
        self.count_label.setText(
            self.tr("%Ln excerpt(s) will be exported; the first {shown} as they will read:", "",
                    count).format(shown=PREVIEW) if count > PREVIEW else
            self.tr("%Ln excerpt(s) will be exported:", "", count))
        self.preview.setMarkdown(text or self.tr("*Nothing matches these choices.*"))
        self.export_button.setEnabled(count > 0)

    @Slot()
    def choose_file(self) -> None:
        kind = self.format_box.currentData()
        name, suffix = self.tr(FORMAT_LABELS[kind]), EXPORT_FORMATS[kind]
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export highlights"),
            save_folder.suggested(self.tr("Yandu excerpts") + suffix), f"{name} (*{suffix})")
        if path:
            save_folder.remember(path)
            self.write(path if path.endswith(suffix) else path + suffix, kind)

    def write(self, path: str, kind: str) -> None:
        where, notes = self.chosen(), self.study_notes()
        labels = messages.export_labels(self.citation_style, self.colour_names)
        if kind == "notes":
            self._remember(notes)

        def work(job: Job):
            excerpts = self.library.excerpts.select(where)

            def progress(done: int, total: int) -> None:
                if job.cancelled():
                    raise ExportCancelled
                job.report(done, total)

            try:
                export_excerpts(excerpts, kind, path, progress, labels, notes)
            except ExportCancelled:
                return None
            return len(excerpts)

        self.job = run_with_progress(self, self.tr("Exporting…"), work, lambda count: self._done(
            path, count), self._on_failed, library=self.library)

    def _done(self, path: str, count: int | None) -> None:
        if count is None:
            return  # cancelled: nothing was written
        self.written = path
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Export"), self.tr("The export failed: {why}").format(
            why=messages.describe(error)))
