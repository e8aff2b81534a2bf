"""The main window: library, reader, outline and annotations, with menus, toolbar, undo and
import. It talks to the library API only; long work goes through desktop.worker."""
from __future__ import annotations

from contextlib import ExitStack
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
)

from analysis import SUPPORTED_SUFFIXES
from analysis.tokens import search_tokens
from db import BackupError, ImportResult, Library, LibraryError, MentionRecord
from db.backup import KEEP, backups_folder
from desktop.annotation_pane import AnnotationPane
from desktop.commands import (
    AddAnnotation,
    DeleteAnnotation,
    DeleteSpeeches,
    EditAnnotation,
    LibraryCommand,
    ReattachAnnotation,
    SetSpeechTags,
)
from desktop.compare_dialog import CompareDialog
from desktop.export_dialog import ExportDialog
from desktop.library_pane import LibraryPane
from desktop.outline_pane import OutlinePane
from desktop.reader_pane import ReaderPane
from desktop.review_dialog import ReviewDialog
from desktop.study_dock import StudyDock
from desktop.style import (
    DEFAULT_FONT_SIZE,
    FONT_SIZES,
    HIGHLIGHT_LABELS,
    HIGHLIGHTS,
    swatch,
)
from desktop.tag_manager import TagManager
from desktop.welcome_panel import WelcomePanel
from desktop.worker import Job, run_in_background, run_with_progress
from resources import sample_paths

FILE_FILTER = ("Speeches (" + " ".join(f"*{suffix}" for suffix in sorted(SUPPORTED_SUFFIXES))
               + ");;All files (*)")


AFTER_START_MS = 1500  # background work that waits until the window is up


class MainWindow(QMainWindow):
    def __init__(self, library: Library, settings: QSettings):
        super().__init__()
        self.library = library
        self.settings = settings
        self.current_id: int | None = None
        self.job: Job | None = None
        self.last_color = HIGHLIGHTS[0][0]
        self.due = 0  # review cards due today
        self._study_hidden_while_empty = False
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle("研读 Yandu")
        self.setAcceptDrops(True)
        self.resize(1400, 900)

        self.library_pane = LibraryPane()
        self.reader = ReaderPane()
        self.outline = OutlinePane()
        self.annotations = AnnotationPane()
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.addWidget(self.outline)
        self.side.addWidget(self.annotations)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.library_pane)
        self.splitter.addWidget(self.reader)
        self.splitter.addWidget(self.side)
        self.splitter.setSizes([400, 700, 330])  # proportions; kept as the window resizes
        self.welcome = WelcomePanel()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.study = StudyDock(library, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.study)
        self.resizeDocks([self.study], [260], Qt.Orientation.Vertical)

        self._make_actions()
        self._make_menus()
        self._connect()
        self._restore_settings()
        self.library.purge_deleted()  # left over if the last session was killed
        self.refresh_library()
        last = self.settings.value("reader/last_speech", None, int)
        if last is not None and last in self.library_pane.model.speech_ids():
            self.open_speech(last)
            # the place in the text is found once the window has its size, so lines wrap as before
            offset = self.settings.value("reader/offset", 0, int)
            QTimer.singleShot(0, lambda: self.reader.view.scroll_to(offset))
        QTimer.singleShot(0, self._reanalyze_stale)
        # Not before the first paint: the dictionary and the copy compete for the CPU and disk.
        QTimer.singleShot(AFTER_START_MS, self._load_dictionary)
        QTimer.singleShot(AFTER_START_MS, self._daily_backup)

    @Slot()
    def _load_dictionary(self) -> None:
        """jieba's dictionary takes half a second to load: once the window is up, off the UI
        thread, rather than when the first note is saved (notes are indexed for search)."""
        run_in_background(lambda job: search_tokens("研读"), lambda _: None, lambda _: None)

    # Building

    def _make_actions(self) -> None:
        def action(text, slot, shortcut=None, tip=None):
            made = QAction(text, self)
            if shortcut:
                made.setShortcuts([QKeySequence(s) for s in shortcut]
                                  if isinstance(shortcut, list) else [QKeySequence(shortcut)])
            if tip:
                made.setToolTip(tip)
                made.setStatusTip(tip)
            made.triggered.connect(slot)
            return made

        self.import_action = action("&Import files…", self.choose_files, QKeySequence.StandardKey.Open,
                                    "Import speeches from HTML, Word, PDF or text files")
        self.import_folder_action = action("Import &folder…", self.choose_folder, "Ctrl+Shift+O",
                                           "Import every speech file in a folder and its subfolders")
        self.paste_action = action("&Paste as new speech…", self.paste_speech, "Ctrl+Shift+V",
                                   "Make a new speech from the text on the clipboard")
        self.samples_action = action("Import the &sample speeches", self.import_samples)
        self.export_action = action("&Export highlights…", self.export, "Ctrl+E",
                                    "Export highlights with notes and citations to Markdown, "
                                    "Word, HTML, CSV, JSON or Anki (Ctrl+E)")
        self.import_annotations_action = action(
            "Import highlights from &JSON…", self.import_annotations, None,
            "Add the highlights of a JSON export to the same speeches in this library")
        self.backup_action = action("&Back up library…", self.back_up, None,
                                    "Save a copy of the whole library, safely while in use")
        self.restore_action = action("&Restore library…", self.restore, None,
                                     "Replace the library with a backup")
        self.backups_setting_action = action(
            "&Automatic backups…", self.choose_backups_kept, None,
            "How many daily and before-update backups to keep beside the library")
        self.quit_action = action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.find_action = action("&Find in speech…", self.reader.find_bar.open_bar,
                                  QKeySequence.StandardKey.Find)
        self.find_next_action = action("Find &next", self.reader.find_bar.next, "F3")
        self.find_previous_action = action("Find pre&vious", self.reader.find_bar.previous,
                                           "Shift+F3")
        self.zoom_in_action = action("&Larger text", lambda: self.zoom(1), ["Ctrl+=", "Ctrl++"])
        self.zoom_out_action = action("S&maller text", lambda: self.zoom(-1), "Ctrl+-")
        self.zoom_reset_action = action("&Default text size", lambda: self.zoom(0), "Ctrl+0")
        self.tags_action = action("&Tags…", self.manage_tags, "Ctrl+Shift+T",
                                  "Rename, merge, recolour and delete tags")
        self.search_action = action("&Search the library…",
                                    lambda: self.study.show_tab(self.study.search),
                                    "Ctrl+Shift+F", "Search every speech and note (Ctrl+Shift+F)")
        self.directives_action = action("&Directives", lambda: self.study.show_tab(
            self.study.directives), "Ctrl+Shift+D", "Every directive in the library as a table")
        self.figures_action = action("&Figures", lambda: self.study.show_tab(self.study.figures),
                                     "Ctrl+Shift+U", "Every figure in the library as a table")
        self.formulas_action = action("提法 F&ormulas", lambda: self.study.show_tab(
            self.study.formulas), "Ctrl+Shift+L", "Every 提法 with its uses")
        self.keywords_action = action("&Keywords of this speech", lambda: self.study.show_tab(
            self.study.keywords), "Ctrl+Shift+K",
            "The terms that set the open speech apart from the rest of the library")
        self.compare_action = action("&Compare two speeches…", self.compare_speeches, None,
                                     "Shared and distinctive terms and directives of two "
                                     "speeches (select two in the library first)")
        self.review_action = action("&Review…", self.review, "Ctrl+R",
                                    "Review the highlights and cloze cards that are due (Ctrl+R)")

        # Highlight keys 1–5 and N act on the reader's selection only, so typing digits in a
        # note or filter box never highlights anything.
        self.highlight_actions = []
        for number, (name, label, color) in enumerate(HIGHLIGHTS, start=1):
            made = action(f"Highlight {label}", lambda _=False, c=name: self.highlight(c),
                          str(number), f"Highlight the selected text in {label.lower()} ({number})")
            made.setIcon(QIcon(swatch(color, 16)))
            made.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.reader.view.addAction(made)
            self.highlight_actions.append(made)
        self.note_action = action("Highlight and add &note", self.note, "N",
                                  "Highlight the selection (or pick the highlight under the "
                                  "cursor) and type a note for it (N)")
        self.note_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.reader.view.addAction(self.note_action)
        self.reader.view.menu_actions = [*self.highlight_actions, self.note_action]
        self.delete_annotation_action = action("&Delete highlight", self.delete_annotation,
                                               QKeySequence.StandardKey.Delete)
        self.delete_annotation_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.annotations.view.addAction(self.delete_annotation_action)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for item in (self.import_action, self.import_folder_action, self.paste_action,
                     self.samples_action, None, self.export_action,
                     self.import_annotations_action, None, self.backup_action,
                     self.restore_action, self.backups_setting_action, None, self.quit_action):
            file_menu.addSeparator() if item is None else file_menu.addAction(item)
        edit = bar.addMenu("&Edit")
        for item in (self.undo_action, self.redo_action, None, *self.highlight_actions,
                     self.note_action, self.delete_annotation_action, None, self.find_action,
                     self.find_next_action, self.find_previous_action,
                     None, self.library_pane.delete_action):
            edit.addSeparator() if item is None else edit.addAction(item)
        view = bar.addMenu("&View")
        for layer_action in self.reader.legend.actions.values():
            view.addAction(layer_action)
        view.addSeparator()
        for item in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view.addAction(item)
        study = bar.addMenu("&Study")
        for item in (self.search_action, self.directives_action, self.figures_action,
                     self.formulas_action, self.keywords_action, self.compare_action, None,
                     self.review_action, None, self.study.toggleViewAction()):
            study.addSeparator() if item is None else study.addAction(item)
        bar.addMenu("&Tools").addAction(self.tags_action)

        toolbar = QToolBar("Main")
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for item in (self.import_action, self.paste_action, None, *self.highlight_actions,
                     self.note_action, None, self.undo_action, self.redo_action, None,
                     self.find_action, self.search_action, self.review_action, self.tags_action):
            toolbar.addSeparator() if item is None else toolbar.addAction(item)
        for made in self.highlight_actions:
            toolbar.widgetForAction(made).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        self.library_pane.speech_selected.connect(self._on_speech_selected)
        self.library_pane.delete_requested.connect(self._on_delete_speeches)
        self.welcome.import_requested.connect(self.choose_files)
        self.welcome.samples_requested.connect(self.import_samples)
        self.outline.section_clicked.connect(self._on_section_clicked)
        view = self.reader.view
        view.scrolled.connect(self._on_reader_scrolled)
        view.mention_clicked.connect(self._on_mention_clicked)
        view.annotation_clicked.connect(self._on_annotation_chosen)
        view.selectionChanged.connect(self._update_actions)
        self.reader.tags.tags_changed.connect(self._on_speech_tags_edited)
        self.reader.legend.layers_changed.connect(self._on_layers_changed)
        self.annotations.annotation_clicked.connect(self._on_annotation_chosen)
        self.annotations.color_changed.connect(self._on_annotation_color)
        self.annotations.note_changed.connect(self._on_annotation_note)
        self.annotations.tags_changed.connect(self._on_annotation_tags)
        self.annotations.delete_requested.connect(self._on_annotation_delete)
        self.annotations.reattach_requested.connect(self._on_annotation_reattach)
        self.study.open_requested.connect(self.open_at)
        self.study.compare_requested.connect(self.compare_speeches)
        self.library_pane.view.selectionModel().selectionChanged.connect(
            self._on_library_selection)

    # Library

    def refresh_library(self) -> None:
        speeches = self.library.list_speeches()
        self.library_pane.set_speeches(speeches, self.current_id)
        names = self.library.tag_names()
        self.library_pane.set_tags(names)
        self.reader.tags.set_completions(names)
        self.annotations.set_tag_completions(names)
        self.stack.setCurrentWidget(self.splitter if speeches else self.welcome)
        # an empty library shows the welcome panel alone; the study panel comes back with speeches
        if not speeches and not self.study.isHidden():
            self.study.hide()
            self._study_hidden_while_empty = True
        elif speeches and self._study_hidden_while_empty:
            self.study.show()
            self._study_hidden_while_empty = False
        self.study.library_changed(names)
        if self.current_id is not None and self.current_id not in {s.id for s in speeches}:
            self.open_speech(None)
        self._refresh_due()
        self._update_actions()

    def _show_counts(self) -> None:
        speeches = self.library_pane.model.speech_ids()
        self.status_label.setText(f"{len(speeches)} speeches · "
                                  f"{self.library_pane.model.annotation_total()} highlights · "
                                  f"{self.due} due for review")
        self.review_action.setText(f"&Review… ({self.due} due)")

    @Slot()
    def _refresh_due(self) -> None:
        """Cards for new highlights, and how many are due: when highlights come or go."""
        self.library.sync_cards()
        self.due = self.library.due_count()
        self._show_counts()

    def open_speech(self, speech_id: int | None, offset: int = 0) -> None:
        self._remember_position()
        record = None
        if speech_id is not None:
            try:
                record = self.library.get_speech(speech_id)
            except LookupError:
                record = None
        self.current_id = record.summary.id if record else None
        annotations = self.library.annotations(self.current_id) if record else []
        self.reader.show_speech(record, annotations)
        self.outline.set_sections(record.outline if record else [])
        self.annotations.set_annotations(annotations)
        if record is not None:
            self.library_pane.select(self.current_id)
            self.reader.view.scroll_to(offset)
            self.outline.follow(offset)
            self.settings.setValue("reader/last_speech", self.current_id)
            self.setWindowTitle(f"{record.summary.title or '(untitled)'} — 研读 Yandu")
        else:
            self.setWindowTitle("研读 Yandu")
        self.study.speech_opened(self.current_id, record.summary.title or "(untitled)"
                                 if record else "")
        self._update_actions()

    def _changed(self, speech_id: int | None) -> None:
        """Called by every undoable command after it wrote to the library."""
        if speech_id is None:
            self.refresh_library()
            return
        if speech_id != self.current_id:
            self.open_speech(speech_id)  # undo and redo show where the change happened
        records = self.library.annotations(speech_id)
        self.reader.view.set_annotations(records)
        self.annotations.set_annotations(records)
        if self.library_pane.model.set_annotation_count(speech_id, len(records)):
            self._refresh_due()
        tags = self.library.speech_tags(speech_id)
        if tags != self.reader.tags.tags:
            self.reader.tags.set_tags(tags)
            self.refresh_library()
        names = self.library.tag_names()
        self.reader.tags.set_completions(names)
        self.annotations.set_tag_completions(names)
        self._update_actions()

    # Annotating

    def highlight(self, color: str, selection: tuple[int, int] | None = None) -> int | None:
        """Highlight the reader's selection; returns the new annotation's id."""
        selection = selection or self.reader.view.selected_range()
        if self.current_id is None or selection is None:
            self.statusBar().showMessage("Select some text in the speech first.", 4000)
            return None
        self.last_color = color
        command = AddAnnotation(self.library, self._changed, self.current_id, *selection, color)
        if not self._push(command):
            return None
        self.reader.view.clear_selection()  # so the new colour shows at once
        self.annotations.select(command.record.id)
        self.statusBar().showMessage(
            f"Highlighted in {HIGHLIGHT_LABELS[color].lower()}: {command.record.quote[:30]}", 4000)
        return command.record.id

    @Slot()
    def note(self) -> None:
        view = self.reader.view
        if view.selected_range() is not None:
            if self.highlight(self.last_color) is None:
                return
        else:
            annotation = view.annotation_at(view.cursor_offset())
            if annotation is None:
                self.statusBar().showMessage("Select some text, or put the cursor in a highlight, "
                                             "to write a note.", 4000)
                return
            self.annotations.select(annotation.id)
        self.annotations.note_edit.setFocus()

    @Slot()
    def delete_annotation(self) -> None:
        record = self.annotations.current()
        if record is not None:
            self._push(DeleteAnnotation(self.library, self._changed, record))

    @Slot(object)
    def _on_mention_clicked(self, mention: MentionRecord) -> None:
        existing = [a for a in self.reader.view.annotations
                    if (a.start, a.end) == (mention.start, mention.end)]
        if existing:
            self.annotations.select(existing[0].id)
            return
        self.highlight(self.last_color, (mention.start, mention.end))

    @Slot(int)
    def _on_annotation_chosen(self, annotation_id: int) -> None:
        record = next((a for a in self.reader.view.annotations if a.id == annotation_id), None)
        if record is not None:
            self.reader.view.select_range(record.start, record.end)
            self.annotations.select(annotation_id)

    def _edit(self, annotation_id: int, text: str, **change) -> None:
        record = next((a for a in self.annotations.records if a.id == annotation_id), None)
        if record is not None:
            self._push(EditAnnotation(self.library, self._changed, record, text, **change))

    @Slot(int, str)
    def _on_annotation_color(self, annotation_id: int, color: str) -> None:
        self._edit(annotation_id, "Change colour", color=color)

    @Slot(int, str)
    def _on_annotation_note(self, annotation_id: int, note: str) -> None:
        self._edit(annotation_id, "Edit note", note=note)

    @Slot(int, list)
    def _on_annotation_tags(self, annotation_id: int, tags: list) -> None:
        self._edit(annotation_id, "Tag highlight", tags=tags)

    @Slot(int)
    def _on_annotation_delete(self, annotation_id: int) -> None:
        self.delete_annotation()

    def _push(self, command: LibraryCommand) -> bool:
        """Run a change and keep it for undo; False (and a message) when it could not be
        saved."""
        failures = []
        command.report = lambda error: failures.append(error) or self._on_write_failed(error)
        self.undo_stack.push(command)
        return not failures

    def _on_write_failed(self, error: LibraryError) -> None:
        QMessageBox.warning(self, "Not saved", str(error))
        self._changed(self.current_id)  # show what the library holds

    @Slot(int)
    def _on_annotation_reattach(self, annotation_id: int) -> None:
        record = next((a for a in self.annotations.records if a.id == annotation_id), None)
        selection = self.reader.view.selected_range()
        if record is None or selection is None:
            self.statusBar().showMessage("Select the words the highlight belongs to first.", 4000)
            return
        if not self._push(ReattachAnnotation(self.library, self._changed, record, *selection)):
            return
        self.reader.view.clear_selection()
        self.annotations.select(annotation_id)
        self._refresh_due()
        self.statusBar().showMessage("Highlight re-attached.", 4000)

    @Slot(list)
    def _on_speech_tags_edited(self, tags: list) -> None:
        if self.current_id is not None:
            before = self.library.speech_tags(self.current_id)
            self._push(SetSpeechTags(self.library, self._changed, self.current_id, before,
                                     tags))

    @Slot(list)
    def _on_delete_speeches(self, speech_ids: list) -> None:
        self._push(DeleteSpeeches(self.library, self._changed, speech_ids))
        count = len(speech_ids)
        self.statusBar().showMessage(
            f"Deleted {count} speech{'es' if count != 1 else ''} — Ctrl+Z brings "
            f"{'them' if count != 1 else 'it'} back.", 8000)

    @Slot()
    def manage_tags(self) -> None:
        dialog = TagManager(self.library, self)
        dialog.tags_changed.connect(self._on_tags_managed)
        dialog.exec()

    @Slot()
    def _on_tags_managed(self) -> None:
        self.refresh_library()
        if self.current_id is not None:
            self._changed(self.current_id)
            self.reader.tags.set_tags(self.library.speech_tags(self.current_id))

    # Studying

    @Slot(int, int, int)
    def open_at(self, speech_id: int, start: int, end: int) -> None:
        """Open a speech with start–end selected and in view (from search and the tables)."""
        if speech_id != self.current_id:
            self.open_speech(speech_id, start)
        if self.current_id != speech_id:
            self.statusBar().showMessage("That speech is no longer in the library.", 4000)
            return
        self.reader.view.scroll_to(start)
        self.reader.view.select_range(start, end)
        self.reader.view.setFocus()

    @Slot()
    def _on_library_selection(self) -> None:
        ids = self.library_pane.selected_ids()
        self.study.directives.set_selection(ids)
        self.study.figures.set_selection(ids)

    @Slot()
    def compare_speeches(self) -> None:
        chosen = self.library_pane.selected_ids()
        first = chosen[0] if chosen else self.current_id
        second = chosen[1] if len(chosen) > 1 else None
        CompareDialog(self.library, self.library.list_speeches(), first, second, self).exec()

    @Slot()
    def review(self) -> None:
        self.library.sync_cards()
        dialog = ReviewDialog(self.library, self.library.due_cards(), self)
        dialog.graded.connect(self._refresh_due)
        dialog.exec()

    # Export, backup and restore

    @Slot()
    def export(self) -> None:
        dialog = ExportDialog(self.library, self.library_pane.selected_ids(), self)
        if dialog.exec() and dialog.written:
            self.statusBar().showMessage(f"Exported to {dialog.written}", 8000)

    @Slot()
    def import_annotations(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import highlights", str(Path.home()),
                                              "W3C Web Annotation JSON (*.json)")
        if not path:
            return
        try:
            document = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            QMessageBox.warning(self, "Import highlights", f"{Path(path).name}: {error}")
            return

        def work(job: Job):
            return self.library.import_annotations(document)

        def failed(message: str) -> None:
            QMessageBox.warning(self, "Import highlights", f"{Path(path).name}: {message}")

        run_with_progress(self, "Importing highlights…", work, self._on_annotations_imported,
                          failed, cleanup=self.library.close)

    def _on_annotations_imported(self, outcome: tuple[int, int, list[str]]) -> None:
        placed, skipped, problems = outcome
        self.refresh_library()
        self.open_speech(self.current_id)
        self._refresh_due()
        message = f"{placed} highlight(s) added, {skipped} already there"
        if problems:
            lines = "\n".join(f"• {problem}" for problem in problems[:20])
            QMessageBox.information(self, "Import highlights", f"{message}.\n\n{lines}")
        self.statusBar().showMessage(message, 8000)

    @Slot()
    def back_up(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d")
        path, _ = QFileDialog.getSaveFileName(
            self, "Back up the library", str(Path.home() / f"研读-{stamp}.sqlite"),
            "Yandu library (*.sqlite)")
        if not path:
            return

        def work(job: Job):
            return self.library.backup(path)

        run_with_progress(self, "Backing up…", work,
                          lambda target: self.statusBar().showMessage(f"Backed up to {target}",
                                                                      8000),
                          lambda message: QMessageBox.warning(self, "Back up", message),
                          cleanup=self.library.close)

    @Slot()
    def restore(self) -> None:
        folder = str(backups_folder(self.library.path))
        path, _ = QFileDialog.getOpenFileName(self, "Restore the library from a backup",
                                              folder, "Yandu library (*.sqlite);;All files (*)")
        if not path:
            return
        answer = QMessageBox.question(
            self, "Restore", f"Replace the whole library with {Path(path).name}?\n\nEverything "
            "added since that backup is replaced; the current file is kept beside the library "
            "as a copy.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.job is not None and not self.job.done:
            self.job.cancel()
        QThreadPool.globalInstance().waitForDone()
        try:
            kept = self.library.restore_from(path)
        except BackupError as error:
            QMessageBox.warning(self, "Restore", str(error))
            return
        self.undo_stack.clear()
        self.current_id = None
        self.refresh_library()
        self.open_speech(None)
        self._refresh_due()
        self.statusBar().showMessage(f"Restored from {Path(path).name}"
                                     + (f"; the replaced file is kept as {kept.name}"
                                        if kept else ""), 10000)

    @Slot()
    def choose_backups_kept(self) -> None:
        keep, ok = QInputDialog.getInt(
            self, "Automatic backups", f"Yandu copies the library once a day and before each "
            f"update into\n{backups_folder(self.library.path)}\n\nBackups to keep:",
            self.settings.value("backup/keep", KEEP, int), 1, 100)
        if ok:
            self.settings.setValue("backup/keep", keep)

    @Slot()
    def _daily_backup(self) -> None:
        keep = self.settings.value("backup/keep", KEEP, int)
        run_in_background(lambda job: self.library.daily_backup(keep), self._on_backed_up,
                          lambda message: self.statusBar().showMessage(
                              f"The daily backup failed: {message}", 10000),
                          cleanup=self.library.close)

    def _on_backed_up(self, path) -> None:
        if path is not None:
            self.statusBar().showMessage(f"Daily backup saved: {path.name}", 4000)

    # Importing

    @Slot()
    def choose_files(self) -> None:
        folder = self.settings.value("import/folder", str(Path.home()))
        paths, _ = QFileDialog.getOpenFileNames(self, "Import speeches", folder, FILE_FILTER)
        if paths:
            self.settings.setValue("import/folder", str(Path(paths[0]).parent))
            self.import_paths(paths)

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Import a folder of speeches", self.settings.value("import/folder", str(Path.home())))
        if folder:
            self.settings.setValue("import/folder", folder)
            self.import_paths([folder])

    @Slot()
    def import_samples(self) -> None:
        self._run_import("Importing the sample speeches", sample_paths)

    def import_paths(self, paths: list[str]) -> None:
        self._run_import("Importing", lambda stack: list(paths))

    @Slot()
    def paste_speech(self) -> None:
        text = QApplication.clipboard().text().strip()
        if not text:
            QMessageBox.information(self, "Paste as new speech", "The clipboard holds no text.")
            return
        first_line = text.splitlines()[0].strip()[:60]
        title, ok = QInputDialog.getText(self, "Paste as new speech",
                                         f"Title for the pasted text ({len(text):,} characters):",
                                         text=first_line)
        if not ok:
            return

        self._start("Importing the pasted text",
                    lambda job: ([self.library.import_text(text, title)], False))

    def _run_import(self, title: str, paths) -> None:
        def work(job: Job):
            with ExitStack() as stack:  # keeps bundled samples on disk while importing
                results = list(self.library.import_paths(paths(stack), job.cancelled,
                                                         job.report))
            return results, job.cancelled()
        self._start(title, work)

    def _start(self, title: str, work) -> None:
        if self.job is not None and not self.job.done:
            self.statusBar().showMessage("An import is still running.", 4000)
            return
        self.job = run_with_progress(self, title, work, self._on_imported, self._on_job_failed,
                                     cleanup=self.library.close)

    def _on_imported(self, outcome: tuple[list[ImportResult], bool]) -> None:
        results, cancelled = outcome
        counts = {status: sum(r.status == status for r in results)
                  for status in ("imported", "updated", "unchanged", "failed")}
        self.refresh_library()
        message = (f"{counts['imported']} imported, "
                   + (f"{counts['updated']} updated to a new version, " if counts["updated"]
                      else "")
                   + f"{counts['unchanged']} already in the library, "
                   f"{counts['failed']} failed" + (" — cancelled" if cancelled else ""))
        self.statusBar().showMessage(message, 10000)
        sources = [r.source_id for r in results if r.status != "failed"]
        if sources:
            first = next((s.id for s in self.library.list_speeches() if s.source_id == sources[0]),
                         None)
            if first is not None:
                self.open_speech(first)
        orphans = sum(len(r.placement.orphaned) for r in results if r.placement)
        if orphans:
            QMessageBox.information(
                self, "Import", f"{orphans} highlight(s) could not be found in the new version "
                "of their speech. They are kept, marked ⚠ in the Annotations panel: select the "
                "words each belongs to and click Re-attach to selection, or delete it.")
        failed = [r for r in results if r.status == "failed"]
        if failed:
            lines = "\n".join(f"• {Path(r.path).name}: {r.message}" for r in failed[:20])
            more = f"\n…and {len(failed) - 20} more" if len(failed) > 20 else ""
            QMessageBox.warning(self, "Import", f"{message}.\n\nThese files were not imported:\n"
                                                f"{lines}{more}")

    def _on_job_failed(self, message: str) -> None:
        self.refresh_library()
        QMessageBox.critical(self, "Yandu", f"The work stopped with an error:\n{message}")

    @Slot()
    def _reanalyze_stale(self) -> None:
        """Bring speeches stored by an older Yandu up to date: their mentions, then the search
        index."""
        if self.job is not None and not self.job.done:
            return
        stale = self.library.stale_count()
        if stale:
            self.job = run_with_progress(
                self, f"Updating {stale} speeches for this version of Yandu",
                lambda job: self.library.reanalyze(job.cancelled, job.report), self._on_updated,
                self._on_job_failed, cleanup=self.library.close)
            return
        unindexed = self.library.unindexed_count()
        if unindexed:
            self.job = run_with_progress(
                self, f"Adding {unindexed} speeches to the search index",
                lambda job: self.library.build_index(job.cancelled, job.report),
                self._on_updated, self._on_job_failed, cleanup=self.library.close)

    def _on_updated(self, _count: int) -> None:
        self.open_speech(self.current_id, self.reader.view.top_offset())
        self.refresh_library()
        if self.library.stale_count() == 0 and self.library.unindexed_count():
            self._reanalyze_stale()

    # Drag and drop

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # Reading

    @Slot(int)
    def _on_speech_selected(self, speech_id: int) -> None:
        if speech_id != self.current_id:
            self.open_speech(speech_id)

    @Slot(int)
    def _on_section_clicked(self, offset: int) -> None:
        self.reader.view.scroll_to(offset)
        self.reader.view.setFocus()

    @Slot(int)
    def _on_reader_scrolled(self, offset: int) -> None:
        self.outline.follow(offset)

    @Slot(set)
    def _on_layers_changed(self, layers: set) -> None:
        self.settings.setValue("reader/hidden_layers",
                               sorted(set(self.reader.legend.actions) - layers))

    def zoom(self, step: int) -> None:
        low, high = FONT_SIZES
        size = DEFAULT_FONT_SIZE if step == 0 else self.reader.view.font_size() + step
        size = min(max(size, low), high)
        self.reader.view.set_font_size(size)
        self.settings.setValue("reader/font_size", size)
        self.statusBar().showMessage(f"Text size {size} pt", 2000)

    @Slot()
    def _update_actions(self) -> None:
        # highlight actions stay enabled: without a selection they say what to do
        for made in self.highlight_actions:
            made.setEnabled(self.current_id is not None)
        self.note_action.setEnabled(self.current_id is not None)
        self.find_action.setEnabled(self.current_id is not None)

    # Settings

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        for splitter, key in ((self.splitter, "window/splitter"), (self.side, "window/side")):
            value = self.settings.value(key)
            if value is not None:
                splitter.restoreState(value)
        self.reader.view.set_font_size(self.settings.value("reader/font_size", DEFAULT_FONT_SIZE,
                                                           int))
        hidden = self.settings.value("reader/hidden_layers", [], list) or []
        self.reader.legend.set_visible(set(self.reader.legend.actions) - set(hidden))

    def _remember_position(self) -> None:
        if self.current_id is not None:
            self.settings.setValue("reader/last_speech", self.current_id)
            self.settings.setValue("reader/offset", self.reader.view.top_offset())

    def closeEvent(self, event) -> None:
        if self.job is not None and not self.job.done:
            self.job.cancel()
        QThreadPool.globalInstance().waitForDone()
        self._remember_position()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/side", self.side.saveState())
        self.settings.sync()
        self.undo_stack.clear()
        self.library.purge_deleted()
        super().closeEvent(event)
