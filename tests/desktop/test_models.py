"""Every item model passes Qt's model tester, on real data from the corpus library."""
import pytest

from db import Library
from desktop.annotations.annotation_model import AnnotationModel
from desktop.library.library_filter import LibraryFilter
from desktop.library.library_model import SPEECH_ID_ROLE, LibraryModel
from desktop.reader.outline_model import START_ROLE, OutlineModel
from desktop.dialogs.tag_model import TagModel


@pytest.fixture
def library(corpus_db):
    with Library(corpus_db) as library:
        yield library


def test_library_model_groups_a_compilation(qtmodeltester, library):
    model = LibraryModel()
    model.set_rows(library.speeches.all())
    qtmodeltester.check(model)
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    assert [model.rowCount(index) for index in rows] == [0, 5, 0]
    group = rows[1]
    assert group.data(SPEECH_ID_ROLE) is None
    children = [model.index(row, 0, group).data(SPEECH_ID_ROLE) for row in range(5)]
    assert children == [s.id for s in library.speeches.all() if s.source_id == 2]
    for speech_id in model.speech_ids():
        assert model.index_of(speech_id).data(SPEECH_ID_ROLE) == speech_id


def test_library_filter_keeps_groups_of_matching_speeches(qtmodeltester, library):
    model = LibraryModel()
    model.set_rows(library.speeches.all())
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


def test_outline_model_is_the_speech_tree(qtmodeltester, library):
    speech = max(library.speeches.all(), key=lambda s: s.chars)
    record = library.speeches.get(speech.id)
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


def test_annotation_and_tag_models(qtmodeltester, library):
    speech = library.speeches.all()[0]
    library.annotations.add(speech.id, 20, 30, "blue", "第二", ["乙"])
    library.annotations.add(speech.id, 0, 10, "yellow", "第一", ["甲", "乙"])
    annotations = AnnotationModel()
    annotations.set_rows(library.annotations.of_speech(speech.id))
    qtmodeltester.check(annotations)
    assert [annotations.index(row, 1).data() for row in range(2)] == ["第一", "第二"]
    tags = TagModel()
    tags.set_rows(library.tags.all())
    qtmodeltester.check(tags)
    assert [[tags.index(row, col).data() for col in range(3)] for row in range(2)] == [
        ["乙", 0, 2], ["甲", 0, 1]]
