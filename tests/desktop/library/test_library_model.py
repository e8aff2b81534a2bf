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
