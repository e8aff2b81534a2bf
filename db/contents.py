"""What the library holds of a speech's analysis besides its row: its outline, its mentions
and its search index entry. Written at import, re-analysis and when the user changes a text."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from analysis.model import OutlineEntry
from analysis.model import Speech as AnalysedSpeech
from analysis.structure.fingerprint import text_key
from analysis.version import ANALYZER_VERSION
from analysis.vocabulary import MentionKind
from db.connection import LibraryDatabase
from db.index import SearchIndex
from db.models import KIND_NUMBERS, Mention, OutlineSection

if TYPE_CHECKING:  # the analysis's layers are loaded when a speech is analysed, not before
    from analysis.layers.extract import Mentions


# Where a speech was published, as its page says (analysis/pipeline.py published_in).
READ_FIELDS = ("publication", "issue", "page", "url", "published", "doc_number")
# The compilation it was edited into, as the user says: the analysis does not read it.
COMPILATION_FIELDS = ("compilation", "editors", "place", "publisher", "year")
# Everything a reference says of where it was published, in the order Properties shows it.
SOURCE_FIELDS = ("publication", "issue", "page", "url", "published", "doc_number",
                 *COMPILATION_FIELDS)


def speech_fields(speech: AnalysedSpeech, key: str | None = None) -> dict:
    """What a speech row holds of an analysed speech; `key`: its text_key(), if made."""
    return {"title": speech.title, "speaker": speech.speaker, "occasion": speech.occasion,
            "date": speech.date, **text_fields(speech.text, key),
            **{name: getattr(speech, name) for name in READ_FIELDS},
            "analyzer_version": ANALYZER_VERSION}


def text_fields(text: str, key: str | None = None) -> dict:
    """A speech row's text with its length and digests (`key`: its text_key(), if made)."""
    return {"text": text, "chars": len(text),
            "text_hash": hashlib.sha256(text.encode()).hexdigest(),
            "text_key": key or text_key(text)}


def store(db: LibraryDatabase, index: SearchIndex, speech_id: int,
          speech: AnalysedSpeech) -> None:
    """A speech's search index entry, outline and mentions."""
    index.add_speech(speech_id, speech.text, speech.search_text)
    store_outline(db, speech_id, speech.outline)
    store_mentions(db, speech_id, speech.mentions)


def clear(index: SearchIndex, speech_id: int) -> None:
    """The speech's outline, mentions and index entry, before they are stored anew (and
    before its text changes: the index entry is taken out with the text's tokens)."""
    OutlineSection.delete().where(OutlineSection.speech == speech_id).execute()
    Mention.delete().where(Mention.speech == speech_id).execute()
    index.remove_speech(speech_id)


def store_outline(db: LibraryDatabase, speech_id: int, outline: list[OutlineEntry]) -> None:
    ids: list[int] = []
    for position, entry in enumerate(outline):  # one by one: children need their parent's id
        ids.append(db.execute_sql(
            "INSERT INTO outline_section (speech_id, position, parent_id, level, label, title, "
            'start, "end", kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
            (speech_id, position, ids[entry.parent] if entry.parent is not None else None,
             entry.level, entry.label, entry.title, entry.start, entry.end, entry.kind)
        ).lastrowid)


def store_mentions(db: LibraryDatabase, speech_id: int, mentions: Mentions) -> None:
    db.execute_many('INSERT INTO mention (speech_id, kind, start, "end", text, data) '
                    "VALUES (?, ?, ?, ?, ?, ?)", mention_rows(speech_id, mentions))


def mention_rows(speech_id: int, mentions: Mentions) -> Iterator[tuple]:
    for kind in MentionKind:  # as analysis/layers/extract.py: KINDS
        for mention in getattr(mentions, kind.plural):
            item = mention.to_dict()
            yield (speech_id, KIND_NUMBERS[kind], item.pop("start"), item.pop("end"),
                   item.pop("text"), compact_data(item))


# One encoder for every mention: json.dumps() with options makes a new one at each call.
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def compact_data(data: dict) -> str:
    """A mention's data as stored: without the keys that are null or false (readers use
    .get()), without spaces."""
    return _COMPACT.encode({key: value for key, value in data.items()
                            if value is not None and value is not False})


def outline_of(speech_id: int) -> list[OutlineEntry]:
    sections = list(OutlineSection.select().where(OutlineSection.speech == speech_id)
                    .order_by(OutlineSection.position))
    index = {section.id: position for position, section in enumerate(sections)}
    return [OutlineEntry(level=s.level, label=s.label, title=s.title, start=s.start, end=s.end,
                         kind=s.kind,
                         parent=index.get(s.parent_id) if s.parent_id is not None else None)
            for s in sections]
