"""The full-text index writer: the one object that keeps the FTS5 tables of speech text and
highlight notes in step with the rows they index. The other parts of the library are given it
and call it inside their own transactions."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from analysis.language.tokens import index_text
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
        SpeechIndex.insert({SpeechIndex.rowid: speech_id,
                            SpeechIndex.body: search_text or index_text(text)}).execute()

    def set_note(self, annotation_id: int, note: str) -> None:
        NoteIndex.delete().where(NoteIndex.rowid == annotation_id).execute()
        if note.strip():
            NoteIndex.insert({NoteIndex.rowid: annotation_id, NoteIndex.body: index_text(note)}
                             ).execute()

    def remove_speeches(self, speech_ids: Iterable[int]) -> None:
        """The speeches and the notes of their highlights."""
        ids = list(speech_ids)
        for batch in range(0, len(ids), 500):
            part = ids[batch:batch + 500]
            SpeechIndex.delete().where(SpeechIndex.rowid.in_(part)).execute()
            notes = Annotation.select(Annotation.id).where(Annotation.speech.in_(part))
            NoteIndex.delete().where(NoteIndex.rowid.in_(notes)).execute()

    def unindexed_count(self) -> int:
        """Speeches not in the index yet (stored before the index existed)."""
        return self.db.execute_sql(f"SELECT count(*) FROM speech {UNINDEXED}").fetchone()[0]

    def build(self, cancelled: Callable[[], bool] = lambda: False,
              progress: Callable[[int, int], None] = lambda done, total: None) -> Counted:
        """Index the speeches and notes that are not indexed yet, BUILD_BATCH speeches per
        transaction. Returns how many speeches were indexed (nothing shown changes)."""
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
