"""Search results as a concordance tree, matches lined up in the middle column."""
from desktop.study.search_model import LEFT, MATCH, RIGHT, SearchModel


def test_speech_rows_hold_their_hits_in_three_columns(qtmodeltester, texts_library):
    groups = texts_library.search.find("安全", limit=200).groups
    model = SearchModel()
    model.set_groups(groups[:1])
    model.add_groups(groups[1:])
    qtmodeltester.check(model)
    assert model.rowCount() == len(groups) > 1
    first = model.index(0, 0)
    assert model.rowCount(first) == len(groups[0].hits)
    hit = groups[0].hits[0]
    assert [model.index(0, column, first).data() for column in (LEFT, MATCH, RIGHT)] == [
        hit.left, hit.match, hit.right]
    assert model.hit(model.index(0, MATCH, first)) == hit
    assert model.hit(first) == hit  # a speech row stands for its first hit
