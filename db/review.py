"""Review cards over the user's highlights, scheduled with SM-2 (db/schedule.py)."""
from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from analysis.keywords import key_term, term_counts
from analysis.language.numerals import CN_NUMBER_CHARS, FULL_WIDTH_DIGITS
from analysis.language.sentences import split_sentences
from db.binding import Part
from db.changes import Counted, Touched
from db.models import KIND_NUMBERS, Annotation, Card, Mention, Speech, tuples
from db.records import Graded, ReviewCard
from db.schedule import Schedule, due_after, review
from db.study import path_at, section_paths

if TYPE_CHECKING:
    from db.connection import LibraryDatabase

BLANK = "____"
FIGURE, FORMULA = KIND_NUMBERS["figure"], KIND_NUMBERS["formula"]  # as a mention's row has them
# The number in a figure: blanked in its cloze card, the unit stays (死亡____人).
NUMERAL = re.compile(rf"[0-9{FULL_WIDTH_DIGITS}.．,，{CN_NUMBER_CHARS}XxＸ×]+")


class Review(Part):
    def __init__(self, db: LibraryDatabase):
        self.db = db

    def sync_cards(self, today: date | None = None, terms: bool = True) -> Counted:
        """Make the cards that are missing: one per highlight, a cloze card for every figure
        and formula inside a highlight, and with `terms` one for the highlight's key term (its
        most distinctive word against the speech: this segments the speeches, so the window
        asks for it when a review begins, not after every write). Returns how many were made."""
        today = today or date.today()
        with self.db.atomic():
            made = self.db.execute_sql(
                'INSERT OR IGNORE INTO card (annotation_id, kind, start, "end", due) '
                "SELECT id, 'excerpt', start, \"end\", ? FROM annotation WHERE orphan = 0",
                (today,)).rowcount
            made += self.db.execute_sql(
                'INSERT OR IGNORE INTO card (annotation_id, kind, start, "end", due) '
                # CROSS JOIN: from the highlights to their speeches' mentions, never the
                # other way round (millions of mentions, to find the few in highlights)
                f"SELECT a.id, CASE m.kind WHEN {FIGURE} THEN 'figure' ELSE 'formula' END, "
                'm.start, m."end", ? FROM annotation a '
                "CROSS JOIN mention m ON m.speech_id = a.speech_id "
                f"AND m.kind IN ({FIGURE}, {FORMULA}) "
                'AND m.start >= a.start AND m."end" <= a."end" WHERE a.orphan = 0',
                (today,)).rowcount
            if terms:
                made += self._make_term_cards(today)
        return Counted(made, Touched(review=bool(made)))

    def _make_term_cards(self, today: date) -> int:
        """A key-term cloze for each highlight that has none yet (one the analysis can find)."""
        rows = self.db.execute_sql(
            'SELECT a.id, a.speech_id, a.start, a."end" FROM annotation a WHERE a.orphan = 0 '
            "AND NOT EXISTS (SELECT 1 FROM card c WHERE c.annotation_id = a.id "
            "AND c.kind IN ('term', 'no-term'))").fetchall()
        made, texts, counts = 0, {}, {}
        for annotation_id, speech_id, start, end in rows:
            if speech_id not in texts:
                texts[speech_id] = Speech.get_by_id(speech_id).text
                counts[speech_id] = term_counts(texts[speech_id])
            text = texts[speech_id]
            taken = [(s - start, e - start) for s, e in tuples(
                Mention.select(Mention.start, Mention.end).where(
                    Mention.speech == speech_id, Mention.kind.in_(("figure", "formula")),
                    Mention.start >= start, Mention.end <= end))]
            term = key_term(text[start:end], counts[speech_id], taken)
            # 'no-term' remembers that the highlight was looked at: it is never due
            kind, low, high = ("term", start + term[0], start + term[1]) if term \
                else ("no-term", start, end)
            made += self.db.execute_sql(
                'INSERT OR IGNORE INTO card (annotation_id, kind, start, "end", due) '
                "VALUES (?, ?, ?, ?, ?)",
                (annotation_id, kind, low, high, today if term else date.max)).rowcount
        return made

    def due_count(self, today: date | None = None) -> int:
        return _due(today or date.today()).count()

    def due_cards(self, today: date | None = None, limit: int = 200) -> list[ReviewCard]:
        rows = list(_with_text(_due(today or date.today())).order_by(Card.due, Card.id)
                    .limit(limit))
        sections = section_paths({row.annotation.speech.id for row in rows}, short=False)
        return [_card(row, sections) for row in rows]

    def grade(self, card_id: int, grade: int, today: date | None = None) -> Graded:
        """Record an answer; with the card again when it is due again today (graded Again)."""
        today = today or date.today()
        row = Card.get_or_none(Card.id == card_id)
        if row is None:
            raise LookupError(f"no card with id {card_id}")
        after = review(Schedule(row.interval, row.ease, row.reps, row.lapses), grade)
        Card.update(interval=after.interval, ease=after.ease, reps=after.reps,
                    lapses=after.lapses, due=due_after(today, after),
                    reviewed_at=datetime.now()).where(Card.id == card_id).execute()
        if after.interval == 0:
            row = _with_text(_due(today)).where(Card.id == card_id).first()
            if row is not None:
                return Graded(_card(row, section_paths({row.annotation.speech.id}, short=False)))
        return Graded(None)


def _due(today: date) -> Any:
    return (Card.select().join(Annotation).join(Speech)
            .where(Card.due <= today, Speech.deleted == False, Annotation.orphan == False))


def _with_text(query: Any) -> Any:
    return query.select(Card, Annotation.note, Annotation.start, Annotation.end, Speech.id,
                        Speech.title, Speech.speaker, Speech.date, Speech.text)


def _card(row: Card, sections: dict) -> ReviewCard:
    """`sections`: section_paths() of the speeches of the cards being made."""
    annotation = row.annotation
    speech = annotation.speech
    text = speech.text
    citation = "《" + (speech.title or "无题") + "》" + "".join(
        f" {part}" for part in (speech.speaker, speech.date) if part)
    if row.kind == "excerpt":
        front = text[annotation.start:annotation.end]
        back = annotation.note  # may be empty: the desktop says so
    else:
        sentence = next((s for s in split_sentences(text) if s.start <= row.start < s.end), None)
        low, high = (sentence.start, sentence.end) if sentence else (row.start, row.end)
        answer = text[row.start:row.end]
        number = NUMERAL.search(answer) if row.kind == "figure" else None
        if number:
            blank_start, blank_end = row.start + number.start(), row.start + number.end()
        else:
            blank_start, blank_end = row.start, row.end
        front = text[low:blank_start] + BLANK + text[blank_end:high]
        back = (text[low:blank_start] + "【" + text[blank_start:blank_end] + "】"
                + text[blank_end:high])
        if row.kind == "formula":
            data = Mention.select(Mention.data).where(
                Mention.speech == speech.id, Mention.start == row.start,
                Mention.kind == "formula").scalar()
            expansion = json.loads(data).get("expansion") if data else None
            if expansion:
                back += f"\n{answer}：{expansion}"
    section = path_at(sections.get(speech.id, []), row.start)
    return ReviewCard(row.id, row.kind, speech.id, row.start, row.end, front, back, citation,
                      str(row.due), row.interval, row.reps, row.ease, section)
