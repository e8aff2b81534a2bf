from datetime import date, timedelta

from db.schedule import AGAIN, EASY, GOOD
from tests.db.test_search import _import


def test_cards_from_highlights_with_cloze_for_figures_and_formulas(library):
    text = "去年全区各类事故死亡31人。各单位必须落实“一岗双责”。"
    speech = _import(library, text, "卡片")
    stored = library.speeches.get(speech).text
    library.annotations.add(speech, 0, len(stored), "yellow", "记住这两点")
    today = date(2026, 11, 23)
    assert library.review.sync_cards(today) == 4  # excerpt, figure, formula, key term
    assert library.review.sync_cards(today) == 0
    cards = {card.kind: card for card in library.review.due_cards(today)}
    term = cards.pop("term")
    assert "____" in term.front and "【" in term.back and "31" in term.front
    library.review.grade(term.id, EASY, today)
    assert cards["excerpt"].front == stored and cards["excerpt"].back == "记住这两点"
    assert cards["figure"].front == "去年全区各类事故死亡____人。"
    assert "【31】" in cards["figure"].back
    assert "“____”" in cards["formula"].front and "负双重责任" in cards["formula"].back
    assert cards["figure"].citation.startswith("《卡片》")
    assert library.review.due_count(today) == 3

    assert library.review.grade(cards["figure"].id, GOOD, today).again is None
    again = library.review.grade(cards["formula"].id, AGAIN, today).again
    assert again is not None and again.id == cards["formula"].id
    assert library.review.due_count(today) == 2  # the excerpt and the lapsed formula
    assert library.review.due_count(today + timedelta(days=1)) == 3
    library.review.grade(cards["excerpt"].id, EASY, today)
    library.review.grade(cards["formula"].id, GOOD, today)
    assert library.review.due_count(today) == 0
    assert library.review.due_count(today + timedelta(days=4)) == 4  # the term, graded Easy too


def test_cards_go_with_their_highlight(library):
    speech = _import(library, "去年全区各类事故死亡31人。各单位必须落实“一岗双责”。", "卡")
    made = library.annotations.add(speech, 0, 4, "yellow")
    library.review.sync_cards()
    assert library.review.due_count() == 1
    library.annotations.delete(made.id)
    assert library.review.due_count() == 0


def test_a_highlights_key_term_is_its_most_distinctive_word_against_the_speech(library):
    text = ("同志们：\n今年要重点抓好隐患排查治理工作，各部门要落实责任。安全生产责任重于泰山。"
            "各部门要加强执法检查，落实责任。")
    speech = _import(library, text, "关键词")
    stored = library.speeches.get(speech).text
    start = stored.index("今年要重点")
    library.annotations.add(speech, start, stored.index("，", start), "yellow")
    short = library.annotations.add(speech, stored.index("安全"), stored.index("安全") + 2, "green")
    today = date(2026, 11, 23)
    library.review.sync_cards(today)
    terms = [card for card in library.review.due_cards(today) if card.kind == "term"]
    assert len(terms) == 1  # the two-character highlight has no word to choose
    assert terms[0].back.count("【") == 1 and "【隐患排查】" in terms[0].back
    assert library.review.sync_cards(today) == 0  # looked at once, not again
    library.annotations.delete(short.id)
    assert library.review.due_count(today) == 2
