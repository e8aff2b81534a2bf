"""Text for a terminal: lined up where a Chinese character takes two columns, and the words
every command shares."""
from __future__ import annotations

import unicodedata

from desktop.common.catalogue import _


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int, right: bool = False) -> str:
    """`text` padded with spaces to `columns` columns, on the left when `right`."""
    padding = " " * max(columns - width(text), 0)
    return padding + text if right else text + padding


def untitled() -> str:
    return _("(untitled)")
