"""The reader pane: the speech's title and details, its tags, the layer legend, the find bar
and the text itself. The window talks to it through what it offers here, never to its parts."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from db import AnnotationRecord, GroupHighlight, MentionRecord, SpeechRecord
from desktop.common.font_warning import FontWarning
from desktop.common.formats import date_text
from desktop.common.messages import source_name
from desktop.common.style import DEFAULT_FONT_SIZE, FONT_SIZES, ToneLabel
from desktop.common.tag_editor import TagEditor
from desktop.common.themes import theme
from desktop.library.library_model import untitled
from desktop.reader.find_bar import FindBar
from desktop.reader.layer_legend import LayerLegend
from desktop.reader.reader_view import ReaderView


class ReaderPane(QWidget):
    scrolled = Signal(int)  # the offset of the first visible character
    mention_clicked = Signal(object)  # MentionRecord: make it a highlight
    annotation_clicked = Signal(int)
    annotation_touched = Signal(int)  # a plain click inside a highlight
    selection_changed = Signal()
    tags_edited = Signal(list)  # the speech's tags as the user wants them
    layers_changed = Signal(set)  # the layers shown
    dismiss_requested = Signal(object)  # MentionRecord the analysis should not have found
    mark_requested = Signal(str, int, int, object)  # kind, start, end, a directive's strength
    split_requested = Signal(int)  # the offset where the second speech begins
    remove_requested = Signal(int, int)  # a passage to take out of the text
    group_copy_requested = Signal(int)  # a group member's highlight to copy into one's own

    def __init__(self, parent=None):
        super().__init__(parent)
        self.speech: SpeechRecord | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 18px; font-weight: 600; padding: 6px 8px 0 8px;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = ToneLabel()
        self.details.setStyleSheet("padding: 0 8px;")
        self.details.setWordWrap(True)
        self.tags = TagEditor(self.tr("Tag this speech…"))
        self.legend = LayerLegend()
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.view = ReaderView()
        self.font_warning = FontWarning()

        header = QVBoxLayout()
        header.setContentsMargins(0, 0, 8, 4)
        header.addWidget(self.title)
        header.addWidget(self.details)
        tag_row = QWidget()
        tag_layout = QVBoxLayout(tag_row)
        tag_layout.setContentsMargins(8, 0, 0, 0)
        tag_layout.addWidget(self.tags)
        header.addWidget(tag_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.font_warning)
        layout.addLayout(header)
        layout.addWidget(self.legend)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.view, 1)

        self.legend.layers_changed.connect(self.view.set_layers)
        self.legend.layers_changed.connect(self.layers_changed)
        self.find_bar.matches_changed.connect(self._on_matches_changed)
        self.find_bar.closed.connect(self.view.setFocus)
        self.view.scrolled.connect(self.scrolled)
        self.view.mention_clicked.connect(self.mention_clicked)
        self.view.annotation_clicked.connect(self.annotation_clicked)
        self.view.annotation_touched.connect(self.annotation_touched)
        self.view.dismiss_requested.connect(self.dismiss_requested)
        self.view.mark_requested.connect(self.mark_requested)
        self.view.split_requested.connect(self.split_requested)
        self.view.remove_requested.connect(self.remove_requested)
        self.view.group_copy_requested.connect(self.group_copy_requested)
        self.view.selectionChanged.connect(self.selection_changed)
        self.tags.tags_changed.connect(self.tags_edited)
        self.show_speech(None)

    # The speech

    def show_speech(self, speech: SpeechRecord | None,
                    annotations: Sequence[AnnotationRecord] = ()) -> None:
        """Show a speech with its highlights, or nothing."""
        self.speech = speech
        if speech is None:
            self.title.setText(self.tr("No speech open"))
            self.details.setText(self.tr("Choose a speech in the library, or import some with "
                                         "File ▸ Import files… (Ctrl+O)."))
            self.tags.setEnabled(False)
            self.tags.set_tags([])
            self.view.set_speech("", [], [])
            self.legend.show_unsure(False)
            self.legend.show_group(False)
            self.find_bar.set_text("")
            return
        summary = speech.summary
        self.title.setText(summary.title or untitled())
        source = source_name(summary.source_path)
        if speech.number > 1:
            source = self.tr("{file} (speech {number})").format(file=source,
                                                                 number=speech.number)
        parts = [summary.speaker, summary.occasion, date_text(summary.date), source,
                 self.tr("%Ln character(s)", "", summary.chars),
                 self.tr("read by OCR from a scan") if speech.ocr else ""]
        self.details.setText("  ·  ".join(part for part in parts if part))
        self.tags.setEnabled(True)
        self.tags.set_tags(summary.tags)
        self.view.set_speech(speech.text, speech.mentions, list(annotations), speech.outline,
                             speech.uncertain if speech.ocr else [])
        self.legend.show_unsure(speech.ocr)
        self.legend.show_group(False)  # until the window gives the speech's group marks
        self.find_bar.set_text(speech.text)

    @property
    def speech_id(self) -> int | None:
        return self.speech.summary.id if self.speech else None

    def text(self) -> str:
        return self.view.text

    def mentions(self) -> list[MentionRecord]:
        return self.view.mentions

    def set_group(self, marks: list[GroupHighlight]) -> None:
        """The other group members' highlights on the speech shown."""
        self.view.set_group(marks)
        self.legend.show_group(bool(marks))

    def set_annotations(self, annotations: list[AnnotationRecord]) -> None:
        self.view.set_annotations(annotations)

    def annotations(self) -> list[AnnotationRecord]:
        """The highlights drawn (orphans have no place in the text)."""
        return self.view.annotations

    def annotation_at(self, offset: int) -> AnnotationRecord | None:
        return self.view.annotation_at(offset)

    def set_tags(self, tags: list[str]) -> None:
        self.tags.set_tags(tags)

    def set_tag_completions(self, names: list[str]) -> None:
        self.tags.set_completions(names)

    # Place and selection

    def scroll_to(self, offset: int) -> None:
        self.view.scroll_to(offset)

    def top_offset(self) -> int:
        return self.view.top_offset()

    def cursor_offset(self) -> int:
        return self.view.cursor_offset()

    def select(self, start: int, end: int) -> None:
        self.view.select_range(start, end)

    def selection(self) -> tuple[int, int] | None:
        return self.view.selected_range()

    def clear_selection(self) -> None:
        self.view.clear_selection()

    def focus_text(self) -> None:
        self.view.setFocus()

    def add_text_actions(self, actions: list[QAction]) -> None:
        """Actions whose keys act on the text only (1–5 and N), also in its context menu."""
        for action in actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.addAction(action)
        self.view.menu_actions = list(actions)

    def add_structure_actions(self, actions: list[QAction]) -> None:
        """Actions on the whole speech, also in the text's context menu."""
        self.view.structure_actions = list(actions)

    def add_selection_actions(self, actions: list[QAction]) -> None:
        """Actions on the selected text, also in the text's context menu when there is one."""
        self.view.selection_actions = list(actions)

    # Reading comfort

    def font_size(self) -> int:
        return self.view.font_size()

    def zoom(self, step: int) -> int:
        """Larger (1), smaller (-1) or the default size (0); returns the size now."""
        low, high = FONT_SIZES
        size = DEFAULT_FONT_SIZE if step == 0 else self.view.font_size() + step
        size = min(max(size, low), high)
        self.view.set_font_size(size)
        return size

    def set_font_size(self, size: int) -> None:
        self.view.set_font_size(size)

    def set_reading(self, family: str, size: int, line_height: int, theme_name: str) -> None:
        """The reading settings: font family ("" for the default), size, line height in
        percent and theme (light, sepia or dark)."""
        self.view.set_font_size(size)
        self.view.set_reading(family, line_height, theme(theme_name))
        self.legend.set_theme(theme(theme_name))

    def reading(self) -> tuple[str, int, int, str]:
        family, line_height, theme_name = self.view.reading()
        return family, self.view.font_size(), line_height, theme_name

    def layer_actions(self) -> dict[str, QAction]:
        return self.legend.switches

    def hidden_layers(self) -> set[str]:
        return set(self.legend.switches) - self.legend.visible()

    def set_hidden_layers(self, hidden: set[str]) -> None:
        self.legend.set_visible(set(self.legend.switches) - hidden)

    # Find

    def open_find(self) -> None:
        self.find_bar.open_bar()

    def find_next(self) -> None:
        self.find_bar.next()

    def find_previous(self) -> None:
        self.find_bar.previous()

    @Slot(list, int)
    def _on_matches_changed(self, matches: list, current: int) -> None:
        self.view.set_find(matches, current)
