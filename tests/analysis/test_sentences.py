from analysis.sentences import split_sentences


def test_sentences_end_at_marks_and_line_ends_with_their_closing_quotes():
    text = "要加强领导。“严禁违章！”他说；\n  落实责任?好"
    found = list(split_sentences(text))
    assert [s.text for s in found] == ["要加强领导。", "“严禁违章！”", "他说；", "落实责任?", "好"]
    assert all(text[s.start:s.end] == s.text for s in found)


def test_blank_text_has_no_sentences():
    assert list(split_sentences("  \n\n ")) == []


def test_the_sentence_around_a_mention():
    from analysis.sentences import sentence_bounds
    text = "开场白。去年全镇发生事故3起，死亡2人。“必须落实责任。”最后一句"
    start = text.index("3起")
    low, high = sentence_bounds(text, start, start + 2)
    assert text[low:high] == "去年全镇发生事故3起，死亡2人。"
    start = text.index("必须")
    low, high = sentence_bounds(text, start, start + 2)
    assert text[low:high] == "“必须落实责任。”"  # the closing quote belongs to it
    start = text.index("最后")
    assert text[slice(*sentence_bounds(text, start, start + 2))] == "最后一句"
    assert sentence_bounds(text, 0, 3) == (0, 4)
