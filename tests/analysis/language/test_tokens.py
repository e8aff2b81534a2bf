from analysis.language.tokens import (
    WORD_SEPARATOR,
    boundaries,
    index_text,
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


def test_one_pass_is_shared_inside_shared_segmentation(monkeypatch):
    from analysis.language import tokens
    calls = []
    real = tokens._jieba()

    class Counting:
        def __getattr__(self, name):
            return getattr(real, name)

        def lcut(self, text, HMM=True):
            calls.append(text)
            return real.lcut(text, HMM=HMM)

    monkeypatch.setattr(tokens, "_jieba", lambda: Counting())
    with shared_segmentation():
        words("落实主体责任")
        words("落实主体责任")
    assert calls == ["落实主体责任"]
    words("落实主体责任")
    assert len(calls) == 2  # outside the block every call segments


def test_boundaries_are_where_words_start_and_end():
    starts, ends = boundaries("中国家庭")
    assert 1 not in starts  # 国家 is not a word here
