"""A study group's shared layer: each member publishes their own highlights and notes into the
group's folder (a folder or a WebDAV collection, sealed with the group's own passphrase), and
reads the others' as a read-only layer.

A member writes one file, `members/MEMBER_ID`, replaced whole at each publish, and never any
other: members never conflict, and nobody can change what another published. The file holds
the member's name and every highlight of the member's speeches (a speech is shared when the
others imported the same file: highlights of speeches a reader lacks are dropped on reading).
Speeches are named by their stable key (SHA256:POSITION:PART, as the personal sync names them);
a highlight whose offsets differ here is placed again by its quote (analysis/anchor.py), and one
that cannot be placed is kept as an orphan, not shown."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from analysis.anchor import anchor
from db.binding import Part
from db.changes import Touched
from db.edits import Edit, Edits
from db.reasons import IgnoredFile
from db.records import GroupHighlight, GroupMember
from db.sync.state import SyncState
from db.sync.target import Target, TargetError

if TYPE_CHECKING:
    from db.connection import LibraryDatabase
    from db.library import Library
    from db.sync.crypto import Sealed

FORMAT = 1
FOLDER = "members"
MEMBER_NAME = re.compile(r"members/([0-9a-f]{16})")


@dataclass
class GroupReport:
    member: str  # this library's member id
    published: int = 0  # own highlights written
    members: int = 0  # other members read
    received: int = 0  # their highlights placed on speeches here
    orphans: int = 0  # theirs on speeches here whose words were not found
    ignored: list[tuple[str, str]] = field(default_factory=list)  # file, IgnoredFile
    touched: Touched = field(default_factory=Touched)


class GroupLayer(Part):
    """library.group: the other members and their highlights, as last pulled."""

    def __init__(self, db: LibraryDatabase, edits: Edits):
        self.db = db
        self.edits = edits

    def member(self) -> str:
        """This library's id in the group, made at first use."""
        return SyncState(self.db).made_once("group-member")

    def name(self) -> str:
        """The name this library last published under ("" before the first)."""
        return str(SyncState(self.db).get("group-name") or "")

    def members(self) -> list[GroupMember]:
        rows = self.db.execute_sql(
            "SELECT group_member.id, name, shown, count(group_highlight.id) FROM group_member "
            "LEFT JOIN group_highlight ON group_highlight.member_id = group_member.id "
            "AND group_highlight.orphan = 0 GROUP BY group_member.id ORDER BY name, "
            "group_member.id").fetchall()
        return [GroupMember(member_id, name, count, bool(shown))
                for member_id, name, shown, count in rows]

    def set_member_shown(self, member_id: str, shown: bool) -> Touched:
        with self.db.atomic():
            self.db.execute_sql("UPDATE group_member SET shown = ? WHERE id = ?",
                                (int(shown), member_id))
            return Touched(annotations=self._speeches_of([member_id]))

    def highlights(self, speech_id: int) -> list[GroupHighlight]:
        """The placed highlights of the shown members on the speech, in text order."""
        rows = self.db.execute_sql(
            'SELECT h.id, member_id, name, speech_id, start, "end", quote, color, note, tags '
            "FROM group_highlight h JOIN group_member m ON m.id = h.member_id "
            "WHERE speech_id = ? AND orphan = 0 AND shown = 1 ORDER BY start, name",
            (speech_id,)).fetchall()
        return [GroupHighlight(row_id, member_id, name, speech, start, end, quote, color, note,
                               json.loads(tags))
                for row_id, member_id, name, speech, start, end, quote, color, note, tags
                in rows]

    def copy_to_mine(self, group_highlight_id: int) -> Edit:
        """The member's highlight made one of the user's own: an undoable add."""
        row = self.db.execute_sql(
            'SELECT speech_id, start, "end", color, note, tags FROM group_highlight '
            "WHERE id = ? AND orphan = 0", (group_highlight_id,)).fetchone()
        if row is None:
            raise LookupError(f"no placed group highlight with id {group_highlight_id}")
        speech_id, start, end, color, note, tags = row
        return self.edits.add_highlight(speech_id, start, end, color, note, json.loads(tags))

    def _speeches_of(self, member_ids: Iterable[str]) -> frozenset[int]:
        ids = list(member_ids)
        if not ids:
            return frozenset()
        rows = self.db.execute_sql(
            "SELECT DISTINCT speech_id FROM group_highlight WHERE member_id IN "
            f"({', '.join('?' * len(ids))})", ids).fetchall()
        return frozenset(speech_id for (speech_id,) in rows)


def group_sync(library: Library, target: Target, passphrase: str,
               name: str) -> GroupReport:
    """Publish this library's highlights to the group and pull the other members'.
    SyncKeyError (nothing written) when the passphrase is not the group's; TargetError when
    the target fails."""
    from db.sync.crypto import Sealed

    sealed = Sealed(target, passphrase)
    sealed.unlock()
    report = GroupReport(library.group.member())
    report.published = publish(library, sealed, name)
    pull(library, sealed, report)
    return report


def publish(library: Library, target: Target | Sealed, name: str) -> int:
    """Write this member's file; the number of highlights in it."""
    member = library.group.member()
    with library.using():
        highlights = _own_highlights(library)
        with library.db.atomic():
            SyncState(library.db).put("group-name", name)
    data = {"format": FORMAT, "member": member, "name": name,
            "published": datetime.now().isoformat(timespec="seconds"),
            "highlights": highlights}
    target.write(f"{FOLDER}/{member}", json.dumps(data, ensure_ascii=False).encode())
    return len(highlights)


def pull(library: Library, target: Target | Sealed, report: GroupReport) -> None:
    """Read every other member's file into the group tables, replacing what was read before."""
    from db.sync.view import LibraryView

    own = f"{FOLDER}/{report.member}"
    read: dict[str, dict[str, Any]] = {}
    for file_name in target.names(FOLDER):
        match = MEMBER_NAME.fullmatch(file_name)
        if match is None or file_name == own:
            continue
        try:
            read[match[1]] = _member_file(target.read(file_name), match[1])
        except TargetError as error:
            if error.reason != "unreadable":
                raise
            report.ignored.append((file_name, IgnoredFile.CORRUPT))
        except (ValueError, KeyError, TypeError):
            report.ignored.append((file_name, IgnoredFile.FOREIGN))
    unreadable = {name.removeprefix(FOLDER + "/") for name, _ in report.ignored}
    with library.using(), library.db.atomic():
        keys = {key: speech_id for speech_id, key in LibraryView(library).speech_keys().items()}
        gone = [member_id for (member_id,) in library.db.execute_sql(
            "SELECT id FROM group_member").fetchall()
            if member_id not in read and member_id not in unreadable]
        speeches = set(library.group._speeches_of([*read, *gone]))
        library.db.execute_sql(f"DELETE FROM group_member WHERE id IN "
                               f"({', '.join('?' * len(gone))})", gone)
        for member_id, data in read.items():
            _store(library, member_id, data, keys, report)
        speeches |= library.group._speeches_of(read)
    report.members = len(read)
    report.touched = Touched(annotations=frozenset(speeches))


def _own_highlights(library: Library) -> list[dict[str, Any]]:
    from db.sync.view import LibraryView

    keys = LibraryView(library).speech_keys()
    tags: dict[int, list[str]] = {}
    for annotation_id, tag in library.db.execute_sql(
            "SELECT annotation_id, tag.name FROM annotation_tag JOIN tag ON tag.id = tag_id "
            "ORDER BY tag.name").fetchall():
        tags.setdefault(annotation_id, []).append(tag)
    rows = library.db.execute_sql(
        'SELECT id, speech_id, start, "end", quote, prefix, suffix, color, note, updated_at '
        "FROM annotation WHERE orphan = 0 ORDER BY speech_id, start").fetchall()
    return [{"speech": keys[speech_id], "start": start, "end": end, "quote": quote,
             "prefix": prefix, "suffix": suffix, "color": color, "note": note,
             "tags": tags.get(annotation_id, []), "updated": str(updated)}
            for annotation_id, speech_id, start, end, quote, prefix, suffix, color, note, updated
            in rows if speech_id in keys]


def _member_file(data: bytes, member_id: str) -> dict[str, Any]:
    """The file's fields, checked; ValueError when it is not a member file of this format."""
    value = json.loads(data)
    if value["format"] > FORMAT or value["member"] != member_id or not isinstance(
            value["name"], str) or not isinstance(value["highlights"], list):
        raise ValueError(member_id)
    return dict(value)


def _store(library: Library, member_id: str, data: dict[str, Any], keys: dict[str, int],
           report: GroupReport) -> None:
    db = library.db
    db.execute_sql("INSERT INTO group_member (id, name, updated) VALUES (?, ?, ?) "
                   "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                   "updated = excluded.updated", (member_id, data["name"], data["published"]))
    db.execute_sql("DELETE FROM group_highlight WHERE member_id = ?", (member_id,))
    texts: dict[int, str] = {}
    for item in data["highlights"]:
        speech_id = keys.get(item["speech"])
        if speech_id is None:
            continue  # a speech this library does not have
        if speech_id not in texts:
            texts[speech_id] = db.execute_sql("SELECT text FROM speech WHERE id = ?",
                                              (speech_id,)).fetchone()[0]
        start, end = int(item["start"]), int(item["end"])
        found = anchor(texts[speech_id], item["quote"], item["prefix"], item["suffix"], start)
        if found is not None:
            start, end = found.start, found.end
            report.received += 1
        else:
            report.orphans += 1
        db.execute_sql(
            'INSERT INTO group_highlight (member_id, speech_id, start, "end", quote, color, '
            "note, tags, orphan, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (member_id, speech_id, start, end, item["quote"], item["color"], item["note"],
             json.dumps(item["tags"], ensure_ascii=False), int(found is None),
             item["updated"]))
