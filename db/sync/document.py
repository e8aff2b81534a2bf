"""The user's data as a CRDT document (pycrdt: the Yrs engine), the merge engine of sync.

The document holds one map per collection (`COLLECTIONS`), keyed by stable ids: a highlight by
its UUID, a speech by its source's sha256 and its place in the file (`SHA:POSITION:PART`), a
speech's tag by `SPEECH|TAG`, a corrected field by `SPEECH|FIELD`, a split, merge or removed
passage by `SPEECH|ACTION|START|END`. Each entry is a map of its
fields. A highlight's note is a sequence of characters (a Y Array; pycrdt 0.14's Y Text takes
character indices where Yrs counts UTF-8 bytes, which breaks Chinese text: y-crdt/pycrdt#379),
so that two machines editing it offline both keep their words; its tags are a map used as a
set, so tags added on two machines are both kept. Other fields merge one by one: of two
values set concurrently, Yrs keeps one, the same on every machine.

Deleting does not remove an entry. Every change sets the entry's `v` to a new version token
(`DEVICE:RANDOM`); a delete sets `gone` to the `v` it saw. An entry is alive while `gone !=
v`: an edit made after the delete, or concurrently on another machine without seeing it,
made a new `v`, so the highlight comes back with the edit; an edit the deleting machine had
seen is gone with it. Versions are tokens, not times: the merge never reads a clock, and
machines whose clocks are a day apart merge the same."""
from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from pycrdt import Array, Doc, Map

COLLECTIONS = ("text", "highlights", "tags", "colours", "speech_tags", "trash", "fields",
               "mentions", "review", "sources")
TEXT_FIELDS = ("note",)  # merged character by character
SET_FIELDS = ("tags",)  # merged as sets: a list of names in the view
VERSION, GONE = "v", "gone"

View = dict[str, dict[str, dict[str, Any]]]  # collection → key → fields


def load(state: bytes | None) -> Doc:
    doc: Doc = Doc()
    if state:
        doc.apply_update(state)
    return doc


def alive(entry: dict) -> bool:
    return entry.get(GONE) != entry.get(VERSION)


def view(doc: Doc, keys: dict[str, Iterable[str]] | None = None) -> View:
    """The live entries of the document, as plain fields (with `keys`, of those only)."""
    result: View = {}
    for name in COLLECTIONS:
        collection = doc.get(name, type=Map)
        if keys is None:
            entries = json.loads(str(collection))  # Yrs writes JSON ten times faster than
            # pycrdt's to_py() walks the maps
        else:
            entries = {key: json.loads(str(collection[key])) for key in keys.get(name, ())
                       if key in collection}
        result[name] = {key: _plain(entry) for key, entry in entries.items() if alive(entry)}
    return result


def raw(doc: Doc, name: str, key: str) -> dict | None:
    collection = doc.get(name, type=Map)
    return json.loads(str(collection[key])) if key in collection else None


def take(doc: Doc, local: View, device: str, applicable: Callable[[str, str], bool],
         batch: int = 0) -> Iterator[tuple[set[tuple[str, str]], bytes]]:
    """Make the document say what the library says (`local`), in transactions of at most
    `batch` changed entries (0: one): yields each batch's changed (collection, key) pairs and
    the update that carries it. An entry the library lacks is deleted only when
    `applicable(collection, key)` (the library could hold it: its speech is here)."""
    merged = view(doc)
    changes: list[tuple[str, str, dict[str, Any] | None]] = [
        (name, key, fields) for name in COLLECTIONS
               for key, fields in local.get(name, {}).items()
               if merged[name].get(key) != fields]
    changes += [(name, key, None) for name in COLLECTIONS for key in merged[name]
                if key not in local.get(name, {}) and applicable(name, key)]
    size = batch or len(changes) or 1
    for first in range(0, len(changes), size):
        before = doc.get_state()
        with doc.transaction():
            for name, key, fields in changes[first:first + size]:
                collection = doc.get(name, type=Map)
                if fields is None:
                    collection[key][GONE] = collection[key][VERSION]
                else:
                    _set(collection, key, fields, device)
        yield {(name, key) for name, key, _fields in changes[first:first + size]}, \
            doc.get_update(before)


def _set(collection: Map, key: str, fields: dict[str, Any], device: str) -> None:
    """Give the entry these fields, under a new version (which brings a deleted one back)."""
    version = f"{device}:{uuid.uuid4().hex[:12]}"
    if key not in collection:
        collection[key] = Map({**{name: _prelim(name, value) for name, value in fields.items()},
                               VERSION: version})
        return
    entry = collection[key]
    was = json.loads(str(entry))
    now = _plain(was)
    for name, value in fields.items():
        if name in TEXT_FIELDS and name in entry:
            _edit_text(entry[name], value)
        elif name in SET_FIELDS and name in entry:
            _edit_set(entry[name], value)
        elif now.get(name) != value or name not in was:
            entry[name] = _prelim(name, value)
    for name in set(now) - set(fields):
        del entry[name]
    entry[VERSION] = version


def _prelim(name: str, value: Any) -> Any:
    if name in TEXT_FIELDS:
        return Array(list(value))
    if name in SET_FIELDS:
        return Map({item: True for item in value})
    return value


def _edit_text(text: Array, value: str) -> None:
    """Change `text` into `value` by one replacement of the part between what they share at
    either end: the smallest edit, which merges best with another machine's."""
    old = "".join(text.to_py() or [])
    if old == value:
        return
    head = 0
    while head < min(len(old), len(value)) and old[head] == value[head]:
        head += 1
    tail = 0
    while (tail < min(len(old), len(value)) - head
           and old[len(old) - 1 - tail] == value[len(value) - 1 - tail]):
        tail += 1
    if len(old) - tail > head:
        del text[head:len(old) - tail]
    for offset, character in enumerate(value[head:len(value) - tail]):
        text.insert(head + offset, character)


def _edit_set(items: Map, value: list[str]) -> None:
    for item in set(items.keys()) - set(value):
        del items[item]
    for item in value:
        if item not in items:
            items[item] = True


def _plain(entry: dict) -> dict[str, Any]:
    fields = {}
    for name, value in entry.items():
        if name in (VERSION, GONE):
            continue
        if name in SET_FIELDS:
            value = sorted(value)
        elif name in TEXT_FIELDS:
            value = "".join(value)
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        fields[name] = value
    return fields
