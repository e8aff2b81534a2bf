"""The window's actions as data: id, text, shortcuts, tip, and where each one appears (menus
and toolbar). main_window.py makes the QActions and connects each id to what it does."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton, QWidget

from analysis.vocabulary import StrEnum
from desktop.common.style import HIGHLIGHTS, label, palette, swatch
from desktop.common.translate import QT_TRANSLATE_NOOP, translate

Keys = QKeySequence.StandardKey
SEPARATOR = None


class ActionId(StrEnum):
    """The window's actions by name: what menus, the toolbar, shortcuts and slots refer to
    (a misspelt one fails where it is written). Highlight, layer, column, language and recent
    library actions are made per colour, layer, column, language and file: highlight-<colour>,
    layer-<kind>, column-<n>, language-<code>, recent-<n>."""
    IMPORT = "import"
    IMPORT_FOLDER = "import-folder"
    PASTE = "paste"
    SAMPLES = "samples"
    EXPORT = "export"
    IMPORT_ANNOTATIONS = "import-annotations"
    EXPORT_CORRECTIONS = "export-corrections"
    PRINT = "print"
    SAVE_PDF = "save-pdf"
    BACK_UP = "back-up"
    RESTORE = "restore"
    BACKUPS_KEPT = "backups-kept"
    OPEN_LIBRARY = "open-library"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    NOTE = "note"
    DELETE_ANNOTATION = "delete-annotation"
    PROPERTIES = "properties"
    EDIT_TITLE = "edit-title"
    SPLIT_SPEECH = "split-speech"
    MERGE_SPEECH = "merge-speech"
    REMOVE_PASSAGE = "remove-passage"
    CORRECT_TEXT = "correct-text"
    FIND = "find"
    FIND_NEXT = "find-next"
    FIND_PREVIOUS = "find-previous"
    COPY_CITED = "copy-cited"
    WHOLE_DIRECTIVES = "whole-directives"
    READING_MODE = "reading-mode"
    DISTRACTION_FREE = "distraction-free"
    STUDY_OVER_TEXT = "study-over-text"
    TRASH = "trash"
    READING_SETTINGS = "reading-settings"
    SHORTCUTS = "shortcuts"
    ABOUT = "about"
    ZOOM_IN = "zoom-in"
    ZOOM_OUT = "zoom-out"
    ZOOM_RESET = "zoom-reset"
    SEARCH = "search"
    DIRECTIVES = "directives"
    FIGURES = "figures"
    FORMULAS = "formulas"
    KEYWORDS = "keywords"
    COMPARE = "compare"
    REVIEW = "review"
    TAGS = "tags"
    NAME_COLOURS = "name-colours"
    GROUP_MEMBERS = "group-members"
    STUDY_GROUP = "study-group"
    SYNC = "sync"
    SYNC_NOW = "sync-now"


@dataclass(frozen=True)
class ActionSpec:
    id: str  # an ActionId, or highlight-<colour>
    text: str
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    tip: str = ""
    colour: str = ""  # a highlight action's colour: its {colour} in text and tip


ACTIONS = [
    ActionSpec(ActionId.IMPORT, QT_TRANSLATE_NOOP("Actions", "&Import files…"), (Keys.Open,),
               QT_TRANSLATE_NOOP("Actions", "Import speeches from HTML, Word, PDF or text files")),
    ActionSpec(ActionId.IMPORT_FOLDER, QT_TRANSLATE_NOOP("Actions", "Import &folder…"),
               ("Ctrl+Shift+O",),
               QT_TRANSLATE_NOOP("Actions", "Import every speech file in a folder and its "
                                 "subfolders")),
    ActionSpec(ActionId.PASTE, QT_TRANSLATE_NOOP("Actions", "&Paste as new speech…"),
               ("Ctrl+Shift+V",),
               QT_TRANSLATE_NOOP("Actions", "Make a new speech from the text on the "
                                 "clipboard")),
    ActionSpec(ActionId.SAMPLES, QT_TRANSLATE_NOOP("Actions", "Import the &sample speeches"), ()),
    ActionSpec(ActionId.EXPORT, QT_TRANSLATE_NOOP("Actions", "&Export highlights…"), ("Ctrl+E",),
               QT_TRANSLATE_NOOP("Actions", "Export highlights with notes and citations to "
                                 "Markdown, Word, HTML, CSV, JSON or Anki (Ctrl+E)")),
    ActionSpec(ActionId.IMPORT_ANNOTATIONS,
               QT_TRANSLATE_NOOP("Actions", "Import highlights from &JSON…"),
               (),
               QT_TRANSLATE_NOOP("Actions", "Add the highlights of a JSON export to the same "
                                 "speeches in this library")),
    ActionSpec(ActionId.EXPORT_CORRECTIONS, QT_TRANSLATE_NOOP("Actions", "Export &corrections…"),
               (),
               QT_TRANSLATE_NOOP("Actions", "Write your corrections of the analysis to a JSON "
                                 "file, to hand them in as labels")),
    ActionSpec(ActionId.PRINT, QT_TRANSLATE_NOOP("Actions", "&Print speech…"), (Keys.Print,),
               QT_TRANSLATE_NOOP("Actions", "Print the open speech with its highlights and "
                                 "notes")),
    ActionSpec(ActionId.SAVE_PDF, QT_TRANSLATE_NOOP("Actions", "Save speech as P&DF…"), (),
               QT_TRANSLATE_NOOP("Actions", "The open speech with its highlights and notes, as "
                                 "a PDF file")),
    ActionSpec(ActionId.BACK_UP, QT_TRANSLATE_NOOP("Actions", "&Back up library…"), (),
               QT_TRANSLATE_NOOP("Actions", "Save a copy of the whole library, safely while in "
                                 "use")),
    ActionSpec(ActionId.RESTORE, QT_TRANSLATE_NOOP("Actions", "&Restore library…"), (),
               QT_TRANSLATE_NOOP("Actions", "Replace the library with a backup")),
    ActionSpec(ActionId.BACKUPS_KEPT, QT_TRANSLATE_NOOP("Actions", "&Automatic backups…"), (),
               QT_TRANSLATE_NOOP("Actions", "How many daily and before-update backups to keep "
                                 "beside the library")),
    ActionSpec(ActionId.OPEN_LIBRARY, QT_TRANSLATE_NOOP("Actions", "Open or create &library…"), (),
               QT_TRANSLATE_NOOP("Actions", "Work in another library file (this window "
                                 "closes)")),
    ActionSpec(ActionId.QUIT, QT_TRANSLATE_NOOP("Actions", "&Quit"), (Keys.Quit,)),
    ActionSpec(ActionId.UNDO, QT_TRANSLATE_NOOP("Actions", "&Undo"), ("Ctrl+Z",)),
    ActionSpec(ActionId.REDO, QT_TRANSLATE_NOOP("Actions", "&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y")),
    *(ActionSpec(f"highlight-{name}", QT_TRANSLATE_NOOP("Actions", "Highlight {colour}"),
                 (str(number),),
                 QT_TRANSLATE_NOOP("Actions", "Highlight the selected text in {colour} ({key})"),
                 colour=name)
      for number, (name, _, _) in enumerate(HIGHLIGHTS, start=1)),
    ActionSpec(ActionId.NOTE, QT_TRANSLATE_NOOP("Actions", "Highlight and add &note"), ("N",),
               QT_TRANSLATE_NOOP("Actions", "Highlight the selection (or pick the highlight "
                                 "under the cursor) and type a note for it (N)")),
    ActionSpec(ActionId.DELETE_ANNOTATION, QT_TRANSLATE_NOOP("Actions", "&Delete highlight"),
               (Keys.Delete,)),
    ActionSpec(ActionId.PROPERTIES, QT_TRANSLATE_NOOP("Actions", "&Properties…"), ("Alt+Return",),
               QT_TRANSLATE_NOOP("Actions", "Correct the title, speaker, occasion, date and 出处 "
                                 "of the open speech, or of those selected in the library "
                                 "(Alt+Enter)")),
    ActionSpec(ActionId.EDIT_TITLE, QT_TRANSLATE_NOOP("Actions", "Edit &title"), ("F2",),
               QT_TRANSLATE_NOOP("Actions", "Correct the speech's title (F2; typed in place in "
                                 "the library list)")),
    ActionSpec(ActionId.SPLIT_SPEECH, QT_TRANSLATE_NOOP("Actions", "&Split speech at cursor"),
               ("Ctrl+Shift+Return",),
               QT_TRANSLATE_NOOP("Actions", "Make the text from the cursor on a speech of its "
                                 "own; highlights go with their words")),
    ActionSpec(ActionId.MERGE_SPEECH, QT_TRANSLATE_NOOP("Actions", "&Merge with next speech"),
               ("Ctrl+Shift+M",),
               QT_TRANSLATE_NOOP("Actions", "Join the next speech of the same file to this one")),
    ActionSpec(ActionId.REMOVE_PASSAGE, QT_TRANSLATE_NOOP("Actions", "Re&move passage from text"),
               ("Ctrl+Shift+X",),
               QT_TRANSLATE_NOOP("Actions", "Take the selected passage (web furniture the "
                                 "cleaner missed) out of the speech's text")),
    ActionSpec(ActionId.CORRECT_TEXT, QT_TRANSLATE_NOOP("Actions", "Correct te&xt…"),
               ("Ctrl+Shift+E",),
               QT_TRANSLATE_NOOP("Actions", "Put the right characters in the place of the "
                                 "selected ones (a word OCR misread); kept when the file is "
                                 "imported again")),
    ActionSpec(ActionId.FIND, QT_TRANSLATE_NOOP("Actions", "&Find in speech…"), (Keys.Find,)),
    ActionSpec(ActionId.FIND_NEXT, QT_TRANSLATE_NOOP("Actions", "Find &next"), ("F3",)),
    ActionSpec(ActionId.FIND_PREVIOUS, QT_TRANSLATE_NOOP("Actions", "Find pre&vious"),
               ("Shift+F3",)),
    ActionSpec(ActionId.COPY_CITED, QT_TRANSLATE_NOOP("Actions", "Copy with &citation"),
               ("Ctrl+Shift+C",),
               QT_TRANSLATE_NOOP("Actions", "Copy the selected passage followed by 《title》, "
                                 "speaker, occasion, date and section")),
    ActionSpec(ActionId.WHOLE_DIRECTIVES,
               QT_TRANSLATE_NOOP("Actions", "Underline &whole directives"),
               ("Ctrl+Shift+W",),
               QT_TRANSLATE_NOOP("Actions", "Underline every directive sentence, not only its "
                                 "modal word (a margin mark shows each one)")),
    ActionSpec(ActionId.READING_MODE, QT_TRANSLATE_NOOP("Actions", "&Reading mode"), ("F11",),
               QT_TRANSLATE_NOOP("Actions", "Full screen with the text alone (F11 again to "
                                 "leave)")),
    ActionSpec(ActionId.DISTRACTION_FREE, QT_TRANSLATE_NOOP("Actions", "&Distraction-free"),
               ("Shift+F11",),
               QT_TRANSLATE_NOOP("Actions", "Hide the library, outline, annotations, study "
                                 "panel and toolbar")),
    ActionSpec(ActionId.STUDY_OVER_TEXT, QT_TRANSLATE_NOOP("Actions", "&Maximise study panel"),
               ("Ctrl+Shift+S",),
               QT_TRANSLATE_NOOP("Actions", "The study panel in the place of the text and the "
                                 "lists, and back (Ctrl+Shift+S); opening a result shows the "
                                 "text")),
    ActionSpec(ActionId.TRASH, QT_TRANSLATE_NOOP("Actions", "T&rash…"), (),
               QT_TRANSLATE_NOOP("Actions", "Deleted speeches: restore them, or empty the "
                                 "trash")),
    ActionSpec(ActionId.READING_SETTINGS, QT_TRANSLATE_NOOP("Actions", "Reading se&ttings…"), (),
               QT_TRANSLATE_NOOP("Actions", "Font, size, line spacing and a light, sepia or dark "
                                 "page")),
    ActionSpec(ActionId.SHORTCUTS, QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
               (Keys.HelpContents,)),
    ActionSpec(ActionId.ABOUT, QT_TRANSLATE_NOOP("Actions", "&About Yandu"), ()),
    ActionSpec(ActionId.ZOOM_IN, QT_TRANSLATE_NOOP("Actions", "&Larger text"),
               ("Ctrl+=", "Ctrl++")),
    ActionSpec(ActionId.ZOOM_OUT, QT_TRANSLATE_NOOP("Actions", "S&maller text"), ("Ctrl+-",)),
    ActionSpec(ActionId.ZOOM_RESET, QT_TRANSLATE_NOOP("Actions", "&Default text size"),
               ("Ctrl+0",)),
    ActionSpec(ActionId.SEARCH, QT_TRANSLATE_NOOP("Actions", "&Search the library…"),
               ("Ctrl+Shift+F",),
               QT_TRANSLATE_NOOP("Actions", "Search every speech and note (Ctrl+Shift+F)")),
    ActionSpec(ActionId.DIRECTIVES, QT_TRANSLATE_NOOP("Actions", "&Directives"), ("Ctrl+Shift+D",),
               QT_TRANSLATE_NOOP("Actions", "Every directive in the library as a table")),
    ActionSpec(ActionId.FIGURES, QT_TRANSLATE_NOOP("Actions", "&Figures"), ("Ctrl+Shift+U",),
               QT_TRANSLATE_NOOP("Actions", "Every figure in the library as a table")),
    ActionSpec(ActionId.FORMULAS, QT_TRANSLATE_NOOP("Actions", "提法 F&ormulas"), ("Ctrl+Shift+L",),
               QT_TRANSLATE_NOOP("Actions", "Every 提法 with its uses")),
    ActionSpec(ActionId.KEYWORDS, QT_TRANSLATE_NOOP("Actions", "&Keywords of this speech"),
               ("Ctrl+Shift+K",),
               QT_TRANSLATE_NOOP("Actions", "The terms that set the open speech apart from "
                                 "the rest of the library")),
    ActionSpec(ActionId.COMPARE, QT_TRANSLATE_NOOP("Actions", "&Compare two speeches…"), (),
               QT_TRANSLATE_NOOP("Actions", "Shared and distinctive terms and directives of "
                                 "two speeches (select two in the library first)")),
    ActionSpec(ActionId.REVIEW, QT_TRANSLATE_NOOP("Actions", "&Review…"), ("Ctrl+R",),
               QT_TRANSLATE_NOOP("Actions", "Review the highlights and cloze cards that are "
                                 "due (Ctrl+R)")),
    ActionSpec(ActionId.TAGS, QT_TRANSLATE_NOOP("Actions", "&Tags…"), ("Ctrl+Shift+T",),
               QT_TRANSLATE_NOOP("Actions", "Rename, merge, recolour and delete tags")),
    ActionSpec(ActionId.NAME_COLOURS, QT_TRANSLATE_NOOP("Actions", "&Name the colours…"), (),
               QT_TRANSLATE_NOOP("Actions", "Say what each highlight colour stands for (重点, "
                                 "数据…): the names show wherever the colours are offered and "
                                 "in exports")),
    ActionSpec(ActionId.GROUP_MEMBERS, QT_TRANSLATE_NOOP("Actions", "Group &members"), (),
               QT_TRANSLATE_NOOP("Actions", "Show or hide each study group member's "
                                 "highlights")),
    ActionSpec(ActionId.STUDY_GROUP, QT_TRANSLATE_NOOP("Actions", "Study &group…"), (),
               QT_TRANSLATE_NOOP("Actions", "Publish your highlights to your study group and "
                                 "read the other members'")),
    ActionSpec(ActionId.SYNC, QT_TRANSLATE_NOOP("Actions", "S&ync…"), (),
               QT_TRANSLATE_NOOP("Actions", "Sync this library with your other machines "
                                 "through a folder or a WebDAV server (坚果云, Nextcloud), "
                                 "encrypted with your passphrase; the sync log")),
    ActionSpec(ActionId.SYNC_NOW, QT_TRANSLATE_NOOP("Actions", "Sync &now"), ("Ctrl+Shift+Y",),
               QT_TRANSLATE_NOOP("Actions", "Send your changes and take in those of your other "
                                 "machines now (Ctrl+Shift+Y)")),
]
HIGHLIGHT_IDS = [f"highlight-{name}" for name, _, _ in HIGHLIGHTS]
TEXT_ACTIONS = [*HIGHLIGHT_IDS, "note"]  # their keys act on the reader's text only

# Where they appear. Ids the window adds itself: layer-<kind> (the legend's switches),
# delete-speech (the library pane's) and study-panel (the dock's own toggle).
# An entry is an action id, SEPARATOR, or (title, ids) for a submenu.
# language-<code> are the window's too (View ▸ Language), citation-<style> (Tools ▸
# Citation style) and recent-<n> (File ▸ Recent libraries).
Entry = str | None | tuple[str, list[str | None]]
MENUS: list[tuple[str, list[Entry]]] = [
    (QT_TRANSLATE_NOOP("Actions", "&File"),
     ["import", "import-folder", "paste", "samples", SEPARATOR, "export", "import-annotations",
      "export-corrections", SEPARATOR, "print", "save-pdf", SEPARATOR, "back-up", "restore",
      "backups-kept", SEPARATOR,
      "open-library", (QT_TRANSLATE_NOOP("Actions", "Recent li&braries"), ["recent-*"]),
      SEPARATOR, "quit"]),
    (QT_TRANSLATE_NOOP("Actions", "&Edit"),
     ["undo", "redo", SEPARATOR, "copy-cited", SEPARATOR, *TEXT_ACTIONS, "delete-annotation",
      SEPARATOR, "find",
      "find-next", "find-previous", SEPARATOR, "properties", "edit-title", SEPARATOR,
      "split-speech", "merge-speech", "remove-passage", "correct-text", SEPARATOR,
      "delete-speech", "trash"]),
    (QT_TRANSLATE_NOOP("Actions", "&View"),
     ["layer-*", "group-members", "whole-directives", SEPARATOR,
      (QT_TRANSLATE_NOOP("Actions", "Library &columns"), ["column-*"]), SEPARATOR,
      "reading-mode", "distraction-free", "study-over-text", SEPARATOR, "zoom-in",
      "zoom-out", "zoom-reset", "reading-settings", SEPARATOR,
      (QT_TRANSLATE_NOOP("Actions", "&Language"), ["language-*"])]),
    (QT_TRANSLATE_NOOP("Actions", "&Study"),
     ["search", "directives", "figures", "formulas", "keywords", "compare", SEPARATOR, "review",
      SEPARATOR, "study-panel", "study-over-text"]),
    (QT_TRANSLATE_NOOP("Actions", "&Tools"),
     ["tags", "name-colours", SEPARATOR, "sync", "sync-now", "study-group", SEPARATOR,
      (QT_TRANSLATE_NOOP("Actions", "&Citation style"), ["citation-*"])]),
    (QT_TRANSLATE_NOOP("Actions", "&Help"), ["shortcuts", SEPARATOR, "about"]),
]
TOOLBAR: list[str | None] = ["import", "paste", SEPARATOR, *TEXT_ACTIONS, SEPARATOR, "undo",
                             "redo", SEPARATOR, "find", "search", "review", "tags"]


def make_actions(parent: QWidget) -> dict[str, QAction]:
    actions = {}
    for spec in ACTIONS:
        action = QAction(parent)
        action.setShortcuts([QKeySequence(keys) for keys in spec.shortcuts])
        _word(action, spec, "")
        actions[spec.id] = action
    for (_, _, color), action_id in zip(HIGHLIGHTS, HIGHLIGHT_IDS, strict=True):
        actions[action_id].setIcon(QIcon(swatch(color, 16)))
    actions[ActionId.NAME_COLOURS].setIcon(QIcon(palette(16)))
    return actions


def show_colour_names(actions: dict[str, QAction], names: dict[str, str]) -> None:
    """The highlight actions' text and tip with the name the user gave their colour
    (`names`, the library's)."""
    for spec in ACTIONS:
        if spec.colour:
            _word(actions[spec.id], spec, names.get(spec.colour, ""))


def _word(action: QAction, spec: ActionSpec, name: str) -> None:
    text, tip = _texts(spec, name)
    action.setText(text)
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)


def _texts(spec: ActionSpec, name: str) -> tuple[str, str]:
    colour = label(spec.colour) if spec.colour else ""
    key = spec.shortcuts[0] if spec.colour else ""
    text = translate("Actions", spec.text).format(colour=colour)
    tip = translate("Actions", spec.tip).format(colour=colour.lower(), key=key) \
        if spec.tip else ""
    if name:
        text = translate("Style", "{colour} — {name}").format(colour=text, name=name)
        tip = translate("Actions", "{colour} — {name}: highlight the selected text "
                        "({key})").format(colour=colour, name=name, key=key)
    return text, tip


def place(window: QMainWindow, actions: dict[str, QAction]) -> QToolBar:
    """The menus and the toolbar, from MENUS and TOOLBAR; "prefix-*" places every action whose
    id starts with the prefix."""
    bar = window.menuBar()
    for title, entries in MENUS:
        menu = bar.addMenu(translate("Actions", title))
        for entry in entries:
            if isinstance(entry, tuple):
                submenu = menu.addMenu(translate("Actions", entry[0]))
                for action in _expand(entry[1], actions):
                    submenu.addSeparator() if action is None else submenu.addAction(action)
                continue
            for action in _expand([entry], actions):
                menu.addSeparator() if action is None else menu.addAction(action)
    toolbar = QToolBar(translate("Actions", "Main"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in _expand(TOOLBAR, actions):
        toolbar.addSeparator() if action is None else toolbar.addAction(action)
    for action_id in HIGHLIGHT_IDS:
        button = toolbar.widgetForAction(actions[action_id])
        assert isinstance(button, QToolButton)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    window.addToolBar(toolbar)
    return toolbar


def _expand(ids: list[str | None], actions: dict[str, QAction]) -> list[QAction | None]:
    placed: list[QAction | None] = []
    for action_id in ids:
        if action_id is not None and action_id.endswith("*"):
            placed += [action for key, action in actions.items()
                       if key.startswith(action_id[:-1])]
        else:
            placed.append(None if action_id is None else actions[action_id])
    return placed
