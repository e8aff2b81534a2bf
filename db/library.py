"""The library: one SQLite file, opened once, and the parts that work on it. Callers use the
parts (`library.speeches.list()`, `library.annotations.add(…)`, `library.search.find(…)`);
each part is given the library's own database and the other parts it needs, and returns plain
records. Several libraries can be open in one process, each on its own file (db/binding.py);
each thread has its own connection to each."""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from db.annotations import Annotations
from db.backup import Backups, remove_leftovers
from db.binding import using
from db.connection import init_db
from db.corrections import Corrections
from db.edits import Edits
from db.importer import Importer
from db.index import SearchIndex
from db.speeches import Speeches
from db.structure import Structure
from db.tags import Tags

if TYPE_CHECKING:
    from db.excerpts import Excerpts
    from db.review import Review
    from db.search import Search
    from db.study import Study
    from db.sync.group import GroupLayer


class Library:
    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.db = init_db(self.path)
        self.index = SearchIndex(self.db)
        self.speeches = Speeches(self.db, self.index)
        self.importer = Importer(self.db, self.index)
        self.annotations = Annotations(self.db, self.index)
        self.tags = Tags(self.db)
        self.backups = Backups(self.db, self.path)
        self.corrections = Corrections(self.db, self.index)
        self.structure = Structure(self.db, self.index)
        self.edits = Edits(self.db, self.annotations, self.tags, self.speeches,
                           self.corrections, self.structure)
        self.importer.clear_unfinished()  # what an import killed part-way left, hidden
        remove_leftovers(self.path)  # …and what a killed copy or restore left beside it

    # The parts the window does not need before its first paint are made (and their modules
    # loaded) when first used.

    @cached_property
    def search(self) -> Search:
        from db.search import Search
        return Search(self.db)

    @cached_property
    def study(self) -> Study:
        from db.study import Study
        return Study(self.db)

    @cached_property
    def review(self) -> Review:
        from db.review import Review
        return Review(self.db)

    @cached_property
    def excerpts(self) -> Excerpts:
        from db.excerpts import Excerpts
        return Excerpts(self.db, self.index)

    @cached_property
    def group(self) -> GroupLayer:
        from db.sync.group import GroupLayer
        return GroupLayer(self.db, self.edits)

    def close(self) -> None:
        """Close this thread's connection (a worker thread's is closed by the helper that
        runs it: thread_connection())."""
        if not self.db.is_closed():
            self.db.close()

    def using(self) -> AbstractContextManager[None]:
        """The models work on this library inside the block. The parts' methods do this
        themselves; only code that uses db/ modules directly (tests, tools) needs it."""
        return using(self.db)

    @contextmanager
    def thread_connection(self) -> Iterator[None]:
        """A connection of this thread's own for the block, closed after it: how a worker
        thread uses the library (desktop/common/worker.py)."""
        try:
            yield
        finally:
            self.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
