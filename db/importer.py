"""Importing: files, folders and pasted text become speeches with their outline, mentions and
search index entry, one transaction per file; a file imported again with new content updates
its speeches in place. Also the re-analysis of speeches stored by an older analyzer."""
from __future__ import annotations

import hashlib
import os
import threading
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peewee import IntegrityError

from analysis import InputError
from analysis import Speech as AnalysedSpeech
from analysis.ocr import OcrCancelled, watching
from analysis.version import ANALYZER_VERSION
from db import contents, ocr
from db.binding import Part
from db.changes import Counted, Touched
from db.connection import LibraryDatabase
from db.corrections import apply_field_corrections, apply_mention_corrections
from db.errors import LibraryError, WriteError
from db.files import collect_files
from db.index import SearchIndex
from db.models import Mention, Source, Speech, tuples
from db.processes import running, this_process
from db.reanchor import reanchor
from db.reasons import ImportStatus
from db.records import PASTED, ImportResult, Placement
from db.structure import Structure

if TYPE_CHECKING:
    from concurrent.futures import Future

    from analysis.pipeline import PreparedFile, SplitFile

# The import's cancel, asked between a big file's speeches as well as between files.
_asked = threading.local()


class ImportCancelled(Exception):
    """Cancelled part-way through a file: what it stored so far is removed."""


# Below this many files the workers' start (each loads the dictionary) costs more than it saves.
MIN_FILES_FOR_WORKERS = 4


def _worker_context() -> Any:
    """How import workers are started. Never by forking this process: the window's threads
    (and their locks) would be copied into them. Where the platform has a fork server, they
    are forked from it: it loaded the analysis and jieba's dictionary once, when the first
    import needed workers, and stays for the session; elsewhere each is a fresh process that
    loads them itself."""
    import multiprocessing
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")  # pragma: no cover - Windows
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["analysis.preload"])
    return context


class Importer(Part):
    def __init__(self, db: LibraryDatabase, index: SearchIndex):
        self.db, self.index = db, index

    def import_paths(self, paths: Iterable[str | os.PathLike],
                     cancelled: Callable[[], bool] = lambda: False,
                     progress: Callable[[int, int, str], None] = lambda done, total, name: None,
                     workers: int | None = None,
                     pages: Callable[[int, int, str], None] = lambda done, total, name: None
                     ) -> Iterator[ImportResult]:
        """Import files and folders one file at a time; each file is its own transaction.
        `progress(done, total, name)` is told before each file and once at the end; `pages`
        after each page OCR reads of a scan or a photo (`cancelled` is asked between them).
        Several files are read and analysed in `workers` processes (one per core unless given)
        while this one stores them, in order; scans are read here, one page at a time, each
        page on every core."""
        files = list(collect_files(paths))
        workers = min(os.cpu_count() or 1, len(files)) if workers is None else workers
        _asked.cancelled = cancelled  # asked between the speeches of a file too (_store)
        _asked.pages = pages
        try:
            if workers > 1 and len(files) >= MIN_FILES_FOR_WORKERS:
                yield from self._import_in_workers(files, workers, cancelled, progress)
                return
            for done, path in enumerate(files):
                if cancelled():
                    return
                progress(done, len(files), str(path))
                yield self.import_file(path)
            progress(len(files), len(files), "")
        except (ImportCancelled, OcrCancelled):
            return  # the file being stored or read when it came is not kept
        finally:
            _asked.cancelled = _asked.pages = None

    def _import_in_workers(self, files: list[Path], workers: int,
                           cancelled: Callable[[], bool],
                           progress: Callable[[int, int, str], None]) -> Iterator[ImportResult]:
        # here, not at the top: the window's start needs no process pool
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        from analysis.pipeline import end_with_parent, prepare_file  # see analysis/__init__.py
        pool = ProcessPoolExecutor(workers, mp_context=_worker_context(),
                                   initializer=end_with_parent)
        ahead: deque[Future] = deque()
        following = iter(files)
        broken = False
        # A worker that could not start or died, or a fork server that did (its connection
        # ends): the rest of the files are imported here.
        failures = (BrokenProcessPool, EOFError, OSError)

        def submit() -> bool:
            """Hand the next file to the pool; False once the pool is broken."""
            path = next(following, None)
            try:
                if path is not None:
                    ahead.append(pool.submit(prepare_file, path))
                return True
            except failures:
                return False
        try:
            for done, path in enumerate(files):
                if cancelled():
                    return
                progress(done, len(files), str(path))
                if done == 0:  # after the first report: the first import starts the server
                    for _ in range(workers + 1):  # a file in hand for each worker
                        broken = broken or not submit()
                prepared = None
                if not broken and ahead:
                    try:
                        prepared = ahead.popleft().result()
                    except failures:
                        broken = True
                if prepared is None:
                    yield self.import_file(path)
                    continue
                broken = not submit()  # the next file to the worker this one freed
                yield (self.import_file(path) if prepared.needs_ocr
                       else self._import_prepared(prepared))
            progress(len(files), len(files), "")
        finally:
            # Not waiting: files the workers still analyse after a cancel are thrown away.
            pool.shutdown(wait=False, cancel_futures=True)

    def import_file(self, path: str | os.PathLike) -> ImportResult:
        from analysis.pipeline import display_name, read_limited  # see analysis/__init__.py
        name = display_name(path)
        try:
            data = read_limited(Path(path))
        except InputError as error:
            return ImportResult(name, ImportStatus.FAILED, error=error)
        return self._import(name, data, name, display_name(Path(path).resolve()))

    def import_data(self, name: str, data: bytes) -> ImportResult:
        """Import a file's bytes that came without a path (from a sync target), as `name`."""
        return self._import(name, data, name, None)

    def title_of_text(self, text: str) -> str | None:
        """The title an import of `text` would find for its first speech (read from its
        head lines as a file's are), or None: for offering before pasted text is stored."""
        from analysis.pipeline import split_bytes  # see analysis/__init__.py
        try:
            return split_bytes(text.encode("utf-8"), "pasted.txt").chunks[0].title
        except InputError:
            return None

    def import_text(self, text: str, title: str = "", name: str = PASTED) -> ImportResult:
        """Import pasted text; a non-empty `title` names its first speech. Its bytes and title
        are kept, for sync to send (a file is read again from where it was imported)."""
        return self._import(name, text.encode("utf-8"), f"{name}.txt", None, title, pasted=True)

    def _import(self, name: str, data: bytes, read_as: str, path: str | None,
                title: str = "", pasted: bool = False) -> ImportResult:
        """Bytes already in the library change nothing; a file imported before from the same
        `path` (None for pasted text) is updated; anything else is stored as a new source."""
        from analysis.pipeline import split_bytes  # see analysis/__init__.py
        digest = hashlib.sha256(data).hexdigest()
        try:
            existing = _existing(name, digest)
        except WriteError as error:
            return ImportResult(name, ImportStatus.FAILED, error=error)
        if existing is not None:
            return existing
        try:
            with watching(lambda done, total: _report_page(done, total, name), _cancelled):
                split_file = split_bytes(data, read_as)
        except InputError as error:
            return ImportResult(name, ImportStatus.FAILED, error=error)
        if title.strip():
            split_file.chunks[0].title = title.strip()
        return self._store_file(name, path, _File(
            path or name, digest, len(data), split_file,
            (data, title.strip()) if pasted else None))

    def _import_prepared(self, prepared: PreparedFile) -> ImportResult:
        """A file a worker read and analysed: stored as _import() stores one."""
        if prepared.error is not None or prepared.split is None:
            return ImportResult(prepared.name, ImportStatus.FAILED, error=prepared.error)
        try:
            existing = _existing(prepared.name, prepared.data_hash)
        except WriteError as error:
            return ImportResult(prepared.name, ImportStatus.FAILED, error=error)
        if existing is not None:
            return existing
        return self._store_file(prepared.name, prepared.path, _File(
            prepared.path, prepared.data_hash, prepared.size, prepared.split))

    def _store_file(self, name: str, path: str | None, file: _File) -> ImportResult:
        count = len(file.split.chunks)
        try:
            earlier = None if path is None else self.db.execute_sql(
                "SELECT id, sha256, importing FROM source WHERE path = ? "
                "ORDER BY imported_at DESC, id DESC LIMIT 1", (path,)).fetchone()
            if earlier is not None:
                earlier_id, digest, importing = earlier
                if digest == file.digest or importing:
                    # Another import stored these bytes, or is storing this file, meanwhile.
                    return ImportResult(name, ImportStatus.UNCHANGED, earlier_id, count)
                placement, updated = self._update_source(earlier_id, file)
                return ImportResult(name, ImportStatus.UPDATED, earlier_id, count,
                                    placement=placement, updated=updated)
            known = _known_texts(file.split.keys())
            if len(known) == count:
                return ImportResult(name, ImportStatus.DUPLICATE, speeches=count,
                                    duplicates=list(known.values()))
            source_id = self._store(file, skip=set(known))
        except WriteError as error:
            return ImportResult(name, ImportStatus.FAILED, error=error)
        except IntegrityError:  # the same bytes stored meanwhile by another import
            existing = _existing(name, file.digest)
            if existing is None:
                raise
            return existing
        return ImportResult(name, ImportStatus.IMPORTED, source_id, count - len(known),
                            duplicates=list(known.values()))

    # Re-analysis

    def stale_count(self) -> int:
        """Speeches stored by an older analyzer, whose mentions are out of date."""
        return Speech.select().where(Speech.analyzer_version < ANALYZER_VERSION).count()

    def reanalyze(self, cancelled: Callable[[], bool] = lambda: False,
                  progress: Callable[[int, int], None] = lambda done, total: None) -> Counted:
        """Recompute the mentions of every stale speech from its stored text and outline,
        one transaction per speech. Returns how many were brought up to date."""
        from analysis.layers.extract import extract  # see analysis/__init__.py
        ids = [row[0] for row in tuples(Speech.select(Speech.id).where(
            Speech.analyzer_version < ANALYZER_VERSION).order_by(Speech.id))]
        for done, speech_id in enumerate(ids):
            if cancelled():
                return Counted(done, Touched(rows=frozenset(ids[:done]), cards=True))
            text = Speech.select(Speech.text).where(Speech.id == speech_id).scalar()
            mentions = extract(text, contents.outline_of(speech_id))
            with self.db.atomic():
                Mention.delete().where(Mention.speech == speech_id).execute()
                contents.store_mentions(self.db, speech_id, mentions)
                apply_mention_corrections(speech_id, text)
                Speech.update(analyzer_version=ANALYZER_VERSION).where(
                    Speech.id == speech_id).execute()
            progress(done + 1, len(ids))
        # New figures and 提法 may make cloze cards.
        return Counted(len(ids), Touched(rows=frozenset(ids), cards=True))

    # Storing

    def _store(self, file: _File, skip: Collection[int] = ()) -> int:
        """A new file, whole or not at all, without holding the library for long: a file with
        one speech to store is stored in one transaction once that speech is analysed (until
        then another import of the same path does not see it coming); in a longer one each
        speech is analysed outside any transaction and stored, hidden, in one of its own, and
        the last shows them all. A process killed part-way leaves hidden speeches that the
        next start clears (clear_unfinished)."""
        now = datetime.now()
        keys = file.split.keys()
        # analysed one at a time, as they are asked for; those in `skip` are in the library
        speeches = file.split.speeches(skip)
        if len(keys) - len(skip) == 1:
            speech = next(speeches)
            if _cancelled():
                raise ImportCancelled
            with self.db.atomic():
                source_id = self._new_source(file, now, importing=None)
                self._store_speech(source_id, speech, now, keys[speech.position])
            return source_id
        with self.db.atomic():
            source_id = self._new_source(file, now, importing=this_process())
        try:
            for speech in speeches:
                if _cancelled():
                    raise ImportCancelled
                with self.db.atomic():
                    self._store_speech(source_id, speech, now, keys[speech.position],
                                       hidden=True)
            with self.db.atomic():
                Speech.update(deleted=False).where(Speech.source == source_id).execute()
                Source.update(importing=None).where(Source.id == source_id).execute()
        except BaseException:
            self._discard(source_id)
            raise
        return source_id

    def _new_source(self, file: _File, now: datetime, importing: str | None) -> int:
        source_id = Source.insert(path=file.path, sha256=file.digest, size=file.size,
                                  imported_at=now, importing=importing,
                                  **file.source_fields()).execute()
        if file.pasted is not None:
            self.db.execute_sql("INSERT INTO pasted_text (source_id, data, title) "
                                "VALUES (?, ?, ?)", (source_id, *file.pasted))
        return source_id

    def _discard(self, source_id: int) -> None:
        """A source and its speeches gone, index entries with them (after a failed import)."""
        try:
            with self.db.atomic():
                self.index.remove_speeches([row[0] for row in tuples(
                    Speech.select(Speech.id).where(Speech.source == source_id))])
                Source.delete().where(Source.id == source_id).execute()
        except LibraryError:
            pass  # it cannot be written now: the next start clears it

    def clear_unfinished(self) -> int:
        """Clear what imports killed part-way left (hidden speeches of a source whose
        process is gone). Returns how many sources were cleared."""
        unfinished = [(row.id, str(row.importing)) for row in Source.select(
            Source.id, Source.importing).where(Source.importing.is_null(False))]
        gone = [source_id for source_id, process in unfinished if not running(process)]
        for source_id in gone:
            self._discard(source_id)
        return len(gone)

    def _store_speech(self, source_id: int, speech: AnalysedSpeech, now: datetime,
                      key: str | None = None, hidden: bool = False) -> None:
        """`key`: the speech's text_key(), when made already."""
        row = Speech.create(source=source_id, position=speech.position, created_at=now,
                            deleted=hidden, **contents.speech_fields(speech, key))
        self._store_contents(row.id, speech)

    def _store_contents(self, speech_id: int, speech: AnalysedSpeech) -> None:
        contents.store(self.db, self.index, speech_id, speech)
        ocr.store(speech_id, speech.ocr, speech.uncertain)

    def _update_source(self, source_id: int, file: _File) -> tuple[Placement, frozenset[int]]:
        """A file imported again with new content: each speech is updated where it is (same
        position in the file), keeping its id, tags, highlights and the user's corrections;
        the user's splits, merges and removed passages are made again, then highlights and
        corrections are re-anchored to the new text. Speeches the new version no longer has
        stay as they were. Each speech is analysed outside any transaction and updated in one
        of its own; the source takes the new version's digest last, so that importing the
        file again finishes an update a killed process left part-way. Returns where the
        highlights went and the speeches stored anew."""
        now = datetime.now()
        placement = Placement()
        updated: set[int] = set()
        old = dict(tuples(Speech.select(Speech.position, Speech.id)
                          .where(Speech.source == source_id, Speech.part == 0)))
        structure = Structure(self.db, self.index)
        reshaped = structure.speeches_of(source_id)  # settled after the replay
        keys = file.split.keys()
        # a new place whose text the library holds already, from any file, is left out, as
        # the first import of the file left it
        known = {position for position in _known_texts(keys) if position not in old}
        for speech in file.split.speeches(known):
            speech_id = old.get(speech.position)
            key = keys[speech.position]
            with self.db.atomic():
                if speech_id is None:
                    self._store_speech(source_id, speech, now, key)
                    continue
                contents.clear(self.index, speech_id)
                Speech.update(**contents.speech_fields(speech, key), deleted=False).where(
                    Speech.id == speech_id).execute()
                self._store_contents(speech_id, speech)
                updated.add(speech_id)
                if speech_id not in reshaped:
                    placement.add(_settle(self.index, speech_id, speech.text))
        with self.db.atomic():
            structure.replay(source_id)
            for speech_id in sorted(reshaped):
                text = Speech.select(Speech.text).where(Speech.id == speech_id).scalar()
                placement.add(_settle(self.index, speech_id, text))
            Source.update(sha256=file.digest, size=file.size, imported_at=now,
                          **file.source_fields()).where(Source.id == source_id).execute()
        return placement, frozenset(updated | reshaped)


@dataclass
class _File:
    """A file to store: where it came from, its bytes' digest and size, its speeches."""
    path: str
    digest: str
    size: int
    split: SplitFile
    pasted: tuple[bytes, str] | None = None  # a pasted text's bytes and the title given

    def source_fields(self) -> dict:
        page = self.split.page
        return {"format": self.split.format, "encoding": self.split.encoding,
                "page_title": page.title, "page_date": page.date, "site": page.site}


def _settle(index: SearchIndex, speech_id: int, text: str) -> Placement:
    """A speech stored anew: its highlights and the user's corrections placed in `text`."""
    placement = reanchor(speech_id, text)
    apply_field_corrections(index, speech_id)
    apply_mention_corrections(speech_id, text)
    return placement


def _known_texts(keys: list[str]) -> dict[int, tuple[int, str | None]]:
    """Which of a file's speech texts (by text_key()) the library holds already, from any
    file, as a speech that is not deleted: {position in the file: (speech id, title)}."""
    found = {key: (speech_id, title) for key, speech_id, title in tuples(
        Speech.select(Speech.text_key, Speech.id, Speech.title)
        .where(Speech.text_key.in_(keys), Speech.deleted == False,
               Speech.merged_into.is_null()).order_by(Speech.id.desc()))}
    return {position: found[key] for position, key in enumerate(keys) if key in found}


def _existing(name: str, digest: str) -> ImportResult | None:
    """The result of importing bytes that are already in the library: nothing new, but
    speeches of that source deleted in this session come back. Bytes another process is
    importing right now are as good as there."""
    # Plain SQL: asked before every file is stored, and nearly always finding nothing.
    source = Source._meta.database.execute_sql(
        "SELECT id, importing FROM source WHERE sha256 = ?", (digest,)).fetchone()
    if source is None:
        return None
    source_id, importing = source
    if importing is not None:
        return ImportResult(name, ImportStatus.UNCHANGED, source_id, 0)
    restored = Speech.update(deleted=False).where(Speech.source == source_id,
                                                  Speech.deleted == True,
                                                  Speech.merged_into.is_null()).execute()
    count = Speech.select().where(Speech.source == source_id).count()
    return ImportResult(name, ImportStatus.UNCHANGED, source_id, count, restored=restored)


def _cancelled() -> bool:
    """Asked between the speeches of a file and between the pages of a scan."""
    cancelled = getattr(_asked, "cancelled", None)
    return cancelled is not None and cancelled()


def _report_page(done: int, total: int, name: str) -> None:
    pages = getattr(_asked, "pages", None)
    if pages is not None:
        pages(done, total, name)
