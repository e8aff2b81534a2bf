"""The main window: the library, the reader, the outline and the annotations, with the study
panel under them. It lays the parts out and wires them together; importing, backups, marking up
and what is remembered between runs are controllers of their own (in this folder). Every write
goes through the write boundary (common/writes.py); the screens refresh from what it says
changed."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer, Slot
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget

from db import AnnotationRecord, Edit, Library
from desktop.annotations.annotation_pane import AnnotationPane
from desktop.common import messages, save_folder
from desktop.common.first_paint import after_first_paint
from desktop.common.undo import UndoStack
from desktop.common.worker import run_in_background
from desktop.common.writes import Change, Writes
from desktop.library.library_model import untitled
from desktop.library.library_pane import LibraryPane
from desktop.library.welcome_panel import WelcomePanel
from desktop.reader.outline_pane import OutlinePane
from desktop.reader.reader_pane import ReaderPane
from desktop.study.study_dock import StudyDock
from desktop.window import actions as action_table
from desktop.window.annotating import Annotating
from desktop.window.backups import Backups
from desktop.window.correcting import Correcting
from desktop.window.grouping import Grouping
from desktop.window.importing import Importing
from desktop.window.libraries import Libraries
from desktop.window.session import Session
from desktop.window.syncing import Syncing
from desktop.window.tools import Tools
from desktop.window.viewing import HEIGHT, WIDTH, Viewing

START_ROWS = 100  # rows read before the first paint (a screen shows 30-50); the rest after it
AFTER_START_MS = 1500  # background work that waits until the window is up


class MainWindow(QMainWindow):
    def __init__(self, library: Library, settings: QSettings):
        super().__init__()
        self.library = library
        self.due = 0  # review cards due today
        self.setWindowTitle(self.tr("研读 Yandu"))
        self.resize(WIDTH, HEIGHT)  # fitted to the screen once the remembered size is restored
        self.setAcceptDrops(True)

        self.library_pane = LibraryPane()
        self.reader = ReaderPane()
        self.outline = OutlinePane()
        self.annotations = AnnotationPane()
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.addWidget(self.outline)
        self.side.addWidget(self.annotations)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for pane in (self.library_pane, self.reader, self.side):
            self.splitter.addWidget(pane)
        self.splitter.setSizes([400, 700, 330])  # proportions; kept as the window resizes
        self.welcome = WelcomePanel()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.status_label = QLabel()
        self.status_label.setMinimumWidth(1)  # elided by the status bar, never widening it
        self.statusBar().addPermanentWidget(self.status_label)
        self.study = StudyDock(library, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.study)
        self.study.hide()  # until a study tab is asked for (or it was open last time)

        save_folder.use(settings)
        self.session = Session(settings, self, self.reader,
                               {"splitter": self.splitter, "side": self.side}, self.library_pane)
        self.undo_stack = UndoStack(self)
        self.writes = Writes(self)
        self.importing = Importing(library, self.writes, self.session,
                                   lambda: self.current_id, self)
        self.backups = Backups(library, self.writes, self.session, self.importing, self)
        self.annotating = Annotating(library, self.writes, self.undo_stack, self.reader,
                                     self.annotations, self)
        self.correcting = Correcting(library, self.writes, self.undo_stack, self.library_pane,
                                     self.reader, self)
        self.tools = Tools(library, self.writes, self.library_pane, lambda: self.current_id,
                           self.sync_cards, self, settings, lambda: self.session.citation_style)
        self.grouping = Grouping(library, self.writes, self.undo_stack, self.reader, settings,
                                 self)
        self.libraries = Libraries(settings, library.path, self)
        self.syncing = Syncing(library, self.writes, self)
        self.viewing = Viewing(library, self.reader,
                               [self.library_pane, self.side, self.study], self.study, self,
                               lambda: self.session.citation_style)
        self.action = action_table.make_actions(self)
        self._wire()
        self.session.restore()
        self.viewing.set_reading(*self.reader.reading())  # the theme, on the whole window
        self.viewing.fit_to_screen()

        self._list_loads = 0  # the list's loads so far: a whole list read late must be the last
        self.refresh_library(limit=START_ROWS)  # the rest once the window is on the screen
        last, offset = self.session.last_place()
        if last is not None and self.library.speeches.exists(last):
            self.open_speech(last)
            # the place is found once the window has its size, so lines wrap as before
            QTimer.singleShot(0, lambda: self.reader.scroll_to(offset))
        # Not before the first paint, whatever the library's size: the review cards and the
        # checks, then a little later the dictionary and the daily copy, which compete for the
        # CPU and the disk.
        after_first_paint(self, self._load_whole_list, self.sync_cards,
                          self.importing.bring_up_to_date,
                          lambda: QTimer.singleShot(AFTER_START_MS, self.annotating.warm_up),
                          lambda: QTimer.singleShot(AFTER_START_MS, self.backups.daily),
                          self.syncing.start)

    @property
    def current_id(self) -> int | None:
        return self.reader.speech_id

    def _wire(self) -> None:
        extra = {"delete-speech": self.library_pane.delete_action,
                 "study-panel": self.study.toggleViewAction(),
                 **{f"layer-{kind}": action for kind, action in
                    self.reader.layer_actions().items()},
                 **{f"column-{column}": action for column, action in
                    self.library_pane.column_actions.items()},
                 **self.session.language_actions(),
                 **self.session.citation_actions(),
                 **self.libraries.recent_actions()}
        self.action.update(extra)
        slots = {
            "import": self.importing.choose_files, "import-folder": self.importing.choose_folder,
            "paste": self.importing.paste_speech, "samples": self.importing.import_samples,
            "export": self.tools.export, "import-annotations": self.importing.import_annotations,
            "back-up": self.backups.back_up, "restore": self.backups.restore,
            "backups-kept": self.backups.choose_kept, "quit": self.close,
            "undo": self.undo_stack.undo_change, "redo": self.undo_stack.redo_change,
            "note": self.annotating.note, "delete-annotation": self.annotating.delete_annotation,
            "find": self.reader.open_find, "find-next": self.reader.find_next,
            "find-previous": self.reader.find_previous,
            "zoom-in": lambda: self.session.zoom(1), "zoom-out": lambda: self.session.zoom(-1),
            "zoom-reset": lambda: self.session.zoom(0),
            **{tab: (lambda _=False, tab=tab: self.show_study(getattr(self.study, tab)))
               for tab in ("search", "directives", "figures", "formulas", "keywords")},
            "compare": self.tools.compare, "review": self.tools.review,
            "tags": self.tools.manage_tags, "name-colours": self.annotating.name_colours,
            "study-group": self.grouping.open_dialog,
            "group-members": lambda: self.grouping.members_menu.popup(QCursor.pos()),
            "properties": self.correcting.properties, "edit-title": self.correcting.edit_title,
            "split-speech": self.correcting.split_at_cursor, "merge-speech": self.correcting.merge,
            "remove-passage": self.correcting.remove_selection,
            "correct-text": self.correcting.correct_selection,
            "export-corrections": self.correcting.export_corrections,
            "copy-cited": self.viewing.copy_with_citation,
            "reading-mode": self.viewing.reading_mode,
            "distraction-free": self.viewing.distraction_free,
            "shortcuts": self.viewing.shortcuts, "about": self.viewing.about,
            "print": self.viewing.print_speech, "save-pdf": self.viewing.save_pdf,
            "trash": self.open_trash, "open-library": self.libraries.choose,
            "sync": self.syncing.open_dialog, "sync-now": self.syncing.sync_now,
            "reading-settings": lambda: self.viewing.reading_settings(
                self.session.remember_reading),
            **{action_id: (lambda _=False, color=action_id.removeprefix("highlight-"):
                           self.annotating.highlight(color))
               for action_id in action_table.HIGHLIGHT_IDS},
        }
        for action_id in ("reading-mode", "distraction-free", "whole-directives",
                          "study-over-text"):
            self.action[action_id].setCheckable(True)
        over = self.action["study-over-text"]
        over.toggled.connect(self.viewing.study_over_text)
        maximise = over.text()  # pressed, the action (and the panel's button) says what it undoes
        over.toggled.connect(lambda on: over.setText(self.tr("&Show the text again") if on
                                                     else maximise))
        over.triggered.connect(lambda on: setattr(self.session, "study_over_text", on))
        self.action["distraction-free"].toggled.connect(  # the text alone, not the panel
            lambda on: over.setChecked(over.isChecked() and not on))
        self.study.add_corner_action(over)
        self.action["whole-directives"].toggled.connect(self.reader.view.set_whole_directives)
        self.action["reading-mode"].toggled.connect(self.action["distraction-free"].setChecked)
        self.study.visibilityChanged.connect(self._on_study_shown)
        for action_id, slot in slots.items():
            self.action[action_id].triggered.connect(slot)
        self.undo_stack.bind(self.action["undo"], self.action["redo"])
        self.reader.add_text_actions([self.action[i] for i in action_table.TEXT_ACTIONS])
        self.reader.add_structure_actions([self.action["merge-speech"]])
        self.reader.add_selection_actions([self.action["correct-text"]])
        self.annotations.add_list_action(self.action["delete-annotation"])
        self.annotations.set_colour_action(self.action["name-colours"])
        self.grouping.use_members_action(self.action["group-members"])
        self._refresh_colours()
        action_table.place(self, self.action)

        self.writes.changed.connect(self._on_changed)
        self.writes.failed.connect(lambda error, change: self._show(change))
        self.library_pane.speech_selected.connect(self._on_speech_selected)
        self.library_pane.delete_requested.connect(self.annotating.delete_speeches)
        self.library_pane.selection_changed.connect(self._on_library_selection)
        self.welcome.import_requested.connect(self.importing.choose_files)
        self.welcome.samples_requested.connect(self.importing.import_samples)
        self.outline.section_clicked.connect(self._on_section_clicked)
        self.reader.scrolled.connect(self.outline.follow)
        self.reader.selection_changed.connect(self._update_actions)
        self.study.open_requested.connect(self.open_at)
        self.study.compare_requested.connect(self.tools.compare)
        self.importing.open_requested.connect(self.open_speech)
        self.importing.updated.connect(
            lambda: self.open_speech(self.current_id, self.reader.top_offset()))

    # Showing the library

    def refresh_library(self, limit: int | None = None) -> None:
        """The list as the library has it (its first `limit` rows only, at start-up)."""
        self._list_loads += 1
        speeches = self.library.speeches.all(limit)
        self._partial_list = limit is not None and len(speeches) == limit
        self._refresh_tags(empty=not speeches)
        self._show_list(speeches)

    def _show_list(self, speeches: list) -> None:
        self.library_pane.set_speeches(speeches, self.current_id)
        self.stack.setCurrentWidget(self.splitter if speeches else self.welcome)
        if self.current_id is not None and not self._partial_list \
                and self.current_id not in {s.id for s in speeches}:
            self.open_speech(None)
        self._show_counts()
        self._update_actions()

    def _load_whole_list(self) -> None:
        """A large library's whole list, read off the UI thread after the first paint."""
        if not self._partial_list:
            return
        loads = self._list_loads

        def show(speeches: list) -> None:
            if loads != self._list_loads:  # a write changed the list meanwhile: read it again
                self._load_whole_list()
                return
            self._partial_list = False
            self._show_list(speeches)
        run_in_background(lambda job: self.library.speeches.all(), show,
                          lambda error: self.refresh_library(),  # then here, whole
                          library=self.library, owner=self)

    def _refresh_tags(self, empty: bool | None = None) -> None:
        """Tag names and colours wherever they are offered or drawn."""
        colors = self.library.tags.colors()
        self.library_pane.set_tag_colors(colors)
        self.annotations.set_tag_colors(colors)
        names = self.library.tags.names()
        self.library_pane.set_tags(names)
        self.reader.set_tag_completions(names)
        self.annotations.set_tag_completions(names)
        self.study.library_changed(names, empty=not self.library_pane.speech_ids()
                                   if empty is None else empty)

    def _refresh_colours(self) -> None:
        """What the user named the highlight colours, wherever the colours are offered."""
        names = self.library.annotations.color_names()
        action_table.show_colour_names(self.action, names)
        self.annotations.set_colour_names(names)

    def open_speech(self, speech_id: int | None, offset: int = 0) -> None:
        self.session.remember_place()
        record = None
        if speech_id is not None:
            try:
                record = self.library.speeches.get(speech_id)
            except LookupError:
                record = None
        annotations = self.library.annotations.of_speech(record.summary.id) if record else []
        self.reader.show_speech(record, annotations)
        self.grouping.show_marks(record.summary.id if record else None)
        self.outline.set_sections(record.outline if record else [])
        self.annotations.set_annotations(annotations)
        title = self.tr("研读 Yandu")
        self.library_pane.select(record.summary.id if record else None)
        if record is not None:
            self.reader.scroll_to(offset)
            self.outline.follow(offset)
            self.session.remember_place(offset)
            title = self.tr("{speech} — 研读 Yandu").format(
                speech=record.summary.title or untitled())
        self.setWindowTitle(title)
        self.study.speech_opened(self.current_id, record.summary.title or untitled()
                                 if record else "")
        self._update_actions()

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        """A write committed: show it, then make the review cards it calls for."""
        self._show(change)
        if change.makes_cards:  # not while a note is typed
            self.sync_cards()

    def sync_cards(self, terms: bool = False) -> None:
        """Cards for new highlights (a write of its own, after the one that made them), and
        how many are due. Key-term cards, which segment the speeches, only with `terms` (as a
        review begins): never at start-up or after every highlight."""
        self.writes.run(lambda: self.library.review.sync_cards(terms=terms),
                        explain=messages.cards_not_made, title=self.tr("Review cards"))
        self._show_due()

    def _show_due(self) -> None:
        self.due = self.library.review.due_count()
        self._show_counts()

    def _show(self, change: Change) -> None:
        """Show what the library holds of what `change` touched (also after a failed write):
        the rows of the speeches it touched, the list as a whole only when speeches came or
        went."""
        touched = change.touched
        if touched.everything:  # a restore: nothing shown is what the library holds
            self.undo_stack.clear()
            self.open_speech(None)
            self.refresh_library()
            self._refresh_colours()
            return
        if change.focus is not None and change.focus != self.current_id:
            self.open_speech(change.focus)  # undo and redo show where the change happened
        elif self.current_id in touched.rows:
            self.open_speech(self.current_id, self.reader.top_offset())
        if touched.listing:
            self.refresh_library()
        else:
            rows = touched.rows | touched.annotations | touched.speech_tags
            if rows:
                self._list_loads += 1  # a whole list read before this would show old rows
                self.library_pane.update_speeches(self.library.speeches.summaries(rows))
            if touched.tags:
                self._refresh_tags()
        if touched.colors:
            self._refresh_colours()
        current = self.current_id
        if current is not None and (touched.listing or current in touched.annotations):
            records = self.library.annotations.of_speech(current)
            self.reader.set_annotations(records)
            self.grouping.show_marks(current)
            typed = change.result.result if isinstance(change.result, Edit) else None
            if change.origin is self.annotations and isinstance(typed, AnnotationRecord):
                self.annotations.refresh_record(typed)  # its own change: the one row
            else:
                self.annotations.set_annotations(records)
        if current is not None and (touched.listing or current in touched.speech_tags):
            self.reader.set_tags(self.library.tags.of_speech(current))
        if (touched.annotations or touched.speech_tags) and not (touched.listing or touched.tags):
            names = self.library.tags.names()  # new tags may have been made
            self.reader.set_tag_completions(names)
            self.annotations.set_tag_completions(names)
        if touched.review:
            self._show_due()
        self._show_counts()

    def _show_counts(self) -> None:
        speeches = self.library.speeches.count() if self._partial_list \
            else len(self.library_pane.speech_ids())
        self.status_label.setText("  ·  ".join([
            self.tr("%Ln speech(es)", "", speeches),
            self.tr("%Ln highlight(s)", "", self.library_pane.annotation_total()),
            self.tr("%Ln due for review", "", self.due)]))
        self.action["review"].setText(self.tr("&Review… ({due} due)").format(due=self.due))

    def show_study(self, pane) -> None:
        """A study tab, over the text if the user last chose it so."""
        self.study.show_tab(pane)
        if self.session.study_over_text:
            self.action["study-over-text"].setChecked(True)

    def open_trash(self) -> None:
        """Deleted speeches stay in the trash across restarts until it is emptied."""
        from desktop.dialogs.trash_dialog import TrashDialog
        TrashDialog(self.library, self.writes, self).exec()
        self.undo_stack.clear()  # a delete undone now could name speeches gone for good

    # Reading

    @Slot(int)
    def _on_speech_selected(self, speech_id: int) -> None:
        if speech_id != self.current_id:
            self.open_speech(speech_id)

    @Slot(int)
    def _on_section_clicked(self, offset: int) -> None:
        self.reader.scroll_to(offset)
        self.reader.focus_text()

    @Slot(int, int, int)
    def open_at(self, speech_id: int, start: int, end: int) -> None:
        """Open a speech with start–end selected and in view (from search and the tables)."""
        self.action["study-over-text"].setChecked(False)  # the text in its place again
        if speech_id != self.current_id:
            self.open_speech(speech_id, start)
        if self.current_id != speech_id:
            self.statusBar().showMessage(self.tr("That speech is no longer in the library."),
                                         4000)
            return
        self.reader.scroll_to(start)
        self.reader.select(start, end)
        self.reader.focus_text()

    @Slot()
    def _update_actions(self) -> None:
        # highlight actions stay enabled: without a selection they say what to do
        for action_id in (*action_table.TEXT_ACTIONS, "find", "properties", "edit-title",
                          "split-speech", "merge-speech", "remove-passage", "correct-text"):
            self.action[action_id].setEnabled(self.current_id is not None)

    @Slot()
    def _on_library_selection(self) -> None:
        self.study.set_selection(self.library_pane.selected_ids())

    @Slot(bool)
    def _on_study_shown(self, visible: bool) -> None:
        """The text keeps most of the height: the study panel opens at 30 % at most; closed,
        it gives back the text it was over."""
        if not visible and self.study.isHidden():
            self.action["study-over-text"].setChecked(False)
        elif visible and not self.action["study-over-text"].isChecked() \
                and self.study.height() > self.viewing.study_height():
            self.resizeDocks([self.study], [self.viewing.study_height()],
                             Qt.Orientation.Vertical)

    # Drag and drop, closing

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.importing.import_paths(paths)

    def closeEvent(self, event) -> None:
        if not self.importing.stop_for_quit():
            event.ignore()
            return
        self.syncing.stop_for_quit()
        QThreadPool.globalInstance().waitForDone()
        self.action["study-over-text"].setChecked(False)  # the layout saved is the usual one
        self.session.save()
        self.undo_stack.clear()
        super().closeEvent(event)

