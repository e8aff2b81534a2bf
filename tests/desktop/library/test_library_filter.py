"""The library filter keeps the groups of the speeches that match."""
from desktop.library.library_filter import LibraryFilter
from desktop.library.library_model import LibraryModel


def test_library_filter_keeps_groups_of_matching_speeches(qtmodeltester, texts_library):
    model = LibraryModel()
    model.set_rows(texts_library.speeches.all())
    proxy = LibraryFilter()
    proxy.setSourceModel(model)
    proxy.set_text("节能")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
    group = proxy.index(0, 0)
    assert proxy.rowCount(group) == 1
    assert "节能" in proxy.index(0, 0, group).data()
    proxy.set_text("")
    proxy.sort(0)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 3
