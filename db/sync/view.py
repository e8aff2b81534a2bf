"""The library's user data in the terms that travel (stable ids, db/sync/document.py), and the
library made to hold a merged view: what sync compares and writes, and what the tests compare
between two libraries."""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from db.binding import Part
from db.changes import Touched
from db.corrections import EditError
from db.models import Annotation, TextCorrection
from db.structure import TextChange
from db.sync.document import COLLECTIONS, View
from db.sync.state import SyncState
from db.tags import set_annotation_tags

if TYPE_CHECKING:
    from db.library import Library

HIGHLIGHTS = "annotation"  # sync_key's name for the annotation table
# The collections that belong to a speech: their key begins with the speech's key.
OF_SPEECH = ("text", "speech_tags", "trash", "fields", "mentions")
SEP = "|"


class LibraryView(Part):
    """library's user data as a View, and back."""

    def __init__(self, library: Library):
        self.db = library.db
        self.library = library
        self.state = SyncState(library.db)
        self.rows: dict[str, int] = {}  # highlights by stable id, while apply() runs

    def speech_keys(self) -> dict[int, str]:
        """Each speech's stable key (SHA:POSITION:PART), by id; merged-away speeches and
        those of a file still being imported have none."""
        rows = self.db.execute_sql(
            "SELECT speech.id, source.sha256, speech.position, speech.part FROM speech "
            "JOIN source ON source.id = speech.source_id "
            "WHERE source.importing IS NULL AND speech.merged_into IS NULL").fetchall()
        return {speech_id: f"{sha}:{position}:{part}" for speech_id, sha, position, part in rows}

    def export(self) -> View:
        """Every piece of user data, by stable id."""
        speeches = self.speech_keys()
        highlights = self._highlights(speeches)
        result: View = {name: {} for name in COLLECTIONS}
        result["highlights"] = highlights
        for name, color in self._rows("SELECT name, color FROM tag"):
            result["tags"][name] = {"color": color or ""}
        for color, name in self._rows("SELECT color, name FROM highlight_color"):
            result["colours"][color] = {"name": name}
        for speech_id, name in self._rows(
                "SELECT speech_id, tag.name FROM speech_tag JOIN tag ON tag.id = tag_id"):
            if speech_id in speeches:
                result["speech_tags"][speeches[speech_id] + SEP + name] = {}
        for speech_id, action, start, end, quote, data in self._rows(
                'SELECT speech_id, action, start, "end", quote, data FROM text_correction'):
            if speech_id in speeches:
                key = SEP.join((speeches[speech_id], action, str(start), str(end)))
                result["text"][key] = {"quote": quote}
                if action == "replace":  # what the user typed in its place
                    result["text"][key]["text"] = json.loads(data).get("text", "")
        for (speech_id,) in self._rows("SELECT id FROM speech WHERE deleted = 1"):
            if speech_id in speeches:
                result["trash"][speeches[speech_id]] = {}
        for speech_id, field, value in self._rows(
                "SELECT speech_id, field, value FROM field_correction"):
            if speech_id in speeches:
                result["fields"][speeches[speech_id] + SEP + field] = {"value": value}
        for speech_id, action, kind, start, end, data in self._rows(
                'SELECT speech_id, action, kind, start, "end", data FROM mention_correction'):
            if speech_id in speeches:
                key = SEP.join((speeches[speech_id], action, kind, str(start), str(end)))
                result["mentions"][key] = {
                    "strength": json.loads(data).get("strength") if action == "mark" else None}
        annotations = self.state.keys(HIGHLIGHTS)
        for row in self._rows('SELECT annotation_id, kind, start, "end", due, interval, ease, '
                              "reps, lapses FROM card WHERE reviewed_at IS NOT NULL"):
            annotation_id, kind, start, end, due, interval, ease, reps, lapses = row
            if annotation_id in annotations:
                key = SEP.join((annotations[annotation_id], kind, str(start)))
                # One value: two answers given offline are one or the other, never a mix
                result["review"][key] = {"schedule": json.dumps(
                    [end, str(due), interval, ease, reps, lapses])}
        for sha, path, title in self._rows(
                "SELECT sha256, path, pasted_text.title FROM source LEFT JOIN pasted_text "
                "ON pasted_text.source_id = source.id WHERE importing IS NULL"):
            result["sources"][sha] = {"name": path.replace("\\", "/").rsplit("/", 1)[-1]}
            if title is not None:  # pasted: imported there as pasted, with its title
                result["sources"][sha]["pasted"] = title
        return result

    def applicable(self) -> Any:
        """Whether the library could hold an entry: a test for (collection, key)."""
        speeches = set(self.speech_keys().values())
        highlights = set(self.state.keys(HIGHLIGHTS).values())

        def test(name: str, key: str) -> bool:
            if name == "highlights":
                return key in highlights
            if name == "review":
                return key.split(SEP, 1)[0] in highlights
            if name in OF_SPEECH:
                return key.split(SEP, 1)[0] in speeches
            return True
        return test

    def _highlights(self, speeches: dict[int, str]) -> dict[str, dict[str, Any]]:
        rows = self._rows('SELECT id, speech_id, start, "end", quote, prefix, suffix, color, '
                          "note, orphan, created_at FROM annotation")
        tags: dict[int, list[str]] = {}
        for annotation_id, name in self._rows(
                "SELECT annotation_id, tag.name FROM annotation_tag "
                "JOIN tag ON tag.id = tag_id ORDER BY tag.name"):
            tags.setdefault(annotation_id, []).append(name)
        keys = self.state.keys(HIGHLIGHTS)
        missing = [row[0] for row in rows if row[0] not in keys and row[1] in speeches]
        if missing:
            with self.db.atomic():
                keys.update(self.state.give_keys(HIGHLIGHTS, missing))
        result = {}
        for (annotation_id, speech_id, start, end, quote, prefix, suffix, color, note, orphan,
             created) in rows:
            if speech_id in speeches:
                result[keys[annotation_id]] = {
                    "speech": speeches[speech_id], "start": start, "end": end, "quote": quote,
                    "prefix": prefix, "suffix": suffix, "color": color, "note": note,
                    "orphan": bool(orphan), "tags": tags.get(annotation_id, []),
                    "created": str(created)}
        return result

    def _rows(self, sql: str) -> list[tuple]:
        return self.db.execute_sql(sql).fetchall()

    # The library made to hold a view

    def apply(self, merged: View, keys: Iterable[tuple[str, str]] | None = None) -> Touched:
        """Write into the library what `merged` holds and the library does not, and take out
        what it no longer holds (with `keys`, of those entries only). Inside the caller's
        transaction; entries whose speech is not here wait."""
        touched = self._apply_text(merged.get("text", {}))
        here = self.export()
        speeches = {key: speech_id for speech_id, key in self.speech_keys().items()}
        self.rows = {uuid: row_id for row_id, uuid in self.state.keys(HIGHLIGHTS).items()}
        for name in COLLECTIONS[1:]:
            ours, theirs = here[name], merged.get(name, {})
            for key in sorted(set(ours) | set(theirs)):
                if ours.get(key) != theirs.get(key):
                    touched |= _WRITERS[name](self, speeches, key, ours.get(key),
                                              theirs.get(key))
        return touched

    def _apply_text(self, merged: dict[str, dict]) -> Touched:
        """Splits, merges and removals first, as speeches come of them: each one whose speech
        is here, again while one makes the speech of another (a split's second part)."""
        touched = Touched()
        tried: set[str] = set()
        while True:  # each change tried once, whatever the text here makes of it
            here = self.export()["text"]
            speeches = {key: speech_id for speech_id, key in self.speech_keys().items()}
            made = False
            for key in sorted((set(here) ^ set(merged)) - tried):
                change = self._text_change(speeches, key, merged.get(key))
                if change is not None:
                    touched |= change
                    tried.add(key)
                    made = True
            if not made:
                return touched

    def _text_change(self, speeches: dict[str, int], key: str,
                     theirs: dict | None) -> Touched | None:
        """A split, merge or removal made, or taken back; None when it cannot be (yet)."""
        speech, action, start, end = key.split(SEP)
        if speech not in speeches:
            return None
        speech_id = speeches[speech]
        try:
            if theirs is None:
                row = TextCorrection.get_or_none(
                    TextCorrection.speech == speech_id, TextCorrection.action == action,
                    TextCorrection.start == int(start), TextCorrection.end == int(end))
                if row is None:
                    return None
                self.library.structure.undo(TextChange(row.id, row.other_id, ()))
            elif action == "split":
                self.library.structure.split(speech_id, int(start))
            elif action == "merge":
                self.library.structure.merge(speech_id)
            elif action == "replace":
                self.library.structure.replace(speech_id, int(start), int(end),
                                               str(theirs.get("text", "")))
            else:
                self.library.structure.remove(speech_id, int(start),
                                              _requested_end(int(end), theirs["quote"]))
        except EditError:
            return None  # the text here does not allow it: it waits, as the user's own
        return Touched(rows=frozenset({speech_id}), listing=True,
                       annotations=frozenset({speech_id}), cards=True)

    def _highlight(self, speeches: dict[str, int], key: str, ours: dict | None,
                   theirs: dict | None) -> Touched:
        keys = self.rows
        if theirs is None:
            speech = Annotation.select(Annotation.speech).where(Annotation.id == keys[key])
            speech_id = speech.scalar()
            Annotation.delete().where(Annotation.id == keys[key]).execute()
            self.library.index.set_note(keys[key], "")
            return Touched(annotations=frozenset({speech_id}), cards=True)
        speech_id = speeches.get(theirs["speech"])
        if speech_id is None:
            return Touched()  # its speech has not come yet
        text = self.db.execute_sql("SELECT text FROM speech WHERE id = ?",
                                   (speech_id,)).fetchone()[0]
        fields = {"start": theirs["start"], "end": theirs["end"], "quote": theirs["quote"],
                  "prefix": theirs["prefix"], "suffix": theirs["suffix"],
                  "color": theirs["color"], "note": theirs["note"],
                  "orphan": theirs["orphan"]}
        if text[theirs["start"]:theirs["end"]] != theirs["quote"] and not theirs["orphan"]:
            fields["orphan"] = True  # its words are not there on this machine: kept, shown
        if ours is None and key in keys and not _exists(keys[key]):
            annotation_id = keys[key]  # deleted here earlier, back with another's edit
            Annotation.create(id=annotation_id, speech=speech_id, **fields,
                              created_at=_time(theirs["created"]), updated_at=datetime.now())
        elif ours is None:
            annotation_id = Annotation.create(speech=speech_id, **fields,
                                              created_at=_time(theirs["created"]),
                                              updated_at=datetime.now()).id
            self.db.execute_sql("INSERT INTO sync_key (tbl, row_id, uuid) VALUES (?, ?, ?)",
                                (HIGHLIGHTS, annotation_id, key))
            keys[key] = annotation_id
        else:
            annotation_id = keys[key]
            Annotation.update(speech=speech_id, **fields, updated_at=datetime.now()).where(
                Annotation.id == annotation_id).execute()
        set_annotation_tags(annotation_id, theirs["tags"])
        self.library.index.set_note(annotation_id, theirs["note"])
        return Touched(annotations=frozenset({speech_id}), cards=True, tags=True)

    def _tag(self, speeches: dict[str, int], key: str, ours: dict | None,
             theirs: dict | None) -> Touched:
        if theirs is None:
            self.db.execute_sql("DELETE FROM tag WHERE name = ?", (key,))
        else:
            self.db.execute_sql("INSERT INTO tag (name, color) VALUES (?, ?) ON CONFLICT (name) "
                                "DO UPDATE SET color = excluded.color",
                                (key, theirs["color"] or None))
        return Touched(listing=True, tags=True)

    def _colour(self, speeches: dict[str, int], key: str, ours: dict | None,
                theirs: dict | None) -> Touched:
        return self.library.annotations.name_color(key, theirs["name"] if theirs else "")

    def _speech_tag(self, speeches: dict[str, int], key: str, ours: dict | None,
                    theirs: dict | None) -> Touched:
        speech, name = key.split(SEP, 1)
        if speech not in speeches:
            return Touched()
        speech_id = speeches[speech]
        names = set(self.library.tags.of_speech(speech_id))
        self.library.tags.set_speech(speech_id, names - {name} if theirs is None
                                     else names | {name})
        return Touched(speech_tags=frozenset({speech_id}), tags=True)

    def _trash(self, speeches: dict[str, int], key: str, ours: dict | None,
               theirs: dict | None) -> Touched:
        if key not in speeches:
            return Touched()
        if theirs is None:
            return self.library.speeches.restore([speeches[key]])
        return self.library.speeches.delete([speeches[key]])

    def _field(self, speeches: dict[str, int], key: str, ours: dict | None,
               theirs: dict | None) -> Touched:
        speech, field = key.split(SEP, 1)
        if speech not in speeches:
            return Touched()
        if theirs is None:
            self.library.corrections.reset([speeches[speech]], [field])
        else:
            self.library.corrections.edit([speeches[speech]], {field: theirs["value"]})
        return Touched(rows=frozenset({speeches[speech]}), listing=True)

    def _mention(self, speeches: dict[str, int], key: str, ours: dict | None,
                 theirs: dict | None) -> Touched:
        speech, action, kind, start, end = key.split(SEP)
        if speech not in speeches:
            return Touched()
        speech_id = speeches[speech]
        if theirs is None:
            correction = self.db.execute_sql(
                'SELECT id FROM mention_correction WHERE speech_id = ? AND action = ? AND '
                'kind = ? AND start = ? AND "end" = ?',
                (speech_id, action, kind, int(start), int(end))).fetchone()
            if correction:
                self.library.corrections.withdraw(correction[0])
        elif action == "dismiss":
            self.library.corrections.dismiss(speech_id, kind, int(start), int(end))
        else:
            self.library.corrections.mark(speech_id, kind, int(start), int(end),
                                          theirs["strength"])
        return Touched(rows=frozenset({speech_id}))

    def _review(self, speeches: dict[str, int], key: str, ours: dict | None,
                theirs: dict | None) -> Touched:
        highlight, kind, start = key.split(SEP)
        keys = self.rows
        if highlight not in keys or not _exists(keys[highlight]):
            return Touched()
        if theirs is None:
            self.db.execute_sql(
                "UPDATE card SET reviewed_at = NULL, reps = 0, interval = 0 "
                "WHERE annotation_id = ? AND kind = ? AND start = ?",
                (keys[highlight], kind, int(start)))
        else:
            end, due, interval, ease, reps, lapses = json.loads(theirs["schedule"])
            self.db.execute_sql(
                'INSERT INTO card (annotation_id, kind, start, "end", due, interval, ease, '
                "reps, lapses, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (annotation_id, kind, start) DO UPDATE SET due = excluded.due, "
                "interval = excluded.interval, ease = excluded.ease, reps = excluded.reps, "
                "lapses = excluded.lapses, reviewed_at = excluded.reviewed_at",
                (keys[highlight], kind, int(start), end, date.fromisoformat(due), interval,
                 ease, reps, lapses, datetime.now()))
        return Touched(review=True)

    def _source(self, speeches: dict[str, int], key: str, ours: dict | None,
                theirs: dict | None) -> Touched:
        return Touched()  # files come through the engine (they must be read from the target)


_WRITERS = {
    "text": lambda view, speeches, key, ours, theirs: Touched(),  # _apply_text
    "highlights": LibraryView._highlight,
    "tags": LibraryView._tag,
    "colours": LibraryView._colour,
    "speech_tags": LibraryView._speech_tag,
    "trash": LibraryView._trash,
    "fields": LibraryView._field,
    "mentions": LibraryView._mention,
    "review": LibraryView._review,
    "sources": LibraryView._source,
}


def _requested_end(end: int, quote: str) -> int:
    """A removal of whole lines took their line break too; asked again, it takes it again."""
    return end - 1 if quote.endswith("\n") else end


def _exists(annotation_id: int) -> bool:
    return Annotation.select().where(Annotation.id == annotation_id).exists()


def _time(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return datetime.now()

