"""The study dock (search, directives, figures, formulas, keywords), comparing speeches and
review, driven through the real main window on the corpus library."""
import csv

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from db import Library, StudyFilter
from desktop.dialogs.compare_dialog import CompareDialog
from desktop.study.formula_model import FormulaModel
from desktop.study.mention_table_model import PAGE, MentionTableModel
from desktop.dialogs.review_dialog import ReviewDialog
from desktop.study.search_model import SearchModel
from tests.desktop.conftest import type_text


def _search(qtbot, window, text):
    window.actions["search"].trigger()
    pane = window.study.search
    assert pane.query_edit.hasFocus() or not window.isActiveWindow()
    pane.query_edit.clear()
    type_text(pane.query_edit, text)
    qtbot.keyClick(pane.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.results is not None and pane.status.text() != "Searching…",
                    timeout=20000)
    return pane


def test_search_shows_a_concordance_and_enter_opens_the_hit(qtbot, window):
    pane = _search(qtbot, window, "隐患")
    model = pane.model
    assert model.rowCount() == len(pane.results.groups) > 1
    first_group = model.index(0, 0)
    assert model.rowCount(first_group) == len(pane.results.groups[0].hits)
    assert "hits in" in pane.status.text()
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


def test_more_results_continue_the_list(qtbot, window):
    pane = _search(qtbot, window, "安全")
    before = len(pane.model.groups)
    assert pane.more_button.isVisible() == (pane.results.next_offset is not None)
    if pane.results.next_offset is not None:
        qtbot.mouseClick(pane.more_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(pane.model.groups) > before, timeout=20000)
        ids = [group.speech_id for group in pane.model.groups]
        assert len(ids) == len(set(ids))


def test_directives_table_filters_sorts_and_jumps(qtbot, window):
    window.actions["directives"].trigger()
    pane = window.study.directives
    model = pane.model
    total = window.library.study.mention_count("directive")
    assert 0 < model.rowCount() == min(total, PAGE)
    qtbot.waitUntil(lambda: pane.count_label.text() == f"{total:,} directives")
    pane.choice_box.setCurrentIndex(pane.choice_box.findData("prohibit"))
    assert model.rowCount() > 0
    assert {row.data["strength"] for row in model.rows} == {"prohibit"}
    pane.choice_box.setCurrentIndex(0)
    strength_column = [key for key, _ in model.columns].index("strength")
    pane.view.sortByColumn(strength_column, Qt.SortOrder.AscendingOrder)
    ranks = ["prohibit", "must", "should", "hope"]
    shown = [ranks.index(row.data["strength"]) for row in model.rows]
    assert shown == sorted(shown)
    type_text(pane.keyword_edit, "隐患")
    qtbot.waitUntil(lambda: model.rows and all("隐患" in row.text for row in model.rows))
    row = model.rows[0]
    pane.view.setCurrentIndex(model.index(0, 0))
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    assert window.current_id == row.speech_id
    assert window.reader.selection() == (row.start, row.end)


def test_directives_of_the_selected_speeches_only(qtbot, window):
    window.actions["directives"].trigger()
    pane = window.study.directives
    speech = window.library.speeches.all()[0].id
    pane_view = window.library_pane.view
    index = window.library_pane.proxy.mapFromSource(window.library_pane.model.index_of(speech))
    pane_view.selectionModel().select(index, pane_view.selectionModel().SelectionFlag.ClearAndSelect
                                      | pane_view.selectionModel().SelectionFlag.Rows)
    pane.selected_check.setChecked(True)
    assert pane.model.rows and {row.speech_id for row in pane.model.rows} == {speech}


def test_the_directives_table_fetches_lazily(qtbot, corpus_db):
    with Library(corpus_db) as library:
        calls = []

        def fetch(order, descending, offset, limit):
            calls.append(offset)
            return library.study.mentions("directive", StudyFilter(), order, descending, offset, limit)
        model = MentionTableModel("directive", fetch, page=5)
        model.reload()
        assert model.rowCount() == 5 and calls == [0]
        assert model.canFetchMore()
        model.fetchMore()
        assert model.rowCount() == 10 and calls == [0, 5]


def test_figures_sort_by_value_filter_by_unit_and_export_csv(qtbot, window, tmp_path,
                                                              monkeypatch):
    window.actions["figures"].trigger()
    pane = window.study.figures
    model = pane.model
    value_column = [key for key, _ in model.columns].index("value")
    pane.view.sortByColumn(value_column, Qt.SortOrder.DescendingOrder)
    values = [row.data["value"] for row in model.rows if row.data["value"] is not None]
    assert len(values) > 10 and values == sorted(values, reverse=True)
    qtbot.waitUntil(lambda: pane.unit_box.findData("人") > 0)  # units are read in the background
    pane.unit_box.setCurrentIndex(pane.unit_box.findData("人"))
    assert model.rows and {row.data["unit"] for row in model.rows} == {"人"}
    assert all("【" in row.context for row in model.rows)
    target = tmp_path / "figures.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "CSV (*.csv)")))
    pane.export_button.click()
    qtbot.waitUntil(lambda: pane.export_job is not None and pane.export_job.done, timeout=20000)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    expected = window.library.study.mention_count("figure", pane.where())
    assert len(rows) == expected and {row["Unit"] for row in rows} == {"人"}
    assert float(rows[0]["value (base units)"]) >= float(rows[-1]["value (base units)"])
    assert list(tmp_path.glob("*.csv")) == [target]  # no temporary file left


def test_formulas_index_lists_uses_and_opens_one(qtbot, window):
    window.actions["formulas"].trigger()
    pane = window.study.formulas
    entries = pane.model.rows
    assert entries and entries[0].occurrences >= entries[-1].occurrences
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    places = pane.places
    assert sum(len(group.hits) for group in places.groups) == entries[0].occurrences
    hit_index = places.index(0, 1, places.index(0, 0))
    hit = places.hit(hit_index)
    assert hit.match == entries[0].text
    pane.places_view.setCurrentIndex(hit_index)
    pane.places_view.setFocus()
    qtbot.keyClick(pane.places_view, Qt.Key.Key_Return)
    assert window.current_id == hit.speech_id
    assert window.reader.selection() == (hit.start, hit.end)


def test_keywords_of_the_open_speech(qtbot, window):
    speech = window.library.speeches.all()[1]
    window.open_speech(speech.id)
    window.actions["keywords"].trigger()
    pane = window.study.keywords
    qtbot.waitUntil(lambda: len(pane.chart.bars) > 5, timeout=20000)
    assert [label for label, _, _ in pane.chart.bars] == [k.term for k in pane.keywords]
    assert pane.keywords == window.library.study.keywords(speech.id)
    assert "log-likelihood" in pane.title.text()


def test_compare_two_speeches(qtbot, window):
    first, second = (s.id for s in window.library.speeches.all()[:2])
    dialog = CompareDialog(window.library, window.library.speeches.all(), first, second, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=20000)
    expected = window.library.study.compare(first, second)
    assert dialog.shared_list.count() == len(expected.shared) > 0
    assert dialog.first_directives.count() == len(expected.first_directives)
    assert dialog.second_terms.item(0).text().startswith(expected.second_only[0].term)


def test_review_with_keys_and_the_due_count(qtbot, window):
    speech = window.library.speeches.all()[0]
    text = window.library.speeches.get(speech.id).text
    figure = next(m for m in window.library.speeches.get(speech.id).mentions if m.kind == "figure")
    window.open_speech(speech.id)
    window.annotating.highlight("yellow", (max(0, figure.start - 5), figure.end + 5))
    assert "2 due for review" in window.status_label.text()
    dialog = ReviewDialog(window.library, window.writes, window.library.review.due_cards(),
                          window)
    qtbot.addWidget(dialog)
    kinds = {card.kind for card in dialog.queue}
    assert kinds == {"excerpt", "figure"}
    cloze = next(card for card in dialog.queue if card.kind == "figure")
    assert "____" in cloze.front and text[figure.start:figure.end] not in cloze.front
    qtbot.keyClick(dialog, Qt.Key.Key_3)  # no grading before the answer is shown
    assert len(dialog.queue) == 2 and dialog.reviewed == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert dialog.revealed and dialog.back.toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_1)  # again: back at the end of the queue
    assert len(dialog.queue) == 2 and dialog.reviewed == 1
    for _ in range(2):
        qtbot.keyClick(dialog, Qt.Key.Key_Space)
        qtbot.keyClick(dialog, Qt.Key.Key_3)
    assert dialog.queue == [] and "Nothing more is due" in dialog.front.toPlainText()
    assert window.library.review.due_count() == 0
    assert "0 due for review" in window.status_label.text()


def test_study_models_pass_the_model_tester(qtmodeltester, corpus_db):
    with Library(corpus_db) as library:
        search = SearchModel()
        search.set_groups(library.search.find("安全", limit=200).groups)
        qtmodeltester.check(search)
        table = MentionTableModel("figure", lambda *args: library.study.mentions("figure", None, *args))
        table.reload()
        qtmodeltester.check(table)
        formulas = FormulaModel()
        formulas.set_rows(library.study.formulas())
        qtmodeltester.check(formulas)


def test_an_unindexed_library_is_indexed_in_the_background(qtbot, windows, corpus_db):
    import sqlite3
    with sqlite3.connect(corpus_db) as db:
        db.execute("DELETE FROM speech_fts")
    window = windows.open(corpus_db)
    windows.wait_for_job(window)
    assert window.library.index.unindexed_count() == 0
    pane = _search(qtbot, window, "隐患")
    assert pane.results.hits > 0
