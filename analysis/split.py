"""Clean paragraphs → one chunk per speech.

A speech starts at a title line, after a closing (谢谢大家！), at an opening (同志们：, 今天…召开…
会议) once the current speech has a body, or where the top-level numbering restarts at 一、.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from analysis.markers import (
    SUBTITLE_LINE,
    cn_number,
    heading_at_start,
    is_closing,
    is_opening,
    is_title_line,
)
from analysis.metadata import date_line

MIN_BODY_BEFORE_OPENING = 200
MIN_SPEECH = 60


@dataclass
class Chunk:
    title: str | None = None
    date: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    top_number: int = 0  # the last 一、/二、… seen
    closed: bool = False

    @property
    def body_chars(self) -> int:
        return sum(len(p) for p in self.paragraphs)


def split(paragraphs: list[str]) -> list[Chunk]:
    chunks: list[Chunk] = [Chunk()]
    for paragraph in paragraphs:
        current = chunks[-1]
        if is_title_line(paragraph):
            title = paragraph.rstrip("。.")
            if (SUBTITLE_LINE.match(title) and current.paragraphs
                    and _is_main_title(current.paragraphs[-1])):
                title = current.paragraphs.pop() + title
            if current.paragraphs:
                chunks.append(Chunk(title=title))
            elif current.title is None:
                current.title = title
            # A repeat of the title (forum pages print it twice) adds nothing.
            continue
        if not current.paragraphs and current.title and current.date is None:
            is_date, iso = date_line(paragraph)
            if is_date:
                current.date = iso
                continue
        heading = heading_at_start(paragraph)
        restart = heading and heading[0] == 1 and cn_number(heading[1].group("num")) == 1
        if current.paragraphs and (
                current.closed
                or (is_opening(paragraph) and current.body_chars >= MIN_BODY_BEFORE_OPENING)):
            current = _start_new(chunks)
        elif restart and current.top_number >= 2:
            current = _start_new(chunks, _preamble(current))
        if heading and heading[0] == 1:
            current.top_number = cn_number(heading[1].group("num"))
        current.paragraphs.append(paragraph)
        if is_closing(paragraph):
            current.closed = True
    return _merge_scraps([c for c in chunks if c.paragraphs or c.title])


def _is_main_title(paragraph: str) -> bool:
    """A short slogan line above a ——在…上的讲话 subtitle: 坚定信心 攻坚克难."""
    return (len(paragraph) <= 30 and heading_at_start(paragraph) is None
            and not any(mark in paragraph for mark in "。！？；：:"))


def _start_new(chunks: list[Chunk], carried: list[str] | None = None) -> Chunk:
    chunks.append(Chunk(paragraphs=carried or []))
    return chunks[-1]


def _preamble(chunk: Chunk) -> list[str]:
    """Paragraphs after the last top-level section that open the next speech; moved to it."""
    last_top = max((i for i, p in enumerate(chunk.paragraphs)
                    if (h := heading_at_start(p)) and h[0] == 1), default=-1)
    for i in range(last_top + 1, len(chunk.paragraphs)):
        if is_opening(chunk.paragraphs[i]):
            carried = chunk.paragraphs[i:]
            del chunk.paragraphs[i:]
            return carried
    return []


def _merge_scraps(chunks: list[Chunk]) -> list[Chunk]:
    """An untitled scrap of a few characters belongs to the speech before it, or, at the top
    of the file, to the speech after it: nothing is dropped."""
    merged: list[Chunk] = []
    leading: list[str] = []
    for chunk in chunks:
        if chunk.title is None and len(chunk.paragraphs) <= 2 and chunk.body_chars < MIN_SPEECH:
            if merged:
                merged[-1].paragraphs.extend(chunk.paragraphs)
            else:
                leading.extend(chunk.paragraphs)
            continue
        chunk.paragraphs[:0] = leading
        leading = []
        merged.append(chunk)
    if leading:
        merged.append(Chunk(paragraphs=leading))
    return merged
