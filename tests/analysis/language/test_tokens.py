from analysis.language.sentences import LONGEST
from analysis.language.tokens import (
    GRAM_MARK,
    WORD_SEPARATOR,
    boundaries,
    index_text,
    is_gram,
    query_tokens,
    search_tokens,
    shared_segmentation,
    words,
)


def test_search_tokens_give_the_words_inside_longer_words():
    tokens = [word for word, _, _ in search_tokens("开展安全隐患排查")]
    assert "隐患排查" in tokens and "隐患" in tokens and "排查" in tokens
    assert all(word.isalnum() for word in tokens)


def test_the_index_text_is_jieba_search_mode_joined_invisibly():
    text = "开展安全隐患排查。落实主体责任！"
    assert index_text(text).split(WORD_SEPARATOR) == [
        word for word, _, _ in search_tokens(text)]


def test_a_common_word_is_indexed_with_the_first_letter_of_the_word_after_it():
    tokens = index_text("夯实生产的基础和队伍建设").split(WORD_SEPARATOR)
    assert tokens == ["夯实", "生产", "的", f"的{GRAM_MARK}基", "基础", "和", f"和{GRAM_MARK}队",
                      "队伍", "建设"]
    assert [token for token in tokens if not is_gram(token)] == [
        word for word, _, _ in search_tokens("夯实生产的基础和队伍建设")]


def test_no_gram_where_the_common_word_does_not_touch_the_next():
    for text in ("生产的，基础", "生产的 基础", "生产的\n基础", "生产的。基础", "生产的", "目的地"):
        assert not any(map(is_gram, index_text(text).split(WORD_SEPARATOR))), text


def test_a_gram_joins_a_sentence_cut_for_its_length():
    text = "国" * (LONGEST - 1) + "的基础"  # no mark to cut at: cut after 的
    assert f"的{GRAM_MARK}基" in index_text(text).split(WORD_SEPARATOR)


def test_a_phrase_asks_for_the_grams_the_index_holds():
    run = [("对", 0, 1), ("青少年", 1, 4), ("的", 4, 5), ("教育", 5, 7)]  # 对青少年的教育
    assert query_tokens(run) == [f"对{GRAM_MARK}青", "青少年", f"的{GRAM_MARK}教", "教育"]
    assert query_tokens(run[:3]) == [f"对{GRAM_MARK}青", "青少年", "的"]  # nothing follows 的
    spaced = [("的", 0, 1), ("基础", 2, 4)]  # 的，基础: the words do not touch
    assert query_tokens(spaced) == ["的", "基础"]


def test_one_pass_is_shared_inside_shared_segmentation(monkeypatch):
    from analysis.language import tokens
    calls = []
    real = tokens._segmenter()

    class Counting:
        def __getattr__(self, name):
            return getattr(real, name)

        def cut(self, text, hmm=True):
            calls.append(text)
            return real.cut(text, hmm)

    monkeypatch.setattr(tokens, "_segmenter", lambda: Counting())
    with shared_segmentation():
        words("落实主体责任")
        words("落实主体责任")
    assert calls == ["落实主体责任"]
    words("落实主体责任")
    assert len(calls) == 2  # outside the block every call segments


def test_boundaries_are_where_words_start_and_end():
    starts, ends = boundaries("中国家庭")
    assert 1 not in starts  # 国家 is not a word here


def test_words_are_jiebas_own(texts_dir):
    """rjieba segments for speed; its words, search tokens and dictionary must stay jieba's
    (with Yandu's user dictionary), or the index and the analysis change with a version."""
    from analysis.language import tokens
    jieba = tokens._jieba()
    lines = [line for path in sorted(texts_dir.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    lines += ["一是加强ABC123ｘ２０２４年，增长5.2%。", "中国家庭\r\n　安全隐患排查", "㐀中国𠀀人民",
              # near-ties that a different dictionary total, or user words without their
              # frequencies, turn
              "还是老样子", "六等", "内画", "明山", "野上", "岛主要点楼式木"]
    assert len(lines) > 200
    for line in lines:
        assert words(line) == jieba.lcut(line, HMM=False), line
        assert tokens._search_mode(line) == list(jieba.tokenize(line, mode="search", HMM=False))
    user_words = [line.split()[0] for line in tokens._userdict().decode().splitlines() if line]
    assert words("".join(user_words[:3])) == user_words[:3]
