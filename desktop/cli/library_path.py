"""Where the library lives (--db PATH, else $YANDU_DB, else the user's data folder), and
opening it for a command."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from db import Library
from desktop.common.catalogue import ngettext

FILE_NAME = "library.sqlite"


def library_path(explicit: str | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get("YANDU_DB"):
        return Path(os.environ["YANDU_DB"]).expanduser()
    return platformdirs.user_data_path("Yandu", appauthor=False) / FILE_NAME


def open_library(explicit: str | None) -> Library:
    """The library, with the mentions of speeches stored by an older analyzer recomputed and
    speeches missing from the search index added (said on stderr)."""
    library = Library(library_path(explicit))
    stale = library.importer.stale_count()
    if stale:
        print(ngettext("yandu: re-analysing {count} speech stored by an older version…",
                       "yandu: re-analysing {count} speeches stored by an older version…",
                       stale).format(count=stale),
              file=sys.stderr, flush=True)
        library.importer.reanalyze()
    unindexed = library.index.unindexed_count()
    if unindexed:
        print(ngettext("yandu: adding {count} speech to the search index…",
                       "yandu: adding {count} speeches to the search index…",
                       unindexed).format(count=unindexed),
              file=sys.stderr, flush=True)
        library.index.build()
    return library
