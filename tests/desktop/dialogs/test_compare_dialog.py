"""Two speeches compared."""
from desktop.dialogs.compare_dialog import CompareDialog


def test_compare_two_speeches(qtbot, window):
    first, second = (s.id for s in window.library.speeches.all()[:2])
    dialog = CompareDialog(window.library, window.library.speeches.all(), first, second, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=20000)
    expected = window.library.study.compare(first, second)
    assert dialog.shared_list.count() == len(expected.shared) > 0
    assert dialog.first_directives.count() == len(expected.first_directives)
    assert dialog.second_terms.item(0).text().startswith(expected.second_only[0].term)
