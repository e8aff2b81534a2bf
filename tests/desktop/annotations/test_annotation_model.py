"""The highlights of a speech as a table."""
from desktop.annotations.annotation_model import AnnotationModel


def test_highlights_in_text_order(qtmodeltester, texts_library):
    speech = texts_library.speeches.all()[0]
    texts_library.annotations.add(speech.id, 20, 30, "blue", "第二", ["乙"])
    texts_library.annotations.add(speech.id, 0, 10, "yellow", "第一", ["甲", "乙"])
    annotations = AnnotationModel()
    annotations.set_rows(texts_library.annotations.of_speech(speech.id))
    qtmodeltester.check(annotations)
    assert [annotations.index(row, 1).data() for row in range(2)] == ["第一", "第二"]
