"""One sync of a library with a target (db/sync/target.py), in four steps:

1. The library's changes since the last sync are taken into the merged document, by comparing
   the library with the document's view (robust after a crash: nothing is recorded at the
   write boundary), and kept in the library with the updates that carry them (the outbox)
   before anything is sent.
2. The outbox is written to the target: `updates/DEVICE/SEQ`, a few thousand entries a file.
3. The other devices' files not read yet are read and merged (a device's newest snapshot
   first, then its updates after it); a corrupt or foreign file is ignored, once, with a line.
4. The merged document is written into the library in one transaction, with the sequence
   numbers read, the files that arrived imported, and every conflict resolved in the sync
   log.

A device only ever adds or removes its own files. When its updates pass `SNAPSHOT_AFTER`
files it writes `snapshots/DEVICE/SEQ` (the whole document) and removes its older files, so
the target stays bounded. A sync with ten local edits and nothing new from others makes two
requests: the list and one write."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from db.changes import Touched
from db.processes import running, this_process
from db.reasons import IgnoredFile, Resolved
from db.sync import document
from db.sync.state import Resolution, SyncState
from db.sync.target import Target, TargetError
from db.sync.view import LibraryView

if TYPE_CHECKING:
    from pycrdt import Doc

    from db.library import Library

BATCH = 2000  # entries an update file carries at most
SNAPSHOT_AFTER = 50  # own update files before a snapshot replaces them
FILE_NAME = re.compile(r"(updates|snapshots)/([0-9a-f]{16})/(\d{6,})")
SOURCE_NAME = re.compile(r"files/([0-9a-f]{64})")

# A sealed target's file that did not open (crypto.UnreadableFile): damaged, or sealed under
# another key. Left aside with a line; the sync goes on.
UNREADABLE = "unreadable"

Progress = Callable[[str, int, int], None]  # step, done, of


@dataclass
class SyncReport:
    device: str
    sent: int = 0  # update files written
    received: int = 0  # files of other devices read
    sources_sent: int = 0
    sources_received: int = 0
    ignored: list[tuple[str, str]] = field(default_factory=list)  # name, reason
    resolutions: list[Resolution] = field(default_factory=list)
    touched: Touched = field(default_factory=Touched)
    requests: int = 0
    bytes_written: int = 0
    cancelled: bool = False


class SyncBusy(Exception):
    """Another process (`process`, pid@host) is syncing this library: two at once would
    each take the library's changes into the document, and send them twice."""

    def __init__(self, process: str):
        super().__init__(process)
        self.process = process


def sync(library: Library, target: Target, progress: Progress | None = None,
         cancelled: Callable[[], bool] = lambda: False) -> SyncReport:
    """SyncBusy while another process syncs the library; TargetError when the target fails
    (what was sent stays sent; the next sync goes on from there)."""
    state = SyncState(library.db)
    with library.using():
        _claim(library, state)
        try:
            return _Sync(library, target, progress or (lambda step, done, of: None),
                         cancelled).run()
        finally:
            with library.db.atomic():
                if state.get("syncing") == this_process():
                    state.put("syncing", None)


def _claim(library: Library, state: SyncState) -> None:
    with library.db.atomic(lock_type="IMMEDIATE"):  # read and written by one process at a time
        other = state.get("syncing")
        if other and other != this_process() and running(str(other)):
            raise SyncBusy(str(other))
        state.put("syncing", this_process())


@dataclass(frozen=True)
class SyncStatus:
    target: str | None  # the folder it syncs with
    last: datetime | None  # when it last synced
    waiting: int  # entries changed since
    resolved: int  # conflicts in the sync log


def remember_target(library: Library, folder: str) -> None:
    with library.using(), library.db.atomic():
        SyncState(library.db).put("target", folder)


def status(library: Library) -> SyncStatus:
    state = SyncState(library.db)
    with library.using():
        target, last = state.get("target"), state.get("last")
        resolved = library.db.execute_sql("SELECT count(*) FROM sync_log").fetchone()[0]
    return SyncStatus(str(target) if target else None,
                      datetime.fromisoformat(str(last)) if last else None,
                      pending(library), resolved)


def log(library: Library, limit: int = 1000) -> list[Resolution]:
    """The conflicts sync resolved in this library, newest first."""
    with library.using():
        return SyncState(library.db).resolutions(limit)


def ignored(library: Library) -> list[str]:
    """The target's files sync left aside (foreign, or unreadable), by name."""
    with library.using():
        return list(SyncState(library.db).get_json("ignored", []))


def pending(library: Library) -> int:
    """How many entries changed in the library since its last sync."""
    view = LibraryView(library)
    state = SyncState(library.db)
    with library.using():
        doc = document.load(_bytes(state.get("doc")))
        local = view.export()
        merged = document.view(doc)
        applicable = view.applicable()
    waiting = 0
    for name in document.COLLECTIONS:
        ours, theirs = local[name], merged[name]
        waiting += sum(1 for key in set(ours) | set(theirs) if ours.get(key) != theirs.get(key)
                       and (key in ours or applicable(name, key)))
    outbox = state.get_json("outbox", [])
    return waiting + (1 if outbox and not waiting else 0)


class _Sync:
    def __init__(self, library: Library, target: Target, progress: Progress,
                 cancelled: Callable[[], bool]):
        self.library, self.target = library, target
        self.progress, self.cancelled = progress, cancelled
        self.state = SyncState(library.db)
        self.view = LibraryView(library)
        self.device = self.state.device()
        self.report = SyncReport(self.device)
        self.started = target.requests

    def run(self) -> SyncReport:
        unlock = getattr(self.target, "unlock", None)
        if unlock is not None:  # a sealed target: a wrong passphrase stops here, even idle
            unlock()
        with self.library.using():
            doc = document.load(_bytes(self.state.get("doc")))
            mine = self._take_local(doc)
            gone = {key: (document.raw(doc, *key) or {}).get(document.GONE) for key in mine}
            before = {name: set(entries) for name, entries in document.view(doc).items()}
            names = set(self.target.names())
            self._send(names)
            self._send_sources(names)
            if self.cancelled():
                self.report.cancelled = True
            else:
                theirs = self._receive(doc, names)
                self._receive_sources(doc, names)
                self._apply(doc, mine, gone, before, theirs)
                self._compact(names)
        self.report.requests = self.target.requests - self.started
        return self.report

    # 1. What changed here

    def _take_local(self, doc: Doc) -> dict[tuple[str, str], dict | None]:
        """Take the library's changes into `doc` and keep them, with the updates that carry
        them, in the library; what each changed entry holds now (None: deleted here)."""
        local = self.view.export()
        changed: set[tuple[str, str]] = set()
        seq = int(self.state.get("seq") or 0)
        outbox = list(self.state.get_json("outbox", []))
        updates = []
        for keys, update in document.take(doc, local, self.device, self.view.applicable(),
                                          BATCH):
            changed |= keys
            seq += 1
            updates.append((seq, update))
            self.progress("prepare", len(changed), 0)
        if updates:
            with self.library.db.atomic():
                for number, update in updates:
                    self.state.put(f"out/{number}", update)
                self.state.put_json("outbox", outbox + [number for number, _ in updates])
                self.state.put("seq", str(seq))
                self.state.put("doc", doc.get_update())
        return {key: local[key[0]].get(key[1]) for key in changed}

    # 2. Sent

    def _send(self, names: set[str]) -> None:
        outbox = list(self.state.get_json("outbox", []))
        for done, number in enumerate(list(outbox)):
            if self.cancelled():
                return
            data = _bytes(self.state.get(f"out/{number}")) or b""
            name = f"updates/{self.device}/{number:06d}"
            self.target.write(name, data)
            names.add(name)
            self.report.sent += 1
            self.report.bytes_written += len(data)
            outbox.remove(number)
            with self.library.db.atomic():
                self.state.put_json("outbox", outbox)
                self.state.put(f"out/{number}", None)
            self.progress("send", done + 1, len(outbox) + done + 1)

    def _send_sources(self, names: set[str]) -> None:
        # A pasted text's bytes are read only when it is sent: nearly all are there already.
        for source_id, sha, path, pasted in self.library.db.execute_sql(
                "SELECT id, sha256, path, id IN (SELECT source_id FROM pasted_text) FROM source "
                "WHERE importing IS NULL").fetchall():
            name = f"files/{sha}"
            if name in names:
                continue
            data = _pasted_bytes(self.library, source_id) if pasted \
                else _source_bytes(path, sha)
            if data is not None:
                self.target.write(name, data)
                names.add(name)
                self.report.sources_sent += 1
                self.report.bytes_written += len(data)

    # 3. Received

    def _receive(self, doc: Doc, names: set[str]) -> set[str]:
        """Read and merge the other devices' new files; the devices they came from."""
        seen: dict[str, int] = dict(self.state.get_json("seen", {}))
        ignored = set(self.state.get_json("ignored", []))
        files: dict[str, dict[str, list[int]]] = {}
        for name in sorted(names):
            match = FILE_NAME.fullmatch(name)
            if match:
                kind, device, number = match.groups()
                if device != self.device:
                    files.setdefault(device, {}).setdefault(kind, []).append(int(number))
            elif not SOURCE_NAME.fullmatch(name) and name not in ignored:
                self._ignore(name, IgnoredFile.FOREIGN, ignored)
        todo = []
        for device, kinds in sorted(files.items()):
            upto = seen.get(device, 0)
            snapshots = [n for n in kinds.get("snapshots", []) if n > upto]
            if snapshots:
                todo.append((device, "snapshots", max(snapshots)))
                upto = max(snapshots)
            todo += [(device, "updates", n) for n in sorted(kinds.get("updates", [])) if n > upto]
        devices = set()
        for done, (device, kind, number) in enumerate(todo):
            if self.cancelled():
                break
            name = f"{kind}/{device}/{number:06d}"
            try:
                doc.apply_update(self.target.read(name))
                devices.add(device)
                self.report.received += 1
            except TargetError as error:
                if error.reason == UNREADABLE:
                    self._ignore(name, IgnoredFile.CORRUPT, ignored)
                elif error.reason != "not-found":  # removed by its device meanwhile: skipped
                    raise
            except ValueError:  # not an update Yrs can read
                self._ignore(name, IgnoredFile.CORRUPT, ignored)
            seen[device] = _upto(seen.get(device, 0), number, files[device], kind)
            self.progress("receive", done + 1, len(todo))
        self.seen, self.ignored = seen, ignored
        return devices

    def _ignore(self, name: str, reason: str, ignored: set[str]) -> None:
        ignored.add(name)
        self.report.ignored.append((name, reason))

    def _receive_sources(self, doc: Doc, names: set[str]) -> None:
        """Import the files that arrived: the importer analyses them."""
        have = {sha for (sha,) in self.library.db.execute_sql(
            "SELECT sha256 FROM source").fetchall()}
        wanted = document.view(doc)["sources"]
        for sha, entry in sorted(wanted.items()):
            name = f"files/{sha}"
            if sha in have or name not in names or name in self.ignored or self.cancelled():
                continue
            try:
                data = self.target.read(name)
            except TargetError as error:
                if error.reason != UNREADABLE:
                    raise
                self._ignore(name, IgnoredFile.CORRUPT, self.ignored)
                continue
            if "pasted" in entry:
                result = self.library.importer.import_text(
                    data.decode("utf-8"), entry["pasted"], name=entry["name"])
            else:
                result = self.library.importer.import_data(entry["name"], data)
            if result.source_id is not None:
                self.report.sources_received += 1
                self.report.touched |= Touched(listing=True)

    # 4. Into the library

    def _apply(self, doc: Doc, mine: dict[tuple[str, str], dict | None],
               gone: dict[tuple[str, str], str | None], before: dict[str, set[str]],
               devices: set[str]) -> None:
        merged = document.view(doc)
        resolutions = _resolutions(doc, mine, gone, before, merged, tuple(sorted(devices)))
        now = datetime.now()
        with self.library.db.atomic():
            touched = self.view.apply(merged)
            self.state.put("doc", doc.get_update())
            self.state.put_json("seen", self.seen)
            self.state.put_json("ignored", sorted(self.ignored))
            self.state.put("last", now.isoformat(timespec="seconds"))
            self.state.log(resolutions, now)
        self.report.touched |= touched
        self.report.resolutions = resolutions

    def _compact(self, names: set[str]) -> None:
        """Past SNAPSHOT_AFTER own update files: one snapshot in their place."""
        prefix = f"updates/{self.device}/"
        own = sorted(name for name in names
                     if name.startswith((prefix, f"snapshots/{self.device}/")))
        if sum(1 for name in own if name.startswith(prefix)) <= SNAPSHOT_AFTER:
            return
        doc = document.load(_bytes(self.state.get("doc")))
        seq = max(int(name.rsplit("/", 1)[1]) for name in own)
        data = doc.get_update()
        self.target.write(f"snapshots/{self.device}/{seq:06d}", data)
        self.report.bytes_written += len(data)
        for name in own:
            self.target.remove(name)


def _upto(upto: int, number: int, files: dict[str, list[int]], kind: str) -> int:
    """How far a device's files have been read without a gap."""
    if kind == "snapshots":
        return max(upto, number)
    updates = set(files.get("updates", []))
    while upto + 1 in updates and upto + 1 <= number:
        upto += 1
    return upto


def _resolutions(doc: Doc, mine: dict[tuple[str, str], dict | None],
                 gone: dict[tuple[str, str], str | None], before: dict[str, set[str]],
                 merged: document.View, devices: tuple[str, ...]) -> list[Resolution]:
    """The conflicts the merge resolved: entries deleted here that another machine edited
    (`before`: the live entries before the merge), and among the entries changed here
    (`gone`: their tombstones before the merge), what was kept."""
    found = []
    for name, entries in merged.items():
        for key in sorted(set(entries) - before[name]):
            if (document.raw(doc, name, key) or {}).get(document.GONE) is not None:
                found.append(Resolution(Resolved.REVIVED, f"{name}/{key}", devices,
                                        _describe(entries[key])))
    for (name, key), ours in sorted(mine.items(), key=lambda item: item[0]):
        theirs = merged[name].get(key)
        item = f"{name}/{key}"
        if ours is not None and theirs is not None:
            tombstone = (document.raw(doc, name, key) or {}).get(document.GONE)
            if tombstone != gone[(name, key)]:  # deleted there, edited here: kept
                found.append(Resolution(Resolved.REVIVED, item, devices, _describe(theirs)))
            for field_name in sorted(set(ours) | set(theirs)):
                if ours.get(field_name) == theirs.get(field_name):
                    continue
                what = (Resolved.MERGED_TEXT if field_name in document.TEXT_FIELDS
                        else Resolved.MERGED_SET if field_name in document.SET_FIELDS
                        else Resolved.ONE_VALUE)
                found.append(Resolution(what, f"{item}/{field_name}", devices,
                                        str(theirs.get(field_name))))
    return found


def _describe(entry: dict) -> str:
    return str(entry.get("quote") or entry.get("note") or entry)


def _pasted_bytes(library: Library, source_id: int) -> bytes:
    [(data,)] = library.db.execute_sql("SELECT data FROM pasted_text WHERE source_id = ?",
                                       (source_id,)).fetchall()
    return bytes(data)


def _source_bytes(path: str, sha: str) -> bytes | None:
    """The file a source was imported from, if it is still there unchanged."""
    import hashlib
    from pathlib import Path
    try:
        data = Path(path).read_bytes()
    except (OSError, ValueError):
        return None
    return data if hashlib.sha256(data).hexdigest() == sha else None


def _bytes(value: bytes | str | None) -> bytes | None:
    return value.encode() if isinstance(value, str) else value
