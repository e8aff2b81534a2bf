"""Which library the models work on: each Library's own database, chosen per call.

The peewee models (db/models.py) name `database`, a proxy. Every public method of a part of
a Library (speeches, annotations, importer…) runs with the proxy pointing at that library's
database, in a context variable: so two libraries open in one process each read and write
their own file, and a worker thread that calls a library gets that library's connection for
its own thread. Outside a part's method the proxy points nowhere, and a model used there is a
clear error instead of a write into whichever library was opened last."""
from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from peewee import Database, DatabaseProxy

if TYPE_CHECKING:
    from db.connection import LibraryDatabase

_current: ContextVar[Database | None] = ContextVar("yandu_library_database", default=None)


class LibraryProxy(DatabaseProxy):
    """The models' database: the one of the library whose part is at work on this thread."""
    __slots__ = ()

    @property
    def obj(self) -> Database | None:
        return _current.get()

    @obj.setter
    def obj(self, value: object) -> None:
        pass  # peewee initialises proxies with None; the library in use is chosen per call

    def __setattr__(self, name: str, value: object) -> None:
        if name != "obj":
            object.__setattr__(self, name, value)

    def __getattr__(self, name: str) -> Any:
        database = _current.get()
        if database is None:
            raise RuntimeError("no Yandu library is in use here: call the models through a "
                               "part of a Library, or inside Library.using()")
        return getattr(database, name)


@contextmanager
def using(database: Database) -> Iterator[None]:
    """The models work on `database` inside this block (on this thread)."""
    token = _current.set(database)
    try:
        yield
    finally:
        _current.reset(token)


class Part:
    """A part of a Library (speeches, annotations, search…): each public method runs with the
    models bound to the part's own database, `self.db`."""
    db: LibraryDatabase

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(value):
                setattr(cls, name, _bound(value))


def _bound(method: Callable) -> Callable:
    if inspect.isgeneratorfunction(method):
        @functools.wraps(method)
        def generator(self: Part, *args: Any, **kwargs: Any) -> Iterator:
            # Bound again at each step: between steps the caller may use another library.
            steps = method(self, *args, **kwargs)
            while True:
                with using(self.db):
                    try:
                        item = next(steps)
                    except StopIteration as stop:
                        return stop.value
                try:
                    yield item
                except GeneratorExit:  # the caller stopped early: the rest cleans up bound
                    with using(self.db):
                        steps.close()
                    raise
        return generator

    @functools.wraps(method)
    def call(self: Part, *args: Any, **kwargs: Any) -> Any:
        with using(self.db):
            return method(self, *args, **kwargs)
    return call
