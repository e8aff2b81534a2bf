"""What the window remembers between runs (QSettings): its geometry and panes, the text size,
the hidden layers, the last speech and the place in it, the import folder, how many automatic
backups to keep. It follows the reader as the user changes them."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter

from db import KEEP, REFERENCE_STYLES
from desktop.common import language
from desktop.common.style import DEFAULT_FONT_SIZE
from desktop.common.themes import DEFAULT_THEME
from desktop.common.translate import QT_TRANSLATE_NOOP, translate
from desktop.library.library_pane import LibraryPane
from desktop.reader.reader_pane import ReaderPane
from desktop.reader.reader_view import LINE_HEIGHT

# (REFERENCE_STYLES key, name): Tools ▸ Citation style
CITATION_STYLES = (("gbt7714-2015", QT_TRANSLATE_NOOP("Session", "GB/T 7714-2015")),
                   ("plain", QT_TRANSLATE_NOOP("Session", "Yandu's plain form (《title》, speaker, "
                                               "where and when)")))

class Session(QObject):
    def __init__(self, settings: QSettings, window: QMainWindow, reader: ReaderPane,
                 splitters: dict[str, QSplitter], library_pane: LibraryPane):
        super().__init__(window)
        self.settings, self.window, self.reader, self.splitters = (settings, window, reader,
                                                                    splitters)
        self.library_pane = library_pane

    def restore(self) -> None:
        """The window, its panes and the reader as they were."""
        for key, restore in (("window/geometry", self.window.restoreGeometry),
                             ("window/state", self.window.restoreState)):
            value = self.settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        for name, splitter in self.splitters.items():
            value = self.settings.value(f"window/{name}")
            if isinstance(value, QByteArray):
                splitter.restoreState(value)
        self.reader.set_reading(str(self.settings.value("reader/family", "")),
                                self._int("reader/font_size", DEFAULT_FONT_SIZE),
                                self._int("reader/line_height", LINE_HEIGHT),
                                str(self.settings.value("reader/theme", DEFAULT_THEME)))
        hidden = self.settings.value("reader/hidden_layers", [], list)
        self.reader.set_hidden_layers(set(hidden) if isinstance(hidden, list) else set())
        self.reader.layers_changed.connect(self._on_layers_changed)
        pane = self.library_pane
        columns = self.settings.value("library/hidden_columns")  # "1,3"; "" when none hidden
        if isinstance(columns, str):
            pane.set_hidden_columns({int(c) for c in columns.split(",") if c.isdigit()})
        pane.columns_changed.connect(lambda: self.settings.setValue(
            "library/hidden_columns", ",".join(map(str, sorted(pane.hidden_columns())))))

    def save(self) -> None:
        self.remember_place()
        self.settings.setValue("window/geometry", self.window.saveGeometry())
        self.settings.setValue("window/state", self.window.saveState())
        for name, splitter in self.splitters.items():
            self.settings.setValue(f"window/{name}", splitter.saveState())
        self.settings.sync()

    @Slot(set)
    def _on_layers_changed(self, layers: set) -> None:
        self.settings.setValue("reader/hidden_layers", sorted(self.reader.hidden_layers()))

    def remember_reading(self) -> None:
        family, size, line_height, theme_name = self.reader.reading()
        for key, value in (("family", family), ("font_size", size),
                           ("line_height", line_height), ("theme", theme_name)):
            self.settings.setValue(f"reader/{key}", value)

    def zoom(self, step: int) -> None:
        """Larger (1), smaller (-1) or the default text size (0), remembered."""
        size = self.reader.zoom(step)
        self.settings.setValue("reader/font_size", size)
        self.window.statusBar().showMessage(self.tr("Text size {size} pt").format(size=size),
                                            2000)

    def language_actions(self) -> dict[str, QAction]:
        """View ▸ Language: as the system, or one of LANGUAGES, checked as chosen."""
        choices = [(language.SYSTEM, translate("Language", language.SYSTEM_LABEL)),
                   *language.LANGUAGES]
        return self._choices("language", choices, language.chosen(self.settings),
                             self.choose_language, blank="system")

    def citation_actions(self) -> dict[str, QAction]:
        """Tools ▸ Citation style: GB/T 7714-2015 or Yandu's plain form, checked as chosen;
        copying with the citation, printing and the exports follow it."""
        choices = [(style, translate("Session", name)) for style, name in CITATION_STYLES]
        return self._choices("citation", choices, self.citation_style,
                             lambda style: setattr(self, "citation_style", style))

    def _choices(self, prefix: str, choices: list[tuple[str, str]], chosen: str,
                 choose: Callable[[str], None], blank: str = "") -> dict[str, QAction]:
        """One checkable action per (code, name), one of them checked, as
        "<prefix>-<code>" ("<prefix>-<blank>" for the code "")."""
        group = QActionGroup(self)
        actions = {}
        for code, name in choices:
            action = QAction(name, group)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, code=code: choose(code))
            actions[f"{prefix}-{code or blank}"] = action
        return actions

    @property
    def citation_style(self) -> str:
        style = self.settings.value("citation/style", REFERENCE_STYLES[0])
        return style if style in REFERENCE_STYLES else REFERENCE_STYLES[0]

    @citation_style.setter
    def citation_style(self, style: str) -> None:
        self.settings.setValue("citation/style", style)

    def choose_language(self, code: str) -> None:
        """Remembered for the next start: every window and dialog is built in one language."""
        if code == language.chosen(self.settings):
            return
        self.settings.setValue(language.SETTING, code)
        self.settings.sync()
        QMessageBox.information(self.window, self.tr("Language"), self.tr(
            "Yandu will use the new language the next time it starts."))

    def last_place(self) -> tuple[int | None, int]:
        """The speech open when the window last closed, and the offset at the top."""
        speech = self.settings.value("reader/last_speech", None, int)
        return (speech if isinstance(speech, int) else None), self._int("reader/offset", 0)

    def remember_place(self, offset: int | None = None) -> None:
        """The open speech, and where it is read (the top of the reader unless given)."""
        if self.reader.speech_id is not None:
            self.settings.setValue("reader/last_speech", self.reader.speech_id)
            self.settings.setValue("reader/offset",
                                   self.reader.top_offset() if offset is None else offset)

    @property
    def import_folder(self) -> str:
        return str(self.settings.value("import/folder", str(Path.home())))

    @import_folder.setter
    def import_folder(self, folder: str) -> None:
        self.settings.setValue("import/folder", folder)

    @property
    def study_over_text(self) -> bool:
        """Whether the user last chose the study panel over the text (View ▸ Maximise study
        panel): a study tab opens that way."""
        return self.settings.value("window/study_over_text", False, bool) is True

    @study_over_text.setter
    def study_over_text(self, on: bool) -> None:
        self.settings.setValue("window/study_over_text", on)

    @property
    def backups_kept(self) -> int:
        return self._int("backup/keep", KEEP)

    @backups_kept.setter
    def backups_kept(self, count: int) -> None:
        self.settings.setValue("backup/keep", count)

    def _int(self, key: str, default: int) -> int:
        value = self.settings.value(key, default, int)
        return value if isinstance(value, int) else default
