"""The action table: every action is placed, does something, and no two share a key."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from desktop.window.actions import ACTIONS, MENUS, TOOLBAR


def test_every_action_is_in_a_menu_and_connected(window):
    entries = [entry for _, entries in MENUS for entry in entries]
    placed = {action_id for entry in entries
              for action_id in (entry[1] if isinstance(entry, tuple) else [entry]) if action_id}
    for spec in ACTIONS:
        assert spec.id in placed or any(spec.id.startswith(p[:-1]) for p in placed
                                        if p.endswith("*")), spec.id
        assert window.action[spec.id].receivers("2triggered()") > 0, spec.id
    assert set(TOOLBAR) - {None} <= placed


def test_no_two_actions_share_a_key(window):
    """Of the keys that work anywhere in the window; Delete acts on the list it is in."""
    keys = [sequence.toString() for action in window.action.values()
            if action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut
            for sequence in action.shortcuts() if sequence.toString()]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


def test_the_menus_read_as_the_table_says(window):
    bar = window.menuBar()
    titles = [action.text() for action in bar.actions()]
    assert titles == [title for title, _ in MENUS]
    file_menu = bar.actions()[0].menu()
    texts = [action.text() for action in file_menu.actions() if not action.isSeparator()]
    assert texts[:3] == ["&Import files…", "Import &folder…", "&Paste as new speech…"]
    assert window.action["import"].shortcut() == QKeySequence(QKeySequence.StandardKey.Open)


def test_the_layer_switches_are_in_the_view_menu(window):
    view_menu = window.menuBar().actions()[2].menu()
    layers = set(window.reader.layer_actions().values())
    assert layers <= set(view_menu.actions())


def test_every_action_named_anywhere_is_one_the_window_has():
    """Menus, the toolbar and the code name actions by id: each is an ActionId or one of the
    actions made per colour, layer, column, language, citation style or library file."""
    import re

    from desktop.window.actions import ACTIONS, MENUS, TOOLBAR, ActionId
    from tests.conftest import REPO
    made_per = ("highlight-", "layer-", "column-", "language-", "citation-", "recent-",
                "delete-speech", "study-panel")
    assert {spec.id for spec in ACTIONS if not spec.id.startswith("highlight-")} == set(ActionId)

    def known(action_id: str) -> bool:
        return action_id in set(ActionId) or action_id.startswith(made_per)
    named = [entry for _, entries in MENUS for entry in entries if isinstance(entry, str)]
    named += [item for _, entries in MENUS for entry in entries if isinstance(entry, tuple)
              for item in entry[1] if item]
    named += [entry for entry in TOOLBAR if entry]
    for folder in ("desktop", "tests", "tools"):
        for path in (REPO / folder).rglob("*.py"):
            named += re.findall(r'action\["([a-z0-9*-]+)"\]', path.read_text("utf-8"))
    unknown = sorted({name for name in named if not known(name.rstrip("*"))})
    assert unknown == []
