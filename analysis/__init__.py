"""The pure text pipeline: bytes → text → speeches → outline. Never imports Qt or peewee."""
from typing import Any

from analysis.errors import InputError
from analysis.model import Analysis, OutlineEntry, PageMeta, Speech
from analysis.readers.formats import SUPPORTED_SUFFIXES

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Analysis",
    "InputError",
    "OutlineEntry",
    "PageMeta",
    "Speech",
    "analyze_bytes",
    "analyze_file",
]


def __getattr__(name: str) -> Any:
    # The pipeline (bs4, python-docx, pypdf, cn2an: about 0.6 s) loads when first used, so
    # the window can start without it.
    if name in ("analyze_bytes", "analyze_file"):
        from analysis import pipeline
        return getattr(pipeline, name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
