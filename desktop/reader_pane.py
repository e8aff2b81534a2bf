"""The reader pane: the speech's title and details, its tags, the layer legend, the find bar
and the text itself."""
from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from db import AnnotationRecord, SpeechRecord
from desktop.find_bar import FindBar
from desktop.layer_legend import LayerLegend
from desktop.reader_view import ReaderView
from desktop.tag_editor import TagEditor


class ReaderPane(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.speech: SpeechRecord | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 18px; font-weight: 600; padding: 6px 8px 0 8px;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setStyleSheet("color: #546e7a; padding: 0 8px;")
        self.details.setWordWrap(True)
        self.tags = TagEditor("Tag this speech…")
        self.legend = LayerLegend()
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.view = ReaderView()

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
        layout.addLayout(header)
        layout.addWidget(self.legend)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.view, 1)

        self.legend.layers_changed.connect(self.view.set_layers)
        self.find_bar.matches_changed.connect(self._on_matches_changed)
        self.find_bar.closed.connect(self.view.setFocus)
        self.show_speech(None)

    def show_speech(self, speech: SpeechRecord | None,
                    annotations: list[AnnotationRecord] = ()) -> None:
        self.speech = speech
        if speech is None:
            self.title.setText("No speech open")
            self.details.setText("Choose a speech in the library, or import some with File ▸ "
                                 "Import files… (Ctrl+O).")
            self.tags.setEnabled(False)
            self.tags.set_tags([])
            self.view.set_speech("", [], [])
            self.find_bar.set_text("")
            return
        summary = speech.summary
        self.title.setText(summary.title or "(untitled)")
        parts = [summary.speaker, summary.occasion, summary.date,
                 f"{PurePath(summary.source_path).name}"
                 + (f" (speech {summary.position + 1})" if summary.position else ""),
                 f"{summary.chars:,} 字"]
        self.details.setText("  ·  ".join(part for part in parts if part))
        self.tags.setEnabled(True)
        self.tags.set_tags(summary.tags)
        self.view.set_speech(speech.text, speech.mentions, list(annotations))
        self.find_bar.set_text(speech.text)

    @Slot(list, int)
    def _on_matches_changed(self, matches: list, current: int) -> None:
        self.view.set_find(matches, current)
