"""Reading scans and photos of printed pages (OCR). `watching()` lets the caller of a read
follow it page by page and stop it between pages."""
from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass


class OcrCancelled(Exception):
    """The reader asked to stop; raised between two pages."""


@dataclass
class Watch:
    progress: Callable[[int, int], None] | None = None  # (pages done, pages in all)
    cancelled: Callable[[], bool] | None = None


_watch: contextvars.ContextVar[Watch | None] = contextvars.ContextVar("ocr_watch", default=None)


@contextmanager
def watching(progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> Iterator[None]:
    """Within the block, every page OCR reads is reported to `progress`, and `cancelled` is
    asked before each page: when it says so, the read stops with OcrCancelled."""
    token = _watch.set(Watch(progress, cancelled))
    try:
        yield
    finally:
        _watch.reset(token)


def check_cancelled() -> None:
    watch = _watch.get()
    if watch and watch.cancelled and watch.cancelled():
        raise OcrCancelled


def report(done: int, total: int) -> None:
    watch = _watch.get()
    if watch and watch.progress:
        watch.progress(done, total)
