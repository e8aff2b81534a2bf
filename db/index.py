"""The full-text index writer: the one object that keeps the FTS5 tables of speech text and
highlight notes in step with the rows they index. The other parts of the library are given it
and call it inside their own transactions.

The speech index keeps no copy of its tokens (a contentless FTS5 table, V13 in
db/migrations.py): an entry is taken out by giving FTS5 the same tokens again, made from the
speech's stored text. So an entry must be removed before its speech's text changes, and the
tokens must be made as when the entry was added: the library keeps a stamp of what made them
(index_stamp()), and an index made with other tokens is emptied and built anew.

An entry's rowid is its speech's key: the speech's date, then its id (entry_key()), so that FTS5,
which reads its matches in rowid order, gives them newest first and a search can stop after a
page (db/search.py). The key each speech was indexed under is kept in speech_key (V25): an entry
is taken out under the key it went in with, whatever the date says since; a new date moves the
entry (rekey())."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from analysis.language.tokens import index_stamp, index_text
from db.binding import Part
from db.changes import NOTHING, Counted
from db.models import Annotation, NoteIndex, tuples

if TYPE_CHECKING:
    from db.connection import LibraryDatabase

BUILD_BATCH = 50  # speeches indexed per transaction by build()
MERGE_PAGES = 2000  # index pages merged per transaction after a build
# Speeches without an index entry, looked up one by one by their id (NOT IN over every key
# would read them all).
UNINDEXED = "WHERE NOT EXISTS (SELECT 1 FROM speech_key k WHERE k.speech = speech.id)"
# An entry's key: the speech's date as a number (20240305), then its id in ID_BITS bits. FTS5
# stores each key as its difference from the one before: 24 bits make that four bytes between
# two days of a month, where 32 made it five (docs/performance.md). 16.7 million speeches.
ID_BITS = 24
ID_MASK = (1 << ID_BITS) - 1  # key & ID_MASK: the speech's id
KEYS_VERSION = 2  # how entries are keyed: part of the stamp, so another way builds anew
DATE = re.compile(r"\s*([0-9]{4})(?:([0-9]{2})([0-9]{2})(?![0-9])"  # 20240305
                  r"|(?:[^0-9]{1,2}([0-9]{1,2}))?(?:[^0-9]{1,2}([0-9]{1,2}))?)")


def entry_key(speech_id: int, date: str | None) -> int:
    """The key of a speech's entry: in the order of date (latest last, none first), then id;
    as the speech list's "newest first" reversed. A date is read as its year, month and day
    however it is written (2024-03-05, 2024-03, 2024, or a page's own 2024/3/5, 2024年3月5日,
    20240305); a year alone comes before the months in it, a month before its days."""
    parts = DATE.match(date or "")
    day = 0 if parts is None else int(parts[1]) * 10000 + int(parts[2] or parts[4] or 0) * 100 \
        + int(parts[3] or parts[5] or 0)
    if speech_id > ID_MASK:
        raise ValueError(f"speech id {speech_id} does not fit in an index key")
    return day << ID_BITS | speech_id


class SearchIndex(Part):
    def __init__(self, db: LibraryDatabase):
        self.db = db

    def add_speech(self, speech_id: int, text: str, search_text: str = "") -> None:
        """`search_text`: index_text(text), when the analysis has made it already. Keyed by the
        date the speech's row holds now."""
        self._make_current()
        date = self.db.execute_sql("SELECT date FROM speech WHERE id = ?", (speech_id,)
                                   ).fetchone()
        self._add(entry_key(speech_id, date[0] if date else None),
                  search_text or index_text(text))

    def _add(self, key: int, tokens: str) -> None:
        self.db.execute_sql("INSERT INTO speech_fts (rowid, body) VALUES (?, ?)", (key, tokens))
        self.db.execute_sql("INSERT INTO speech_key (speech, key) VALUES (?, ?)",
                            (key & ID_MASK, key))

    def rekey(self, speech_ids: Iterable[int]) -> None:
        """The entries of speeches whose date changed, moved to their new key."""
        self._make_current()
        for speech_id in speech_ids:
            row = self.db.execute_sql(
                "SELECT s.date, s.text, k.key FROM speech s JOIN speech_key k "
                "ON k.speech = s.id WHERE s.id = ?", (speech_id,)).fetchone()
            if row is None or entry_key(speech_id, row[0]) == row[2]:
                continue
            tokens = index_text(row[1])
            self._take_out(speech_id, row[2], tokens)
            self._add(entry_key(speech_id, row[0]), tokens)

    def set_note(self, annotation_id: int, note: str) -> None:
        NoteIndex.delete().where(NoteIndex.rowid == annotation_id).execute()
        if note.strip():
            NoteIndex.insert({NoteIndex.rowid: annotation_id, NoteIndex.body: index_text(note)}
                             ).execute()

    def remove_speeches(self, speech_ids: Iterable[int]) -> None:
        """The speeches and the notes of their highlights, while the speeches still hold the
        text they were indexed with."""
        ids = list(speech_ids)
        self._make_current()
        for batch in range(0, len(ids), 500):
            part = ids[batch:batch + 500]
            self._remove_entries(part)
            notes = Annotation.select(Annotation.id).where(Annotation.speech.in_(part))
            NoteIndex.delete().where(NoteIndex.rowid.in_(notes)).execute()

    def remove_speech(self, speech_id: int) -> None:
        """The speech's entry alone (its text is about to change)."""
        self._make_current()
        self._remove_entries([speech_id])

    def _remove_entries(self, speech_ids: list[int]) -> None:
        marks = ", ".join("?" * len(speech_ids))
        rows = self.db.execute_sql(
            f"SELECT s.id, k.key, s.text FROM speech s JOIN speech_key k ON k.speech = s.id "
            f"WHERE s.id IN ({marks})", speech_ids)
        for speech_id, key, text in rows.fetchall():
            self._take_out(speech_id, key, index_text(text))

    def _take_out(self, speech_id: int, key: int, tokens: str) -> None:
        self.db.execute_sql("INSERT INTO speech_fts (speech_fts, rowid, body) "
                            "VALUES ('delete', ?, ?)", (key, tokens))
        self.db.execute_sql("DELETE FROM speech_key WHERE speech = ?", (speech_id,))

    def keys(self, speech_ids: Iterable[int]) -> list[int]:
        """The keys the speeches' entries are under (none for a speech not indexed)."""
        return list(kept_keys(self.db, speech_ids).values())

    def unindexed_count(self) -> int:
        """Speeches not in the index yet (stored before the index existed), or all of them if
        the index was made with other tokens."""
        if self._stale():
            return self.db.execute_sql("SELECT count(*) FROM speech").fetchone()[0]
        return self.db.execute_sql(f"SELECT count(*) FROM speech {UNINDEXED}").fetchone()[0]

    def _stale(self) -> bool:
        """The index's tokens were made by another dictionary or tokenizer than this one's."""
        stored = self.db.execute_sql("SELECT stamp FROM index_stamp").fetchone()
        return stored is None or stored[0] != entries_stamp()

    def _make_current(self) -> None:
        """An index of other tokens emptied (its entries cannot be taken out one by one) and
        stamped as this one's, before anything is added or taken out: build() then indexes
        every speech and note anew. A new index (empty) is stamped the same way."""
        if not self._stale():
            return
        with self.db.atomic():
            self.db.execute_sql("INSERT INTO speech_fts (speech_fts) VALUES ('delete-all')")
            self.db.execute_sql("DELETE FROM speech_key")
            self.db.execute_sql("DELETE FROM note_fts")
            self.db.execute_sql("DELETE FROM index_stamp")
            self.db.execute_sql("INSERT INTO index_stamp (stamp) VALUES (?)", (entries_stamp(),))

    def build(self, cancelled: Callable[[], bool] = lambda: False,
              progress: Callable[[int, int], None] = lambda done, total: None) -> Counted:
        """Index the speeches and notes that are not indexed yet, BUILD_BATCH speeches per
        transaction, then merge the index if that was most of it. Returns how many speeches
        were indexed (nothing shown changes)."""
        self._make_current()
        ids = [row[0] for row in self.db.execute_sql(
            f"SELECT id FROM speech {UNINDEXED} ORDER BY id").fetchall()]
        for done in range(0, len(ids), BUILD_BATCH):
            if cancelled():
                return Counted(done, NOTHING)
            batch = ids[done:done + BUILD_BATCH]
            with self.db.atomic():  # asked again: another writer may have indexed some since
                for speech_id, text in self.db.execute_sql(
                        f"SELECT id, text FROM speech {UNINDEXED} AND id IN "
                        f"({', '.join('?' * len(batch))})", batch).fetchall():
                    self.add_speech(speech_id, text)
            progress(min(done + BUILD_BATCH, len(ids)), len(ids))
        with self.db.atomic():
            notes = tuples(Annotation.select(Annotation.id, Annotation.note).where(
                Annotation.note != "", Annotation.id.not_in(NoteIndex.select(NoteIndex.rowid))))
            for annotation_id, note in notes:
                self.set_note(annotation_id, note)
        if ids and 2 * len(ids) >= self.db.execute_sql("SELECT count(*) FROM speech").fetchone()[0]:
            self._merge(cancelled)
        return Counted(len(ids), NOTHING)

    def _merge(self, cancelled: Callable[[], bool]) -> None:
        """The index's segments merged into one, after a build that made most of it: FTS5
        leaves a dozen, and one takes a seventh less room (docs/performance.md). A step per
        transaction, so that a stop is heard; a build of a few speeches does not rewrite the
        whole index."""
        connection = self.db.connection()
        while not cancelled():
            before = connection.total_changes
            with self.db.atomic():
                self.db.execute_sql("INSERT INTO speech_fts (speech_fts, rank) VALUES ('merge', ?)",
                                    (-MERGE_PAGES,))
            if connection.total_changes - before < 2:  # FTS5's sign that it found nothing to merge
                return


def kept_keys(db: LibraryDatabase, speech_ids: Iterable[int]) -> dict[int, int]:
    """{speech id: the key its entry is under}, for the speeches that have one."""
    ids, keys = list(speech_ids), {}
    for batch in range(0, len(ids), 500):
        part = ids[batch:batch + 500]
        keys.update(db.execute_sql(
            f"SELECT speech, key FROM speech_key WHERE speech IN ({', '.join('?' * len(part))})",
            part).fetchall())
    return keys


def entries_stamp() -> str:
    """What the index's entries depend on: the tokens, and how they are keyed."""
    return f"{index_stamp()} keys {KEYS_VERSION}"
