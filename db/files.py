"""Which files an import of paths (files and folders, recursively) covers."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from analysis import SUPPORTED_SUFFIXES


def collect_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files named directly are always yielded (an unsupported one is reported by the import);
    inside folders only supported files are, in a stable order, hidden folders skipped."""
    for path in map(Path, paths):
        if not path.is_dir():
            yield path
            continue
        for folder, subfolders, files in os.walk(path):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                    yield Path(folder) / name
