"""Review: the due cards one at a time, graded with the keys."""
from PySide6.QtCore import Qt

from desktop.dialogs.review_dialog import ReviewDialog


def test_review_with_keys_and_the_due_count(qtbot, window):
    speech = window.library.speeches.all()[0]
    text = window.library.speeches.get(speech.id).text
    figure = next(m for m in window.library.speeches.get(speech.id).mentions if m.kind == "figure")
    window.open_speech(speech.id)
    window.annotating.highlight("yellow", (max(0, figure.start - 5), figure.end + 5))
    due = window.library.review.due_cards()
    assert f"{len(due)} due for review" in window.status_label.text()
    dialog = ReviewDialog(window.library, window.writes, due, window)
    qtbot.addWidget(dialog)
    kinds = [card.kind for card in dialog.queue]
    assert sorted(kinds) in (["excerpt", "figure"], ["excerpt", "figure", "term"])
    cloze = next(card for card in dialog.queue if card.kind == "figure")
    assert "____" in cloze.front and text[figure.start:figure.end] not in cloze.front
    qtbot.keyClick(dialog, Qt.Key.Key_3)  # no grading before the answer is shown
    assert len(dialog.queue) == len(due) and dialog.reviewed == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert dialog.revealed and dialog.back.toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_1)  # again: back at the end of the queue
    assert len(dialog.queue) == len(due) and dialog.reviewed == 1
    for _ in range(len(due)):
        qtbot.keyClick(dialog, Qt.Key.Key_Space)
        qtbot.keyClick(dialog, Qt.Key.Key_3)
    assert dialog.queue == [] and "Nothing more is due" in dialog.front.toPlainText()
    assert window.library.review.due_count() == 0
    assert "0 due for review" in window.status_label.text()


def test_a_highlight_without_a_note_is_asked_from_its_section_and_its_opening(qtbot, window):
    speech = max(window.library.speeches.all(), key=lambda s: s.chars)
    record = window.library.speeches.get(speech.id)
    section = next(s for s in record.outline if s.kind == "heading")
    start = section.start + len(section.label + section.title) + 1
    window.library.annotations.add(speech.id, start, start + 30, "yellow")
    window.library.review.sync_cards()
    [card] = [c for c in window.library.review.due_cards() if c.kind == "excerpt"]
    dialog = ReviewDialog(window.library, window.writes, [card], window)
    qtbot.addWidget(dialog)
    front = dialog.front.toPlainText()
    assert section.title[:6] in front and record.text[start:start + 6] in front
    assert record.text[start:start + 30] not in front and "How does it go on?" in front
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert dialog.back.toPlainText() == record.text[start:start + 30]


def test_the_grade_buttons_say_when_the_card_comes_back(qtbot, window):
    speech = window.library.speeches.all()[0]
    window.library.annotations.add(speech.id, 0, 20, "yellow", "笔记")
    window.library.review.sync_cards()
    dialog = ReviewDialog(window.library, window.writes, window.library.review.due_cards(),
                          window)
    qtbot.addWidget(dialog)
    assert [button.text() for button in dialog.grade_buttons] == [
        "1 Again · today", "2 Hard · 1 day", "3 Good · 1 day", "4 Easy · 4 days"]


def test_key_term_cards_are_made_when_a_review_begins_not_after_each_highlight(qtbot, window,
                                                                              monkeypatch):
    speech = max(window.library.speeches.all(), key=lambda s: s.chars)
    window.open_speech(speech.id)
    window.annotating.highlight("yellow", (200, 260))
    assert "term" not in {card.kind for card in window.library.review.due_cards()}
    shown = []
    monkeypatch.setattr(ReviewDialog, "exec", lambda dialog: shown.append(dialog.queue) or 0)
    window.action["review"].trigger()
    assert "term" in {card.kind for card in shown[0]}
