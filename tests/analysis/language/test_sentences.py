from analysis.language.sentences import sentence_start, split_sentences


def test_sentences_end_at_marks_and_line_ends_with_their_closing_quotes():
    text = "要加强领导。“严禁违章！”他说；\n  落实责任?好"
    found = list(split_sentences(text))
    assert [s.text for s in found] == ["要加强领导。", "“严禁违章！”", "他说；", "落实责任?", "好"]
    assert all(text[s.start:s.end] == s.text for s in found)


def test_blank_text_has_no_sentences():
    assert list(split_sentences("  \n\n ")) == []


def test_the_sentence_around_a_mention():
    from analysis.language.sentences import sentence_bounds
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


def test_a_run_without_end_marks_is_cut_after_a_clause_mark_or_at_the_limit():
    from analysis.language.sentences import LONGEST
    clause = "各级各部门要高度重视，"
    text = clause * (3 * LONGEST // len(clause))
    found = list(split_sentences(text))
    assert len(found) >= 3
    assert all(len(s.text) <= LONGEST for s in found)
    assert all(s.text.endswith("，") for s in found[:-1])
    assert "".join(s.text for s in found) == text
    assert all(text[s.start:s.end] == s.text for s in found)
    bare = "安" * (2 * LONGEST + 7)  # nowhere to cut: cut at the limit
    assert [len(s.text) for s in split_sentences(bare)] == [LONGEST, LONGEST, 7]


def test_sentences_of_ordinary_length_are_not_cut():
    text = "要" + "加强领导，" * 800 + "落实责任。"
    assert [s.text for s in split_sentences(text)] == [text]


def test_pieces_of_a_long_run_cut_at_spaces_hold_no_spaces_at_their_ends():
    from analysis.language.sentences import LONGEST
    text = "安全 生产  " * (LONGEST // 2)
    found = list(split_sentences(text))
    assert len(found) > 1
    assert all(s.text == s.text.strip() and text[s.start:s.end] == s.text for s in found)


def test_where_the_sentence_holding_a_place_begins():
    text = "同志们：\n去年发生事故3起。“要抓好落实。”下面讲讲防汛工作。"
    assert sentence_start(text, text.index("防汛")) == text.index("下面")
    assert sentence_start(text, text.index("下面")) == text.index("下面")
    assert sentence_start(text, text.index("事故")) == text.index("去年")
    assert sentence_start(text, text.index("们")) == 0  # the first sentence
    assert sentence_start(text, len(text)) == len(text)
