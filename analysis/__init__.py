"""The pure text pipeline: bytes → text → speeches → outline. Never imports Qt or peewee."""
from analysis.errors import InputError
from analysis.model import Analysis, OutlineEntry, PageMeta, Speech
from analysis.pipeline import SUPPORTED_SUFFIXES, analyze_bytes, analyze_file

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
