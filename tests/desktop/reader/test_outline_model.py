"""The outline as a tree."""
from desktop.reader.outline_model import START_ROLE, OutlineModel


def test_outline_model_is_the_speech_tree(qtmodeltester, texts_library):
    speech = max(texts_library.speeches.all(), key=lambda s: s.chars)
    record = texts_library.speeches.get(speech.id)
    model = OutlineModel()
    model.set_rows(record.outline)
    qtmodeltester.check(model)
    top = [s for s in record.outline if s.parent_id is None]
    assert model.rowCount() == len(top)
    first = model.index(0, 0)
    assert first.data(START_ROLE) == top[0].start
    children = [s for s in record.outline if s.parent_id == top[0].id]
    assert model.rowCount(first) == len(children)
    inner = children[0]
    assert model.index_at(inner.start).data(START_ROLE) == inner.start
