from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class PageMeta:
    """What the page says about itself, kept out of the speech text."""
    title: str | None = None
    date: str | None = None
    site: str | None = None
    url: str | None = None  # where the page was found (canonical link, og:url, MHT location)
    publication: str | None = None  # 来源：人民日报, or the paper of a credit line
    published: str | None = None  # the credit line's date (ISO), when the page has one
    page: str | None = None  # the credit line's 版次 (2 for 02 版)
    issue: str | None = None  # a journal's credit line's: 2024(3)
    ocr_pages: int = 0  # pages read through OCR
    # The characters OCR was unsure of, as (before, quote, after) in the order they came:
    # cleaning and splitting change the text, so each speech finds its own again.
    uncertain: list[tuple[str, str, str]] = field(default_factory=list)


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
    # Where it was published, for a reference to it: from the page (PageMeta) and its head.
    publication: str | None = None
    page: str | None = None
    url: str | None = None
    published: str | None = None
    doc_number: str | None = None  # 文号 of an official document: 国办发〔2023〕12号
    issue: str | None = None  # a journal's: 2024(3)
    # Read through OCR (a scan or a photo); the characters the engine was unsure of, as
    # (start, end) ranges of `text`.
    ocr: bool = False
    uncertain: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "speaker": self.speaker,
            "occasion": self.occasion,
            "date": self.date,
            "publication": self.publication,
            "page": self.page,
            "url": self.url,
            "published": self.published,
            "doc_number": self.doc_number,
            "issue": self.issue,
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
