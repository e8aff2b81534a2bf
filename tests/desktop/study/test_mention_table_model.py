"""The table model reads pages from the library as the view scrolls."""
from db import Library, StudyFilter
from desktop.study.mention_table_model import MentionTableModel


def test_the_directives_table_fetches_lazily(qtbot, texts_db):
    with Library(texts_db) as library:
        calls = []

        def fetch(order, descending, after, limit):
            calls.append(after.id if after else None)
            return library.study.mentions("directive", StudyFilter(), order, descending,
                                          limit=limit, after=after)
        model = MentionTableModel("directive", fetch, page=5)
        model.reload()
        assert model.rowCount() == 5 and calls == [None]
        assert model.canFetchMore()
        model.fetchMore()
        assert model.rowCount() == 10 and calls == [None, model.rows[4].id]


def test_the_table_passes_the_model_tester(qtmodeltester, texts_library):
    table = MentionTableModel("figure", lambda order, descending, after, limit:
                              texts_library.study.mentions("figure", None, order, descending,
                                                           limit=limit, after=after))
    table.reload()
    qtmodeltester.check(table)
    assert table.rowCount() > 10


def test_a_figures_kind_reads_in_the_interface_language(chinese, texts_library):
    table = MentionTableModel("figure", lambda order, descending, after, limit:
                              texts_library.study.mentions("figure", None, order, descending,
                                                           limit=limit, after=after), page=500)
    table.reload()
    column = [key for key, _ in table.columns].index("kind")
    kinds = {table.index(row, column).data() for row in range(table.rowCount())}
    assert {"人数", "金额"} <= kinds, kinds
    assert all(not kind.isascii() for kind in kinds if kind), kinds


def test_nothing_is_read_before_the_first_reload(qtbot, texts_library):
    from desktop.study.mention_pane import MentionPane
    calls = []
    table = MentionTableModel("figure", lambda *args: calls.append(args) or [])
    table.sort(1)  # a view made sortable sorts at once
    assert calls == [] and not table.canFetchMore()
    table.reload()
    assert len(calls) == 1 and calls[0][0] == "value"
    pane = MentionPane(texts_library, "directive")  # the window builds it hidden, at start-up
    qtbot.addWidget(pane)
    assert pane.model.rows == [] and not pane.model.canFetchMore()
