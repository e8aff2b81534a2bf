"""The table model reads pages from the library as the view scrolls."""
from db import Library, StudyFilter
from desktop.study.mention_table_model import MentionTableModel


def test_the_directives_table_fetches_lazily(qtbot, texts_db):
    with Library(texts_db) as library:
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


def test_the_table_passes_the_model_tester(qtmodeltester, texts_library):
    table = MentionTableModel("figure", lambda *args: texts_library.study.mentions(
        "figure", None, *args))
    table.reload()
    qtmodeltester.check(table)
    assert table.rowCount() > 10
