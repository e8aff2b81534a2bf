"""The library as a tree: a compilation is a group of its speeches."""
from desktop.library.library_model import SPEECH_ID_ROLE, LibraryModel


def test_library_model_groups_a_compilation(qtmodeltester, texts_library):
    model = LibraryModel()
    model.set_rows(texts_library.speeches.all())
    qtmodeltester.check(model)
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    assert [model.rowCount(index) for index in rows] == [0, 5, 0]
    group = rows[1]
    assert group.data(SPEECH_ID_ROLE) is None
    children = [model.index(row, 0, group).data(SPEECH_ID_ROLE) for row in range(5)]
    assert children == [s.id for s in texts_library.speeches.all() if s.source_id == 2]
    for speech_id in model.speech_ids():
        assert model.index_of(speech_id).data(SPEECH_ID_ROLE) == speech_id


def _many(count):
    from db import SpeechSummary
    return [SpeechSummary(id=n + 1, source_id=n + 1, source_path=f"{n}.txt", position=0,
                          title=f"讲话{n + 1}", speaker=None, occasion=None, date=None,
                          chars=100, annotations=0) for n in range(count)]


def test_a_long_list_is_given_to_the_view_a_page_at_a_time(qtmodeltester):
    from desktop.library.library_model import FETCH
    model = LibraryModel()
    model.set_rows(_many(FETCH * 2 + 10))
    assert model.rowCount() == FETCH and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * FETCH
    assert model.index_of(FETCH * 2 + 5).data(SPEECH_ID_ROLE) == FETCH * 2 + 5  # fetched to it
    assert model.rowCount() == FETCH * 2 + 5 and len(model.speech_ids()) == FETCH * 2 + 10
    model.fetch_all()
    assert model.rowCount() == FETCH * 2 + 10 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_filtering_a_long_list_looks_through_all_of_it(qtbot):
    from desktop.library.library_model import FETCH
    from desktop.library.library_pane import LibraryPane
    pane = LibraryPane()
    qtbot.addWidget(pane)
    pane.set_speeches(_many(FETCH * 3))
    pane.filter_edit.setText(f"讲话{FETCH * 3}")
    assert pane.proxy.rowCount() == 1
    assert pane.proxy.index(0, 0).data(SPEECH_ID_ROLE) == FETCH * 3


def test_a_sort_or_a_filter_in_force_covers_the_whole_list_again_after_a_refresh(qtbot):
    from PySide6.QtCore import Qt

    from desktop.library.library_model import DATE, FETCH
    from desktop.library.library_pane import LibraryPane
    pane = LibraryPane()
    qtbot.addWidget(pane)
    speeches = _many(FETCH * 3)
    for number, speech in enumerate(speeches):
        speech.date = f"{2000 + number // 12:04}-{1 + number % 12:02}-01"
    pane.set_speeches(speeches)
    pane.view.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
    pane.set_speeches(speeches)  # as the window does after an import or a delete
    assert pane.proxy.index(0, 0).data(SPEECH_ID_ROLE) == FETCH * 3
    pane.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    pane.filter_edit.setText(f"讲话{FETCH * 3}")
    pane.set_speeches(speeches)
    assert pane.proxy.rowCount() == 1
