"""The window's actions as data: id, text, shortcuts, tip, and where each one appears (menus
and toolbar). main_window.py makes the QActions and connects each id to what it does."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton, QWidget

from desktop.common.style import HIGHLIGHTS, swatch

Keys = QKeySequence.StandardKey
SEPARATOR = None


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    tip: str = ""


ACTIONS = [
    ActionSpec("import", "&Import files…", (Keys.Open,),
               "Import speeches from HTML, Word, PDF or text files"),
    ActionSpec("import-folder", "Import &folder…", ("Ctrl+Shift+O",),
               "Import every speech file in a folder and its subfolders"),
    ActionSpec("paste", "&Paste as new speech…", ("Ctrl+Shift+V",),
               "Make a new speech from the text on the clipboard"),
    ActionSpec("samples", "Import the &sample speeches"),
    ActionSpec("export", "&Export highlights…", ("Ctrl+E",),
               "Export highlights with notes and citations to Markdown, Word, HTML, CSV, JSON "
               "or Anki (Ctrl+E)"),
    ActionSpec("import-annotations", "Import highlights from &JSON…", (),
               "Add the highlights of a JSON export to the same speeches in this library"),
    ActionSpec("back-up", "&Back up library…", (),
               "Save a copy of the whole library, safely while in use"),
    ActionSpec("restore", "&Restore library…", (), "Replace the library with a backup"),
    ActionSpec("backups-kept", "&Automatic backups…", (),
               "How many daily and before-update backups to keep beside the library"),
    ActionSpec("quit", "&Quit", (Keys.Quit,)),
    ActionSpec("undo", "&Undo", ("Ctrl+Z",)),
    ActionSpec("redo", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y")),
    *(ActionSpec(f"highlight-{name}", f"Highlight {label}", (str(number),),
                 f"Highlight the selected text in {label.lower()} ({number})")
      for number, (name, label, _) in enumerate(HIGHLIGHTS, start=1)),
    ActionSpec("note", "Highlight and add &note", ("N",),
               "Highlight the selection (or pick the highlight under the cursor) and type a "
               "note for it (N)"),
    ActionSpec("delete-annotation", "&Delete highlight", (Keys.Delete,)),
    ActionSpec("find", "&Find in speech…", (Keys.Find,)),
    ActionSpec("find-next", "Find &next", ("F3",)),
    ActionSpec("find-previous", "Find pre&vious", ("Shift+F3",)),
    ActionSpec("zoom-in", "&Larger text", ("Ctrl+=", "Ctrl++")),
    ActionSpec("zoom-out", "S&maller text", ("Ctrl+-",)),
    ActionSpec("zoom-reset", "&Default text size", ("Ctrl+0",)),
    ActionSpec("search", "&Search the library…", ("Ctrl+Shift+F",),
               "Search every speech and note (Ctrl+Shift+F)"),
    ActionSpec("directives", "&Directives", ("Ctrl+Shift+D",),
               "Every directive in the library as a table"),
    ActionSpec("figures", "&Figures", ("Ctrl+Shift+U",), "Every figure in the library as a table"),
    ActionSpec("formulas", "提法 F&ormulas", ("Ctrl+Shift+L",), "Every 提法 with its uses"),
    ActionSpec("keywords", "&Keywords of this speech", ("Ctrl+Shift+K",),
               "The terms that set the open speech apart from the rest of the library"),
    ActionSpec("compare", "&Compare two speeches…", (),
               "Shared and distinctive terms and directives of two speeches (select two in the "
               "library first)"),
    ActionSpec("review", "&Review…", ("Ctrl+R",),
               "Review the highlights and cloze cards that are due (Ctrl+R)"),
    ActionSpec("tags", "&Tags…", ("Ctrl+Shift+T",), "Rename, merge, recolour and delete tags"),
]
HIGHLIGHT_IDS = [f"highlight-{name}" for name, _, _ in HIGHLIGHTS]
TEXT_ACTIONS = [*HIGHLIGHT_IDS, "note"]  # their keys act on the reader's text only

# Where they appear. Ids the window adds itself: layer-<kind> (the legend's switches),
# delete-speech (the library pane's) and study-panel (the dock's own toggle).
MENUS: list[tuple[str, list[str | None]]] = [
    ("&File", ["import", "import-folder", "paste", "samples", SEPARATOR, "export",
               "import-annotations", SEPARATOR, "back-up", "restore", "backups-kept", SEPARATOR,
               "quit"]),
    ("&Edit", ["undo", "redo", SEPARATOR, *TEXT_ACTIONS, "delete-annotation", SEPARATOR,
               "find", "find-next", "find-previous", SEPARATOR, "delete-speech"]),
    ("&View", ["layer-*", SEPARATOR, "zoom-in", "zoom-out", "zoom-reset"]),
    ("&Study", ["search", "directives", "figures", "formulas", "keywords", "compare", SEPARATOR,
                "review", SEPARATOR, "study-panel"]),
    ("&Tools", ["tags"]),
]
TOOLBAR: list[str | None] = ["import", "paste", SEPARATOR, *TEXT_ACTIONS, SEPARATOR, "undo",
                             "redo", SEPARATOR, "find", "search", "review", "tags"]


def make_actions(parent: QWidget) -> dict[str, QAction]:
    actions = {}
    for spec in ACTIONS:
        action = QAction(spec.text, parent)
        action.setShortcuts([QKeySequence(keys) for keys in spec.shortcuts])
        if spec.tip:
            action.setToolTip(spec.tip)
            action.setStatusTip(spec.tip)
        actions[spec.id] = action
    for (_, _, color), action_id in zip(HIGHLIGHTS, HIGHLIGHT_IDS, strict=True):
        actions[action_id].setIcon(QIcon(swatch(color, 16)))
    return actions


def place(window: QMainWindow, actions: dict[str, QAction]) -> QToolBar:
    """The menus and the toolbar, from MENUS and TOOLBAR; "prefix-*" places every action whose
    id starts with the prefix."""
    bar = window.menuBar()
    for title, ids in MENUS:
        menu = bar.addMenu(title)
        for action in _expand(ids, actions):
            menu.addSeparator() if action is None else menu.addAction(action)
    toolbar = QToolBar("Main")
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
