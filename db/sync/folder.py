"""A sync target over a local folder (one a folder-sync tool or a network share copies
between machines). Each write goes to a temporary file beside the real one and is renamed
over it, so a reader, or a tool copying the folder, never sees half a file."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from db.sync.target import TargetError

PARTIAL = ".partial"  # the temporary files of writes under way (or killed part-way)


class FolderTarget:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self.requests = 0

    def names(self, folder: str = "") -> list[str]:
        self.requests += 1
        base = self._path(folder) if folder else self.root
        if not self.root.is_dir():
            raise TargetError("unreachable", str(self.root))
        if not base.is_dir():
            return []
        return sorted(path.relative_to(self.root).as_posix() for path in base.rglob("*")
                      if path.is_file() and not path.name.endswith(PARTIAL))

    def read(self, name: str) -> bytes:
        self.requests += 1
        try:
            return self._path(name).read_bytes()
        except FileNotFoundError:
            raise TargetError("not-found", name) from None
        except OSError as error:
            raise TargetError("unreachable", str(error)) from error

    def write(self, name: str, data: bytes) -> None:
        self._put(name, data, os.replace)

    def create(self, name: str, data: bytes) -> bool:
        try:
            self._put(name, data, os.link)  # a link, unlike a rename, fails on a file there
        except FileExistsError:
            return False
        return True

    def _put(self, name: str, data: bytes, place: Callable[[str, Path], None]) -> None:
        """Write `data` beside the file, then `place` it under its name."""
        self.requests += 1
        path = self._path(name)
        if not self.root.is_dir():  # a drive unplugged: never a new, empty folder in its place
            raise TargetError("unreachable", str(self.root))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".",
                                                 suffix=PARTIAL)
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(data)
                    file.flush()
                    os.fsync(file.fileno())
                place(temporary, path)
            finally:
                Path(temporary).unlink(missing_ok=True)
        except FileExistsError:
            raise
        except OSError as error:
            raise TargetError("unreachable", str(error)) from error

    def remove(self, name: str) -> None:
        self.requests += 1
        try:
            self._path(name).unlink(missing_ok=True)
        except OSError as error:
            raise TargetError("unreachable", str(error)) from error

    def _path(self, name: str) -> Path:
        parts = name.split("/")
        if not name or any(part in ("", ".", "..") for part in parts):
            raise TargetError("refused", f"not a file name of the target: {name!r}")
        return self.root.joinpath(*parts)
