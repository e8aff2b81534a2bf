from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class PageMeta:
    """What the page says about itself, kept out of the speech text."""
    title: str | None = None
    date: str | None = None
    site: str | None = None


@dataclass
class RawDocument:
    """A file read into lines of text, before cleaning."""
    text: str
    format: str
    encoding: str | None
    page: PageMeta = field(default_factory=PageMeta)


@dataclass
class OutlineEntry:
    """A heading (一、/（一）/1.) or an enumerated item (一是/第一，) of a speech.

    start..end spans the whole section in the speech text; title_end ends its title.
    parent is the index of the enclosing entry in the speech's outline list, or None.
    """
    level: int
    label: str
    title: str
    start: int
    end: int
    kind: str  # "heading", "item" or "notes" (a glossary or endnotes after the speech)
    parent: int | None = None


@dataclass
class Speech:
    position: int
    text: str
    title: str | None = None
    speaker: str | None = None
    occasion: str | None = None
    date: str | None = None
    outline: list[OutlineEntry] = field(default_factory=list)
    mentions: Any = None  # analysis.layers.extract.Mentions, once extracted
    search_text: str = ""  # tokens for the full-text index (analysis/language/tokens.py index_text)

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "speaker": self.speaker,
            "occasion": self.occasion,
            "date": self.date,
            "text": self.text,
            "outline": [asdict(entry) for entry in self.outline],
            **(self.mentions.to_dict() if self.mentions is not None else {}),
        }


@dataclass
class Analysis:
    file: str
    format: str
    encoding: str | None
    page: PageMeta
    speeches: list[Speech]

    def to_dict(self) -> dict:
        return {
            "file": self.file,
            "format": self.format,
            "encoding": self.encoding,
            "speeches": [speech.to_dict() for speech in self.speeches],
        }
