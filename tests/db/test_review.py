from datetime import date, timedelta

from db.schedule import AGAIN, EASY, GOOD
from tests.db.test_search import _import


def test_cards_from_highlights_with_cloze_for_figures_and_formulas(library):
    text = "去年全区各类事故死亡31人。各单位必须落实“一岗双责”。"
    speech = _import(library, text, "卡片")
    stored = library.speeches.get(speech).text
    library.annotations.add(speech, 0, len(stored), "yellow", "记住这两点")
    today = date(2026, 11, 23)
    assert library.review.sync_cards(today) == 3
    assert library.review.sync_cards(today) == 0
    cards = {card.kind: card for card in library.review.due_cards(today)}
    assert cards["excerpt"].front == stored and cards["excerpt"].back == "记住这两点"
    assert cards["figure"].front == "去年全区各类事故死亡____人。"
    assert "【31】" in cards["figure"].back
    assert "“____”" in cards["formula"].front and "负双重责任" in cards["formula"].back
    assert cards["figure"].citation.startswith("《卡片》")
    assert library.review.due_count(today) == 3

    assert library.review.grade(cards["figure"].id, GOOD, today) is None
    again = library.review.grade(cards["formula"].id, AGAIN, today)
    assert again is not None and again.id == cards["formula"].id
    assert library.review.due_count(today) == 2  # the excerpt and the lapsed formula
    assert library.review.due_count(today + timedelta(days=1)) == 3
    library.review.grade(cards["excerpt"].id, EASY, today)
    library.review.grade(cards["formula"].id, GOOD, today)
    assert library.review.due_count(today) == 0
    assert library.review.due_count(today + timedelta(days=4)) == 3


def test_cards_go_with_their_highlight(library):
    speech = _import(library, "去年全区各类事故死亡31人。各单位必须落实“一岗双责”。", "卡")
    made = library.annotations.add(speech, 0, 4, "yellow")
    library.review.sync_cards()
    assert library.review.due_count() == 1
    library.annotations.delete(made.id)
    assert library.review.due_count() == 0
