"""Where a highlight lands when its speech's text changes."""
import pytest

from analysis.anchor import FUZZY, anchor

TEXT = ("同志们：今天召开全区安全生产工作会议。去年全区各类事故死亡31人，同比下降23.5%。"
        "各单位必须落实安全生产主体责任。要加强隐患排查治理。各单位必须落实安全生产主体责任，"
        "严禁隐患不除就复工。")


def _place(old: str, new: str, quote: str, occurrence: int = 0):
    start = -1
    for _ in range(occurrence + 1):
        start = old.index(quote, start + 1)
    end = start + len(quote)
    return anchor(new, quote, old[max(0, start - 32):start], old[end:end + 32], start)


def test_an_unchanged_text_keeps_every_position():
    found = _place(TEXT, TEXT, "死亡31人")
    assert (found.start, found.method) == (TEXT.index("死亡31人"), "exact")


def test_an_insertion_before_moves_the_highlight_with_its_words():
    new = "（根据录音整理）" + TEXT
    found = _place(TEXT, new, "要加强隐患排查治理")
    assert new[found.start:found.end] == "要加强隐患排查治理" and found.method == "moved"


def test_a_repeated_phrase_keeps_to_its_own_occurrence():
    quote = "各单位必须落实安全生产主体责任"
    new = "（根据录音整理）" + TEXT
    second = _place(TEXT, new, quote, occurrence=1)
    assert second.start == new.index(quote, new.index(quote) + 1)
    first = _place(TEXT, new, quote, occurrence=0)
    assert first.start == new.index(quote)


def test_a_deletion_inside_the_quote_is_found_fuzzily():
    quote = "去年全区各类事故死亡31人，同比下降23.5%"
    new = TEXT.replace("全区各类事故", "各类事故")
    found = _place(TEXT, new, quote)
    assert found.method == "fuzzy" and found.score >= FUZZY
    assert new[found.start:found.end] == "去年各类事故死亡31人，同比下降23.5%"


def test_punctuation_changes_are_found_fuzzily():
    quote = "去年全区各类事故死亡31人，同比下降23.5%。"
    new = TEXT.replace("死亡31人，同比", "死亡31人、同比").replace("23.5%。", "23.5%；")
    found = _place(TEXT, new, quote)
    assert found.method == "fuzzy"
    assert new[found.start:found.end] == "去年全区各类事故死亡31人、同比下降23.5%；"


def test_a_quote_rewritten_beyond_recognition_is_an_orphan():
    quote = "要加强隐患排查治理"
    new = TEXT.replace(quote, "会议还研究了其他事项")
    assert _place(TEXT, new, quote) is None


@pytest.mark.parametrize("quote", ["死亡31人", "严禁隐患不除就复工。"])
def test_a_text_cut_short_orphans_what_was_cut_and_keeps_the_rest(quote):
    new = TEXT[:TEXT.index("严禁")]
    found = _place(TEXT, new, quote)
    if quote in new:
        assert new[found.start:found.end] == quote
    else:
        assert found is None
