"""The words the analysis, the library and the window share: kinds of mention, directive
strengths, directions. Each is a StrEnum, so a member is the string stored and shown in JSON,
and a misspelt name fails where it is written instead of matching nothing."""
from __future__ import annotations

import sys
from enum import Enum

if sys.version_info >= (3, 11):
    from enum import StrEnum
else:  # pragma: no cover - Python 3.10
    class StrEnum(str, Enum):
        def __str__(self) -> str:
            return str(self.value)


class MentionKind(StrEnum):
    DIRECTIVE = "directive"
    FIGURE = "figure"
    DATE = "date"
    FORMULA = "formula"
    DOCUMENT = "document"

    @property
    def plural(self) -> str:
        """The key of this kind in `yandu analyze --json` (directives, figures…)."""
        return f"{self.value}s"


class Strength(StrEnum):
    """How strongly a directive instructs, strongest first."""
    PROHIBIT = "prohibit"
    MUST = "must"
    SHOULD = "should"
    HOPE = "hope"
    TASK = "task"  # a task of a work report's task part: a directive, drawn quietly


# The strengths a modal marker gives, strongest first (a task has none).
MARKER_STRENGTHS = (Strength.PROHIBIT, Strength.MUST, Strength.SHOULD, Strength.HOPE)


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"


__all__ = ["Direction", "MentionKind", "StrEnum", "Strength"]
