"""The library pane: groups, the filter box and the tag filter."""
from PySide6.QtCore import QItemSelectionModel, Qt

from desktop.library.library_model import SPEECH_ID_ROLE
from tests.desktop.conftest import longest, type_text


def test_library_groups_filters_and_tags(qtbot, window):
    pane = window.library_pane
    model = pane.model
    top = [model.index(row, 0) for row in range(model.rowCount())]
    groups = [index for index in top if model.rowCount(index)]
    assert len(top) == 3 and len(groups) == 1 and model.rowCount(groups[0]) == 5
    assert "compilation-page.txt" in groups[0].data()
    assert pane.visible_count() == 7

    type_text(pane.filter_edit, "节能")
    assert pane.visible_count() == 1
    pane.filter_edit.clear()

    speech = longest(window)
    window.open_speech(speech.id)
    type_text(window.reader.tags.edit, "经济")
    qtbot.keyClick(window.reader.tags.edit, Qt.Key.Key_Return)
    assert window.library.tags.of_speech(speech.id) == ["经济"]
    pane.tag_box.setCurrentText("经济")
    assert pane.visible_count() == 1
    visible = pane.proxy.index(0, 0)
    while visible.data(SPEECH_ID_ROLE) is None:
        visible = pane.proxy.index(0, 0, visible)
    assert visible.data(SPEECH_ID_ROLE) == speech.id
    window.action["undo"].trigger()
    assert window.library.tags.of_speech(speech.id) == []


def test_filtering_by_a_highlights_tag_shows_its_speech(qtbot, window):
    from tests.desktop.conftest import select_text
    pane = window.library_pane
    speech = longest(window)
    window.open_speech(speech.id)
    select_text(qtbot, window, "安全")
    window.action["highlight-yellow"].trigger()
    [made] = window.library.annotations.of_speech(speech.id)
    window.annotations.select(made.id)
    type_text(window.annotations.tag_editor.edit, "要点")
    qtbot.keyClick(window.annotations.tag_editor.edit, Qt.Key.Key_Return)
    assert window.library.annotations.get(made.id).tags == ["要点"]
    pane.tag_box.setCurrentText("要点")
    assert pane.visible_count() == 1


def test_tag_colours_show_in_the_library_and_annotation_lists(qtbot, window):
    from PySide6.QtGui import QIcon

    from desktop.annotations.annotation_model import ID_ROLE, QUOTE
    from desktop.annotations.annotation_model import TAGS as ANNOTATION_TAGS
    from desktop.library.library_model import TAGS
    speech = longest(window)
    window.library.tags.create("重点", "#e53935")
    window.library.tags.create("无色")
    window.library.tags.set_speech(speech.id, ["重点", "无色"])
    window.refresh_library()
    model = window.library_pane.model
    source = model.index_of(speech.id)
    icon = model.index(source.row(), TAGS, source.parent()).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert model.index(source.row(), TAGS, source.parent()).data() == "无色、重点"
    plain = window.library.annotations.add(speech.id, 0, 4, "yellow", tags=["无色"])
    coloured = window.library.annotations.add(speech.id, 10, 14, "green", tags=["重点"])
    window.open_speech(speech.id)
    rows = window.annotations.model
    icons = {rows.index(row, QUOTE).data(ID_ROLE):
             rows.index(row, ANNOTATION_TAGS).data(Qt.ItemDataRole.DecorationRole)
             for row in range(rows.rowCount())}
    assert icons[plain.id] is None  # a tag without a colour has no dot
    assert isinstance(icons[coloured.id], QIcon) and not icons[coloured.id].isNull()


def test_columns_a_laptop_has_no_room_for_start_hidden_and_the_header_menu_shows_them(
        windows, window):
    from desktop.library.library_model import ANNOTATIONS, OCCASION, SOURCE, SPEAKER
    pane = window.library_pane
    assert pane.hidden_columns() == {OCCASION, SOURCE, ANNOTATIONS}
    header_actions = {action.text(): action for action in pane.view.header().actions()}
    assert {"Speaker", "Occasion", "Source"} <= set(header_actions)
    header_actions["Occasion"].trigger()
    header_actions["Speaker"].trigger()
    assert pane.hidden_columns() == {SPEAKER, SOURCE, ANNOTATIONS}
    assert not pane.view.isColumnHidden(OCCASION) and pane.view.isColumnHidden(SPEAKER)
    db = window.library.path
    windows.close(window)
    again = windows.open(db)
    assert again.library_pane.hidden_columns() == {SPEAKER, SOURCE, ANNOTATIONS}


def test_on_a_laptop_the_library_columns_fit_the_pane(qtbot, window):
    window.resize(1366, 738)
    window.show()
    qtbot.waitUntil(lambda: window.library_pane.view.viewport().width() > 200)
    qtbot.wait(50)
    view = window.library_pane.view
    assert view.horizontalScrollBar().maximum() == 0  # nothing behind a sideways scroll bar
    assert view.columnWidth(0) >= 120  # and the title keeps room


def test_the_view_menu_shows_and_hides_library_columns(qtbot, window):
    from desktop.library.library_model import SOURCE
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    columns = next(a.menu() for a in view_menu.actions() if a.text() == "Library &columns")
    names = [a.text() for a in columns.actions()]
    assert "Source" in names and "Title" not in names
    next(a for a in columns.actions() if a.text() == "Source").trigger()
    assert not window.library_pane.view.isColumnHidden(SOURCE)


def test_filtering_the_list_leaves_the_open_speech_open(qtbot, window):
    pane = window.library_pane
    speeches = window.library.speeches.all()
    # a speech of the five-speech page, beside the one the filter keeps
    opened = next(s.id for s in speeches if s.position == 2 and s.source_path.endswith(
        "compilation-page.txt"))
    pane.view.setCurrentIndex(pane.proxy.mapFromSource(pane.model.index_of(opened)))
    assert window.current_id == opened
    for typed in ("节", "节能", "节能降耗", "节"):  # the open speech filtered out of the list
        pane.filter_edit.setText(typed)
        assert window.current_id == opened
    assert pane.visible_count() == 1
    pane.filter_edit.clear()
    other = next(s.id for s in speeches if s.id != opened)
    window.library.tags.set_speech(other, ["经济"])
    window.refresh_library()
    pane.tag_box.setCurrentText("经济")  # a tag the open speech has not
    assert pane.visible_count() == 1 and window.current_id == opened
    pane.tag_box.setCurrentIndex(0)
    assert window.current_id == opened
    assert pane.view.currentIndex().data(SPEECH_ID_ROLE) == opened  # the list shows it again
    pane.filter_edit.setText("区")  # the open speech still among those shown
    assert window.current_id == opened
    assert pane.view.currentIndex().data(SPEECH_ID_ROLE) == opened


def test_a_click_in_a_filtered_list_opens_the_speech(qtbot, window):
    pane = window.library_pane
    opened = longest(window).id
    window.open_speech(opened)
    pane.filter_edit.setText("节能")
    assert pane.view.currentIndex().isValid() is False  # the open speech is hidden
    group = pane.proxy.index(0, 0)
    shown = pane.proxy.index(0, 0, group)
    clicked = shown.data(SPEECH_ID_ROLE)
    assert clicked != opened
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=pane.view.visualRect(shown).center())
    assert window.current_id == clicked


def test_a_tag_refresh_keeps_the_users_selection(qtbot, window):
    pane = window.library_pane
    window.open_speech(longest(window).id)
    group = next(pane.proxy.index(row, 0) for row in range(pane.proxy.rowCount())
                 if pane.proxy.rowCount(pane.proxy.index(row, 0)) > 1)
    pane.view.selectionModel().select(group, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
    pane.view.selectionModel().setCurrentIndex(group, QItemSelectionModel.SelectionFlag.NoUpdate)
    chosen = pane.selected_ids()
    assert len(chosen) > 1
    window.annotating.tag_speech(["新标签"])  # a write that makes a tag refreshes the tags
    assert pane.tag_box.findText("新标签") > 0
    assert pane.selected_ids() == chosen
