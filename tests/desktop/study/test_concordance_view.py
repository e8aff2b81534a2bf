from desktop.study.concordance_view import ConcordanceView


def test_groups_are_shown_opened_and_more_are_added_below(qtbot, texts_library):
    view = ConcordanceView()
    qtbot.addWidget(view)
    groups = texts_library.search.find("安全", limit=200).groups
    view.show_groups(groups[:2])
    assert view.concordance.rowCount() == 2
    assert view.isExpanded(view.concordance.index(0, 0))
    view.show_groups(groups[2:], append=True)
    assert view.concordance.rowCount() == len(groups)
    view.show_groups([])
    assert view.concordance.rowCount() == 0
