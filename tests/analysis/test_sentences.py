from analysis.sentences import split_sentences


def test_sentences_end_at_marks_and_line_ends_with_their_closing_quotes():
    text = "要加强领导。“严禁违章！”他说；\n  落实责任?好"
    found = split_sentences(text)
    assert [s.text for s in found] == ["要加强领导。", "“严禁违章！”", "他说；", "落实责任?", "好"]
    assert all(text[s.start:s.end] == s.text for s in found)


def test_blank_text_has_no_sentences():
    assert split_sentences("  \n\n ") == []
