"""Search across the library: a concordance, and Enter opens the hit."""
from PySide6.QtCore import Qt

from tests.desktop.conftest import type_text


def _search(qtbot, window, text):
    window.action["search"].trigger()
    pane = window.study.search
    assert pane.query_edit.hasFocus() or not window.isActiveWindow()
    pane.query_edit.clear()
    type_text(pane.query_edit, text)
    qtbot.keyClick(pane.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.results is not None and pane.status.text() != "Searching… (Esc stops)",
                    timeout=20000)
    return pane


def test_search_shows_a_concordance_and_enter_opens_the_hit(qtbot, window):
    pane = _search(qtbot, window, "隐患")
    model = pane.model
    assert model.rowCount() == len(pane.results.groups) > 1
    first_group = model.index(0, 0)
    assert model.rowCount(first_group) == len(pane.results.groups[0].hits)
    hits = sum(len(group.hits) for group in pane.results.groups)
    assert pane.status.text() == f"{hits} hits in {len(pane.results.groups)} speeches"
    # every line is the speech's own text around 隐患
    hit_index = model.index(1, 1, first_group)
    hit = model.hit(hit_index)
    assert hit_index.data() == "隐患"
    pane.view.setCurrentIndex(hit_index)
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    assert window.current_id == hit.speech_id
    assert window.reader.selection() == (hit.start, hit.end)
    text = window.library.speeches.get(hit.speech_id).text
    assert text[hit.start:hit.end] == "隐患"


def test_search_filters_and_malformed_queries_in_the_window(qtbot, window):
    pane = _search(qtbot, window, "死亡 kind:figure")
    assert pane.results.hits > 0
    assert {hit.where for group in pane.results.groups for hit in group.hits} == {"figure"}
    pane = _search(qtbot, window, '"安全 OR * NEAR(')
    assert "closing quote" in pane.status.text()
    pane = _search(qtbot, window, "*")
    assert pane.model.rowCount() == 0 and "no letters or digits" in pane.status.text()


def test_more_results_continue_the_list(qtbot, window, monkeypatch):
    import functools
    # pages of two speeches, so that the small library has a second one
    monkeypatch.setattr(window.library.search, "find",
                        functools.partial(window.library.search.find, limit=2))
    pane = _search(qtbot, window, "安全")
    before = len(pane.model.groups)
    assert pane.results.next_offset is not None and pane.more_button.isVisibleTo(window)
    assert f" in the first {before} of {pane.results.speeches} speeches" in pane.status.text()
    qtbot.mouseClick(pane.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(pane.model.groups) > before, timeout=20000)
    ids = [group.speech_id for group in pane.model.groups]
    assert len(ids) == len(set(ids))


def test_a_running_search_stops_on_esc_and_keeps_what_it_found(qtbot, window, monkeypatch):
    import time

    from db import SearchResults
    asked = []

    def slow(text, limit=50, offset=0, cancelled=lambda: False):
        asked.append(text)
        began = time.monotonic()
        while not cancelled() and time.monotonic() - began < 20:
            time.sleep(0.01)
        return SearchResults(text, cancelled=cancelled())

    monkeypatch.setattr(window.library.search, "find", slow)
    window.action["search"].trigger()
    pane = window.study.search
    pane.query_edit.setText("隐患 " * 5000)
    qtbot.keyClick(pane.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(asked))
    assert pane.searching() and pane.search_button.text() == "Stop"
    qtbot.keyClick(pane.query_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not pane.searching(), timeout=5000)
    qtbot.waitUntil(lambda: pane.results is not None)
    assert pane.results.cancelled and "stopped" in pane.status.text()
    assert pane.search_button.text() == "Search"


def test_the_library_list_follows_a_speech_opened_from_search_even_when_filtered_out(qtbot,
                                                                                     window):
    from desktop.library.library_model import SPEECH_ID_ROLE
    pane = _search(qtbot, window, "隐患")
    hit_index = pane.model.index(0, 1, pane.model.index(0, 0))
    hit = pane.model.hit(hit_index)
    library = window.library_pane
    library.filter_edit.setText("没有这样的讲话")  # the list now shows nothing
    assert library.visible_count() == 0
    pane.view.setCurrentIndex(hit_index)
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    assert window.current_id == hit.speech_id
    assert library.filter_edit.text() == "" and library.visible_count() > 1
    assert library.view.currentIndex().data(SPEECH_ID_ROLE) == hit.speech_id


def test_a_filter_alone_lists_its_speeches_and_enter_opens_one(qtbot, window):
    library = window.library
    tagged = library.speeches.all()[-1]
    library.tags.set_speech(tagged.id, ["执法"])
    pane = _search(qtbot, window, "tag:执法")
    assert [group.speech_id for group in pane.model.groups] == [tagged.id]
    row = pane.model.index(0, 0)
    assert pane.model.rowCount(row) == 0 and "hit" not in row.data()
    assert pane.status.text() == "1 speech"
    assert pane.view.currentIndex() == row
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    assert window.current_id == tagged.id


def test_a_page_past_the_ranked_matches_is_shown_first_and_counted_after(qtbot, window,
                                                                          monkeypatch):
    import functools
    for name, value in (("RANKED", 1), ("BATCH", 1), ("SCAN_LIMIT", 1)):
        monkeypatch.setattr(f"db.search.{name}", value)
    monkeypatch.setattr(window.library.search, "find",
                        functools.partial(window.library.search.find, limit=1))
    counts = []
    count = window.library.search.count
    monkeypatch.setattr(window.library.search, "count",
                        lambda text, *stop: counts.append(text) or count(text, *stop))
    exact = count("安全")
    assert exact >= 3
    pane = _search(qtbot, window, "安全")
    assert not pane.results.counted or counts == ["安全"]  # the count may have come already
    qtbot.waitUntil(lambda: f" in the first 1 of {exact} speeches" in pane.status.text(),
                    timeout=20000)
    assert pane.results.counted and pane.results.speeches == exact and counts == ["安全"]
    qtbot.mouseClick(pane.more_button, Qt.MouseButton.LeftButton)  # counted once a query
    qtbot.waitUntil(lambda: len(pane.model.groups) == 2, timeout=20000)
    qtbot.waitUntil(lambda: f" in the first 2 of {exact} speeches" in pane.status.text(),
                    timeout=20000)
    assert counts == ["安全"]


def test_a_count_asked_before_the_library_changed_is_not_shown(qtbot, window, monkeypatch):
    import functools
    import threading
    for name, value in (("RANKED", 1), ("BATCH", 1), ("SCAN_LIMIT", 1)):
        monkeypatch.setattr(f"db.search.{name}", value)
    library = window.library
    monkeypatch.setattr(library.search, "find", functools.partial(library.search.find, limit=1))
    release, answered, calls, count = threading.Event(), threading.Event(), [], \
        library.search.count

    def slow_at_first(text, cancelled=lambda: False):  # the first: of the library as it was
        calls.append(text)
        total = count(text)
        if len(calls) == 1:
            release.wait(20)
            answered.set()
        return total

    monkeypatch.setattr(library.search, "count", slow_at_first)
    before = count("安全")
    pane = _search(qtbot, window, "安全")
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=20000)
    library.speeches.delete([pane.results.groups[0].speech_id])
    pane = _search(qtbot, window, "安全")
    after = before - 1
    qtbot.waitUntil(lambda: f" of {after} speeches" in pane.status.text(), timeout=20000)
    release.set()
    qtbot.waitUntil(answered.is_set, timeout=20000)
    qtbot.wait(300)  # its answer delivered to the pane, which drops it
    assert f" of {after} speeches" in pane.status.text() and pane._counted == ("安全", after)
    qtbot.mouseClick(pane.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(pane.model.groups) == 2, timeout=20000)
    qtbot.waitUntil(lambda: f" of {after} speeches" in pane.status.text(), timeout=20000)
    assert calls == ["安全", "安全"]
