"""The full-text index writer: the one object that keeps the FTS5 tables of speech text and
highlight notes in step with the rows they index. The other parts of the library are given it
and call it inside their own transactions.

The speech index keeps no copy of its tokens (a contentless FTS5 table, V13 in
db/migrations.py): an entry is taken out by giving FTS5 the same tokens again, made from the
speech's stored text. So an entry must be removed before its speech's text changes, and the
tokens must be made as when the entry was added: the library keeps a stamp of what made them
(index_stamp()), and an index made with other tokens is emptied and built anew."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from analysis.language.tokens import index_stamp, index_text
from db.binding import Part
from db.changes import NOTHING, Counted
from db.models import Annotation, NoteIndex, Speech, SpeechIndex, tuples

if TYPE_CHECKING:
    from db.connection import LibraryDatabase

BUILD_BATCH = 50  # speeches indexed per transaction by build()
# Speeches without an index entry, looked up one by one in FTS5's own table of entries
# (speech_fts_docsize, keyed by rowid): NOT IN over the index's rowids reads every entry.
UNINDEXED = ("WHERE NOT EXISTS (SELECT 1 FROM speech_fts_docsize d WHERE d.id = speech.id)")


class SearchIndex(Part):
    def __init__(self, db: LibraryDatabase):
        self.db = db

    def add_speech(self, speech_id: int, text: str, search_text: str = "") -> None:
        """`search_text`: index_text(text), when the analysis has made it already."""
        self._make_current()
        SpeechIndex.insert({SpeechIndex.rowid: speech_id,
                            SpeechIndex.body: search_text or index_text(text)}).execute()

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
            f"SELECT id, text FROM speech WHERE id IN ({marks}) AND EXISTS "
            f"(SELECT 1 FROM speech_fts_docsize d WHERE d.id = speech.id)", speech_ids)
        for speech_id, text in rows.fetchall():
            self.db.execute_sql("INSERT INTO speech_fts (speech_fts, rowid, body) "
                                "VALUES ('delete', ?, ?)", (speech_id, index_text(text)))

    def unindexed_count(self) -> int:
        """Speeches not in the index yet (stored before the index existed), or all of them if
        the index was made with other tokens."""
        if self._stale():
            return self.db.execute_sql("SELECT count(*) FROM speech").fetchone()[0]
        return self.db.execute_sql(f"SELECT count(*) FROM speech {UNINDEXED}").fetchone()[0]

    def _stale(self) -> bool:
        """The index's tokens were made by another dictionary or tokenizer than this one's."""
        stored = self.db.execute_sql("SELECT stamp FROM index_stamp").fetchone()
        return stored is None or stored[0] != index_stamp()

    def _make_current(self) -> None:
        """An index of other tokens emptied (its entries cannot be taken out one by one) and
        stamped as this one's, before anything is added or taken out: build() then indexes
        every speech and note anew. A new index (empty) is stamped the same way."""
        if not self._stale():
            return
        with self.db.atomic():
            self.db.execute_sql("INSERT INTO speech_fts (speech_fts) VALUES ('delete-all')")
            self.db.execute_sql("DELETE FROM note_fts")
            self.db.execute_sql("DELETE FROM index_stamp")
            self.db.execute_sql("INSERT INTO index_stamp (stamp) VALUES (?)", (index_stamp(),))

    def build(self, cancelled: Callable[[], bool] = lambda: False,
              progress: Callable[[int, int], None] = lambda done, total: None) -> Counted:
        """Index the speeches and notes that are not indexed yet, BUILD_BATCH speeches per
        transaction. Returns how many speeches were indexed (nothing shown changes)."""
        self._make_current()
        ids = [row[0] for row in self.db.execute_sql(
            f"SELECT id FROM speech {UNINDEXED} ORDER BY id").fetchall()]
        for done in range(0, len(ids), BUILD_BATCH):
            if cancelled():
                return Counted(done, NOTHING)
            with self.db.atomic():
                for speech_id, text in tuples(Speech.select(Speech.id, Speech.text).where(
                        Speech.id.in_(ids[done:done + BUILD_BATCH]))):
                    self.add_speech(speech_id, text)
            progress(min(done + BUILD_BATCH, len(ids)), len(ids))
        with self.db.atomic():
            notes = tuples(Annotation.select(Annotation.id, Annotation.note).where(
                Annotation.note != "", Annotation.id.not_in(NoteIndex.select(NoteIndex.rowid))))
            for annotation_id, note in notes:
                self.set_note(annotation_id, note)
        return Counted(len(ids), NOTHING)
