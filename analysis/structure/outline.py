"""The outline of a speech: headings (一、/（一）/1./（1）) and enumerated items, nested.

A heading closes every open heading of its rank or below and every item. An item closes the
open item of its own list and what is nested in it; a list opened inside an item nests under
it. Items live in their own paragraphs: a plain paragraph closes them.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from analysis.language.numerals import CN_COUNT
from analysis.model import OutlineEntry
from analysis.structure.markers import ITEM_BOUNDARY, ITEM_PATTERNS, cn_number, heading_at_start

TITLE_END = re.compile(r"[。！？!?；;：:]")
# A section numeral alone on its line (一, 二), as books set a speech's parts: a heading whose
# title is the opening of the paragraph under it.
LONE_NUMERAL = re.compile(rf"^{CN_COUNT}$")
LONE_TITLE = 20
# A glossary or endnotes after the speech (名词解释, 注：): kept, but marked as notes, whatever
# is numbered inside them.
NOTES = re.compile(r"^(?:名词解释|名词注释|注释|附注|注)[：:]?$")
MAX_TITLE = 80
ITEM_RANK = 9


@dataclass
class _Marker:
    start: int
    label: str
    family: str
    rank: int
    number: int
    notes: bool = False

    @property
    def kind(self) -> str:
        if self.notes:
            return "notes"
        return "item" if self.rank == ITEM_RANK else "heading"


class _Builder:
    def __init__(self, text: str):
        self.text = text
        self.entries: list[OutlineEntry] = []
        self.markers: list[_Marker] = []
        self.stack: list[int] = []  # indices of open entries, outermost first

    def close_while(self, keep_open: Callable[[_Marker], bool], at: int) -> None:
        while self.stack and not keep_open(self.markers[self.stack[-1]]):
            self.entries[self.stack.pop()].end = at

    def add(self, marker: _Marker) -> None:
        if marker.notes:
            self.close_while(lambda open_: False, marker.start)
        elif marker.kind == "heading":
            self.close_while(lambda open_: open_.kind != "item" and open_.rank < marker.rank,
                             marker.start)
        else:
            self._close_for_item(marker)
        self.entries.append(OutlineEntry(
            level=len(self.stack) + 1, label=marker.label, title=_title(self.text, marker),
            start=marker.start, end=len(self.text), kind=marker.kind,
            parent=self.stack[-1] if self.stack else None))
        self.markers.append(marker)
        self.stack.append(len(self.entries) - 1)

    def _close_for_item(self, marker: _Marker) -> None:
        same = [depth for depth, index in enumerate(self.stack)
                if self.markers[index].family == marker.family]
        if same:
            keep = same[-1]
            while len(self.stack) > keep:
                self.entries[self.stack.pop()].end = marker.start

    def close_items(self, at: int) -> None:
        self.close_while(lambda open_: open_.kind != "item", at)


def build_outline(text: str) -> list[OutlineEntry]:
    builder = _Builder(text)
    offset = 0
    for paragraph in text.split("\n"):
        heading = heading_at_start(paragraph)
        items_from = 0
        if NOTES.match(paragraph):
            builder.add(_Marker(offset, paragraph, "notes", 0, 0, notes=True))
        elif LONE_NUMERAL.match(paragraph):
            builder.add(_Marker(offset, paragraph, "h1", 1, cn_number(paragraph)))
        elif heading:
            rank, match = heading
            builder.add(_Marker(offset, match.group("label"), f"h{rank}", rank,
                                cn_number(match.group("num"))))
            items_from = match.end()
        items = _items(paragraph, offset, items_from)
        if not heading and not (items and items[0].start == offset):
            builder.close_items(offset)
        for item in items:
            builder.add(item)
        offset += len(paragraph) + 1
    for entry in builder.entries:
        while entry.end > entry.start and text[entry.end - 1].isspace():
            entry.end -= 1
    return builder.entries


def _title(text: str, marker: _Marker) -> str:
    body_start = marker.start + len(marker.label)
    if text.startswith("\n", body_start):  # a lone numeral: the next paragraph's opening
        stop = TITLE_END.search(text, body_start + 1)
        opening = text[body_start + 1:stop.start() if stop else len(text)]
        return opening if len(opening) <= LONE_TITLE else opening[:LONE_TITLE] + "…"
    line_end = text.find("\n", body_start)
    line_end = len(text) if line_end < 0 else line_end
    stop = TITLE_END.search(text, body_start, line_end)
    title = text[body_start:stop.start() if stop else line_end].strip()
    return title if len(title) <= MAX_TITLE else title[:MAX_TITLE] + "…"


def _items(paragraph: str, offset: int, start: int) -> list[_Marker]:
    found: list[_Marker] = []
    for family, pattern in ITEM_PATTERNS:
        for match in pattern.finditer(paragraph, start):
            at = match.start()
            if at > 0 and at != start and paragraph[at - 1] not in ITEM_BOUNDARY:
                continue
            found.append(_Marker(offset + at, match.group("label"), family, ITEM_RANK,
                                 cn_number(match.group("num"))))
    found.sort(key=lambda m: m.start)
    return found
