"""Where the library lives: --db PATH, else $YANDU_DB, else the user's data folder."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

FILE_NAME = "library.sqlite"


def library_path(explicit: str | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get("YANDU_DB"):
        return Path(os.environ["YANDU_DB"]).expanduser()
    return platformdirs.user_data_path("Yandu", appauthor=False) / FILE_NAME
