"""Where synced files live: a folder or a WebDAV collection, seen as a flat set of named files.

Each device only ever adds files of its own (named by device and sequence) and removes only
its own, so tools that copy folders between machines never make conflict copies."""
from __future__ import annotations

from typing import Protocol


class TargetError(Exception):
    """The target cannot be reached or refused a request, as a fact: `reason` is one of
    "unreachable", "refused", "not-found", "insecure", "busy"; `detail` says more."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}" + (f" ({detail})" if detail else ""))
        self.reason, self.detail = reason, detail


class Target(Protocol):
    """A sync target. Names are relative paths with "/" separators (`updates/DEVICE/000012`)."""

    @property
    def requests(self) -> int:
        """Requests made so far (a WebDAV server counts them against a quota)."""

    def names(self, folder: str = "") -> list[str]:
        """Every file's name under `folder` (recursively), in no particular order."""

    def read(self, name: str) -> bytes:
        """The file's bytes; TargetError("not-found") if it is not there."""

    def write(self, name: str, data: bytes) -> None:
        """Create or replace the file, whole: a reader never sees half of it."""

    def create(self, name: str, data: bytes) -> bool:
        """Write the file only if there is none by that name: whether it was written. Two
        devices creating it at once: one wins, the other is told."""

    def remove(self, name: str) -> None:
        """Remove the file if it is there."""
