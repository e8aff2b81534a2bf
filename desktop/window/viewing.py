"""How the window is laid out for reading: fitting the screen it opens on, the reading mode
(F11: full screen, only the text) and distraction-free reading (Shift+F11: the panes hidden),
reading settings, copying a passage with its citation, printing a speech or saving it as PDF
with its highlights and notes, and the Help menu."""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

from analysis.version import __version__
from db import Library
from desktop.common import messages, save_folder
from desktop.common.style import reading_font
from desktop.common.themes import apply_to_application
from desktop.reader.reader_pane import ReaderPane

WIDTH, HEIGHT = 1400, 900  # the first window, on a screen that has room for it
SCREEN_SHARE = 0.92  # of the screen's free area, at most, on a smaller screen
STUDY_SHARE = 0.3  # of the window's height the study panel takes when it opens


class Viewing(QObject):
    def __init__(self, library: Library, reader: ReaderPane, panes: list[QWidget],
                 study: QDockWidget, window: QMainWindow, style: Callable[[], str]):
        """`style`: the citation style chosen (db/references.py STYLES)."""
        super().__init__(window)
        self.library, self.reader, self.panes, self.window = library, reader, panes, window
        self.style = style
        self.study = study
        self._hidden_by_us: list[QWidget] = []
        self._was_maximized = False
        self._study_size = 0  # the study panel's height (or width at a side) before it grew

    def fit_to_screen(self) -> None:
        """The window's size (WIDTH×HEIGHT at first, or the one remembered) within the screen
        it is on: the first window must not be bigger than a 1366×768 laptop's screen."""
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry()
        self.window.resize(min(self.window.width(), int(free.width() * SCREEN_SHARE)),
                           min(self.window.height(), int(free.height() * SCREEN_SHARE)))
        frame = self.window.frameGeometry()
        if not free.contains(frame):
            frame.moveCenter(free.center())
            self.window.move(frame.topLeft())

    def study_height(self) -> int:
        return int(self.window.height() * STUDY_SHARE)

    # Reading modes

    @Slot(bool)
    def reading_mode(self, on: bool) -> None:
        """Full screen with the text alone."""
        self.distraction_free(on)
        if on:
            self._was_maximized = self.window.isMaximized()
            self.window.showFullScreen()
        elif self._was_maximized:
            self.window.showMaximized()
        else:
            self.window.showNormal()

    @Slot(bool)
    def distraction_free(self, on: bool) -> None:
        """The library, outline, annotations, study panel and toolbar hidden, and back."""
        if on and not self._hidden_by_us:
            self._hidden_by_us = [pane for pane in self._all_panes() if pane.isVisible()]
            for pane in self._hidden_by_us:
                pane.hide()
            self.reader.focus_text()
        elif not on:
            for pane in self._hidden_by_us:
                pane.show()
            self._hidden_by_us = []

    @Slot(bool)
    def study_over_text(self, on: bool) -> None:
        """The study panel in the place of the lists and the text (a laptop's screen leaves it
        three rows otherwise), and back to the size it had."""
        central = self.window.centralWidget()
        assert central is not None
        if on == central.isHidden():
            return
        orientation = self._study_orientation()
        if on:
            if self.study.isFloating():  # back in its place first, to have one to grow into
                with QSignalBlocker(self.study):  # hidden a moment: not closed
                    self.study.setFloating(False)
            self._study_size = self.study.height() \
                if orientation == Qt.Orientation.Vertical else self.study.width()
            self.study.show()
            central.hide()
        else:
            central.show()
            if self._study_size:
                self.window.resizeDocks([self.study], [self._study_size], orientation)

    def _study_orientation(self) -> Qt.Orientation:
        side = self.window.dockWidgetArea(self.study) in (Qt.DockWidgetArea.LeftDockWidgetArea,
                                                          Qt.DockWidgetArea.RightDockWidgetArea)
        return Qt.Orientation.Horizontal if side else Qt.Orientation.Vertical

    def _all_panes(self) -> list[QWidget]:
        return [*self.panes, *self.window.findChildren(QToolBar)]

    # Reading settings

    def reading_settings(self, remember) -> None:
        """The dialog shows its choices on the open speech and the window; OK keeps them
        (`remember()`)."""
        from desktop.dialogs.reading_settings_dialog import ReadingSettingsDialog
        dialog = ReadingSettingsDialog(*self.reader.reading(), self.set_reading, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_reading(*dialog.chosen())
            remember()

    def set_reading(self, family: str, size: int, line_height: int, theme_name: str) -> None:
        """The reader's settings; the theme colours the whole window."""
        self.reader.set_reading(family, size, line_height, theme_name)
        apply_to_application(theme_name)

    # Copying

    @Slot()
    def copy_with_citation(self) -> None:
        """The selection, then its speech's reference in the chosen style and its section."""
        selection, speech_id = self.reader.selection(), self.reader.speech_id
        if selection is None or speech_id is None:
            self.window.statusBar().showMessage(self.tr("Select a passage to copy first."),
                                                4000)
            return
        passage = self.library.excerpts.passage(speech_id, *selection)
        from db import source_line  # here: the window opens without the exporters
        cited = source_line(passage, messages.export_labels(self.style()))
        QGuiApplication.clipboard().setText(f"{passage.quote}\n——{cited}")
        self.window.statusBar().showMessage(
            self.tr("Copied with its citation: {citation}").format(citation=cited), 4000)

    # Printing

    def _page(self) -> QTextDocument | None:
        record = self.reader.speech
        if record is None:
            self.window.statusBar().showMessage(self.tr("Open a speech first."), 4000)
            return None
        from desktop.reader.print_document import speech_html  # printing loads on use
        document = QTextDocument()
        document.setDefaultFont(reading_font(11))
        whole = self.library.excerpts.passage(record.summary.id, 0, max(len(record.text), 1))
        document.setHtml(speech_html(record, self.reader.annotations(),
                                     whole.cite(self.style()), self.tr("Notes")))
        return document

    @Slot()
    def print_speech(self) -> None:
        document = self._page()
        if document is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self.window).exec() == QDialog.DialogCode.Accepted:
            document.print_(printer)

    @Slot()
    def save_pdf(self) -> None:
        document = self._page()
        if document is None:
            return
        title = (self.reader.speech.summary.title if self.reader.speech else "") or "speech"
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save as PDF"), save_folder.suggested(f"{title[:40]}.pdf"),
            self.tr("PDF (*.pdf)"))
        if not path:
            return
        save_folder.remember(path)
        self.write_pdf(document, Path(path), title)

    def write_pdf(self, document: QTextDocument, path: Path, title: str = "") -> None:
        """Written beside the target and moved into place: a PDF appears whole or not at all.
        `title` is the PDF's own (what a reader's title bar and a library of PDFs show)."""
        from PySide6.QtPrintSupport import QPrinter

        from db import new_file_beside
        temporary = new_file_beside(path)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setDocName(title)
        printer.setCreator("Yandu")
        printer.setOutputFileName(str(temporary))
        document.print_(printer)
        try:
            if temporary.stat().st_size == 0:
                raise OSError(self.tr("nothing was written"))
            os.replace(temporary, path)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            QMessageBox.warning(self.window, self.tr("Save as PDF"), self.tr(
                "Cannot write {file}: {why}").format(file=path, why=error.strerror or error))
            return
        self.window.statusBar().showMessage(self.tr("Saved {file}").format(file=path), 6000)

    # Help

    @Slot()
    def shortcuts(self) -> None:
        from desktop.dialogs.shortcuts_dialog import ShortcutsDialog
        ShortcutsDialog(self.window.findChildren(QAction), self.window).exec()

    @Slot()
    def about(self) -> None:
        QMessageBox.about(self.window, self.tr("About Yandu"), self.tr(
            "<h3>研读 Yandu {version}</h3><p>Read, mark up and study Chinese official speeches: "
            "directives and figures highlighted, your highlights, notes and tags, search and "
            "study across the library, exports to Markdown, Word and flash cards.</p>"
            "<p>Everything stays in one file on this computer:<br><code>{library}</code></p>")
            .format(version=__version__, library=self.library.path))

