from collections import Counter

from analysis.keywords import distinctive, is_term, log_likelihood, term_counts


def test_terms_are_chinese_words_of_two_characters_or_more_and_not_stop_words():
    assert is_term("隐患") and not is_term("患") and not is_term("2016")
    assert not is_term("我们")


def test_log_likelihood_is_positive_for_a_term_used_more_here():
    assert log_likelihood(20, 1000, 5, 10000) > 0
    assert log_likelihood(1, 1000, 100, 10000) < 0
    assert log_likelihood(10, 1000, 100, 10000) == 0
    assert log_likelihood(5, 0, 5, 100) == 0.0


def test_distinctive_terms_come_best_first():
    counts = Counter({"防汛": 12, "安全": 5, "工作": 5})
    reference = {"防汛": 1, "安全": 50, "工作": 40}
    found = distinctive(counts, 22, reference, 500, limit=5)
    assert [term for term, *_ in found][0] == "防汛"
    assert all(score > 0 for *_, score in found)


def test_term_counts_count_search_tokens():
    counts = term_counts("开展隐患排查，隐患整改。")
    assert counts["隐患"] == 2 and counts["隐患排查"] == 1


def test_a_passages_key_term_is_its_most_distinctive_word_and_skips_taken_spans():
    from analysis.keywords import key_term, term_counts
    speech = term_counts("今年要重点抓好隐患排查治理工作。各部门要落实责任。安全生产责任重于泰山。要加强执法检查。")
    passage = "今年要重点抓好隐患排查治理工作。"
    assert passage[slice(*key_term(passage, speech))] == "隐患排查"
    at = passage.index("隐患排查")
    other = key_term(passage, speech, [(at, at + 4)])
    assert other is not None and passage[slice(*other)] not in ("隐患排查", "隐患", "排查")
    assert key_term("要落实。", speech) is None
