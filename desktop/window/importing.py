"""Importing into the library from the window: files, a folder, dropped paths, pasted text and
the sample speeches; bringing speeches stored by an older Yandu up to date; and the report of
what was imported and what failed. The work runs off the UI thread with progress and cancel."""
from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMainWindow, QMessageBox

from analysis import SUPPORTED_SUFFIXES
from db import AnnotationImport, ImportBatch, Library
from desktop.common import messages
from desktop.common.worker import Job
from desktop.common.writes import Writes
from desktop.window.session import Session
from resources import sample_paths

PATTERNS = " ".join(f"*{suffix}" for suffix in sorted(SUPPORTED_SUFFIXES))
QUIT_WAIT_MS = 10_000  # a cancelled import stops between two speeches: well within this
REPORTED = 20  # failed files named in the report; the rest are counted


class Importing(QObject):
    open_requested = Signal(int)  # a speech to show once its file is imported
    updated = Signal()  # stored speeches were brought up to date

    def __init__(self, library: Library, writes: Writes, session: Session,
                 current: Callable[[], int | None], window: QMainWindow):
        super().__init__(window)
        self.library, self.writes, self.session, self.window = library, writes, session, window
        self.current = current  # the speech open in the reader
        self.job: Job | None = None
        self.quitting = False  # the window is closing: the last import's report is its own
        self.last_summary = ""

    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def cancel(self) -> None:
        if self.busy():
            assert self.job is not None
            self.job.cancel()

    def stop_for_quit(self) -> bool:
        """Asked as the window closes: may it close, and if an import runs, cancel it (the
        files stored so far are kept, the one being stored is not) and say what was kept."""
        if not self.busy():
            return True
        answer = QMessageBox.question(
            self.window, self.tr("Quit"),
            self.tr("Files are being imported. Quit and cancel the import? The files imported "
                    "so far are kept; the one being imported is not."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.quitting = True
        self.cancel()
        waited = QElapsedTimer()
        waited.start()
        while self.busy() and waited.elapsed() < QUIT_WAIT_MS:  # the window keeps drawing
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QMessageBox.information(self.window, self.tr("Quit"), self.tr(
            "{summary}.\nThe file being imported when you quit was not kept.").format(
            summary=self.last_summary or self.tr("Import cancelled")))
        return True

    def status(self, text: str, timeout: int = 4000) -> None:
        self.window.statusBar().showMessage(text, timeout)

    # What to import

    @Slot()
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import speeches"), self.session.import_folder,
            self.tr("Speeches ({patterns});;All files (*)").format(patterns=PATTERNS))
        if paths:
            self.session.import_folder = str(Path(paths[0]).parent)
            self.import_paths(paths)

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window,
                                                  self.tr("Import a folder of speeches"),
                                                  self.session.import_folder)
        if folder:
            self.session.import_folder = folder
            self.import_paths([folder])

    @Slot()
    def import_samples(self) -> None:
        self._run_import(self.tr("Importing the sample speeches"), sample_paths)

    def import_paths(self, paths: list[str]) -> None:
        self._run_import(self.tr("Importing"), lambda stack: list(paths))

    @Slot()
    def paste_speech(self) -> None:
        text = QApplication.clipboard().text().strip()
        if not text:
            QMessageBox.information(self.window, self.tr("Paste as new speech"),
                                    self.tr("The clipboard holds no text."))
            return
        # the title an import of the text finds, as a file's is found; empty if none
        found = self.library.importer.title_of_text(text) or ""
        title, ok = QInputDialog.getText(self.window, self.tr("Paste as new speech"),
                                         self.tr("Title for the pasted text (%Ln "
                                                 "character(s)):", "", len(text)),
                                         text=found)
        if ok:
            self._start(self.tr("Importing the pasted text"),
                        lambda job: ImportBatch([self.library.importer.import_text(text, title)]))

    def _run_import(self, title: str, paths: Callable[[ExitStack], list]) -> None:
        def work(job: Job) -> ImportBatch:
            at = [0, 0]  # the file being imported, of how many

            def files(done: int, total: int, name: str) -> None:
                at[:] = [done, total]
                job.report(done, total, name)

            def pages(done: int, total: int, name: str) -> None:
                label = self.tr("{file}\nPage {done} of {total} read (OCR)").format(
                    file=name, done=done, total=total)
                # one scan: the bar counts its pages; in a folder it counts the files
                job.report(*((done, total) if at[1] == 1 else (at[0], at[1])), label)
            with ExitStack() as stack:  # keeps bundled samples on disk while importing
                results = list(self.library.importer.import_paths(
                    paths(stack), job.cancelled, files, pages=pages))
            return ImportBatch(results, job.cancelled())
        self._start(title, work)

    def _start(self, title: str, work: Callable[[Job], ImportBatch]) -> None:
        if self.busy():
            self.status(self.tr("An import is still running."))
            return
        self.job = self.writes.start(title, work, self._report, self._on_failed,
                                     library=self.library)

    # The report

    def _report(self, batch: ImportBatch) -> None:
        results, cancelled = batch.results, batch.cancelled
        counts = {status: sum(r.status == status for r in results)
                  for status in ("imported", "updated", "unchanged", "failed")}
        counts["unchanged"] += sum(r.status == "duplicate" for r in results)
        if cancelled:
            summary = self.tr("Import cancelled: {imported} imported, {updated} updated to a "
                              "new version, {unchanged} already in the library, {failed} failed")
        elif counts["updated"]:
            summary = self.tr("{imported} imported, {updated} updated to a new version, "
                              "{unchanged} already in the library, {failed} failed")
        else:
            summary = self.tr("{imported} imported, {unchanged} already in the library, "
                              "{failed} failed")
        summary = summary.format(**counts)
        self.status(summary, 10000)
        self.last_summary = summary
        if self.quitting:  # the window says what was kept as it closes; nothing more here
            return
        opened = next((r for r in results if r.status != "failed"), None)
        if opened is not None and opened.status == "duplicate":
            self.open_requested.emit(opened.duplicates[0][0])  # the speech it is
        elif opened is not None and opened.source_id is not None:
            speeches = self.library.speeches.of_source(opened.source_id)
            # a file imported again leaves the reader on the speech of it that is open
            if speeches and self.current() not in speeches:
                self.open_requested.emit(speeches[0])
        orphans = sum(len(r.placement.orphaned) for r in results if r.placement)
        if orphans:
            QMessageBox.information(
                self.window, self.tr("Import"), self.tr(
                    "%n highlight(s) could not be found in the new version of their "
                    "speech. They are kept, marked ⚠ in the Annotations panel: select the words "
                    "each belongs to and click Re-attach to selection, or delete it.", "",
                    orphans))
        repeated = [r for r in results if r.duplicates]
        if repeated:
            lines = "\n".join(f"• {messages.import_line(r)}" for r in repeated[:REPORTED])
            if len(repeated) > REPORTED:
                lines += "\n" + self.tr("…and %n more", "", len(repeated) - REPORTED)
            QMessageBox.information(self.window, self.tr("Import"), self.tr(
                "These files hold speeches already in the library, from other files; they "
                "were not stored again:\n{files}").format(files=lines))
        failed = [r for r in results if r.status == "failed"]
        if failed:
            lines = "\n".join(f"• {messages.import_line(r)}" for r in failed[:REPORTED])
            if len(failed) > REPORTED:
                lines += "\n" + self.tr("…and %n more", "", len(failed) - REPORTED)
            QMessageBox.warning(self.window, self.tr("Import"), self.tr(
                "{summary}.\n\nThese files were not imported:\n{files}").format(
                summary=summary, files=lines))

    # Highlights from a JSON export

    @Slot()
    def import_annotations(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import highlights"),
                                              str(Path.home()),
                                              self.tr("W3C Web Annotation JSON (*.json)"))
        if not path:
            return
        name = Path(path).name
        try:
            document = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            QMessageBox.warning(self.window, self.tr("Import highlights"), f"{name}: {error}")
            return
        self.writes.start(
            self.tr("Importing highlights…"),
            lambda job: self.library.excerpts.import_annotations(document),
            self._on_annotations_imported,
            lambda error: QMessageBox.warning(self.window, self.tr("Import highlights"),
                                              f"{name}: {messages.describe(error)}"),
            library=self.library)

    def _on_annotations_imported(self, outcome: AnnotationImport) -> None:
        summary = self.tr("%n highlight(s) added, {skipped} already there", "",
                          outcome.added).format(skipped=outcome.skipped)
        if outcome.automatic:  # found again by the analysis: never made into highlights
            summary += self.tr("; %n automatic directive(s) and figure(s) left out", "",
                               outcome.automatic)
        if outcome.problems:
            lines = "\n".join(f"• {messages.annotation_problem(problem)}"
                              for problem in outcome.problems[:REPORTED])
            QMessageBox.information(self.window, self.tr("Import highlights"),
                                    self.tr("{summary}.\n\n{problems}").format(
                                        summary=summary, problems=lines))
        self.status(summary, 8000)

    def _on_failed(self, error: BaseException) -> None:
        QMessageBox.critical(self.window, self.tr("Yandu"),
                             self.tr("The work stopped with an error:\n{why}").format(
                                 why=messages.describe(error)))

    # Speeches stored by an older Yandu

    @Slot()
    def bring_up_to_date(self) -> None:
        """Their mentions first, then the search index."""
        if self.busy():
            return
        stale = self.library.importer.stale_count()
        if stale:
            self.job = self.writes.start(
                self.tr("Updating %n speech(es) for this version of Yandu", "", stale),
                lambda job: self.library.importer.reanalyze(job.cancelled, job.report),
                self._on_updated, self._on_failed, library=self.library)
            return
        unindexed = self.library.index.unindexed_count()
        if unindexed:
            self.job = self.writes.start(
                self.tr("Adding %n speech(es) to the search index", "", unindexed),
                lambda job: self.library.index.build(job.cancelled, job.report),
                self._on_updated, self._on_failed, library=self.library)

    def _on_updated(self, _count: int) -> None:
        self.updated.emit()
        if self.library.importer.stale_count() == 0 and self.library.index.unindexed_count():
            self.bring_up_to_date()

