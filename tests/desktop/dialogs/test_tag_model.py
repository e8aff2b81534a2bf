from desktop.dialogs.tag_model import TagModel


def test_tags_with_the_speeches_and_highlights_they_are_on(qtmodeltester, texts_library):
    speech = texts_library.speeches.all()[0]
    texts_library.annotations.add(speech.id, 20, 30, "blue", "第二", ["乙"])
    texts_library.annotations.add(speech.id, 0, 10, "yellow", "第一", ["甲", "乙"])
    tags = TagModel()
    tags.set_rows(texts_library.tags.all())
    qtmodeltester.check(tags)
    assert [[tags.index(row, col).data() for col in range(3)] for row in range(2)] == [
        ["乙", 0, 2], ["甲", 0, 1]]
