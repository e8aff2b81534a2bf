"""Clean paragraphs → one chunk per speech.

A speech starts at a title line, after a closing (谢谢大家！), at an opening (同志们：, 今天…召开…
会议) once the current speech has a body, or where the top-level numbering restarts at 一、.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.structure.fingerprint import NOT_LETTER_OR_NUMBER
from analysis.structure.markers import (
    SUBTITLE_LINE,
    cn_number,
    heading_at_start,
    is_closing,
    is_opening,
    is_title_line,
)
from analysis.structure.metadata import date_line
from analysis.structure.title_lines import is_name, occasion_line, speaker_line

# 附件1 / 附件 / 附： on a line of its own: an annex of the speech (a list of projects, a
# glossary), numbered afresh but part of it.
ANNEX = re.compile(r"^(?:附件\s*[0-9一二三四五六七八九十]*|附[:：]"
                   r"|附录[0-9一二三四五六七八九十]*)$")
# 主要措施有以下几项：⏎一、… a list announced by the paragraph before it, numbered afresh
# inside the speech's own part.
LEAD_IN = re.compile(r"[：:]$")
# 全面提高依法防控依法治理能力※: a title in a collection, marked for the note on its source.
FOOTNOTE = "※"
FOOTNOTED_TITLE = re.compile(rf"^[^。！？；，,：:]{{4,60}}{FOOTNOTE}$")
MIN_BODY_BEFORE_OPENING = 200
ECHO_MIN = 20  # letters of a last paragraph that repeats the opening, to be taken for an echo
MIN_SPEECH = 60
OPENING_PARAGRAPHS = 3
OCCASION_IN_OPENING = re.compile(
    r"^(?:[^。]{0,20}[：:])?(?:今天|今天上午|今天下午|今晚|这次|此次|本次)[，,]?[^。]{0,30}?"
    r"(?:召开|举行|召集)(?:了)?(?:这次|这个|此次)?"
    r"(?P<occasion>[^，,。、；“”]{2,30}?(?:工作会议|会议|大会|座谈会|推进会|动员会|部署会|调度会"
    r"|现场会|培训班|论坛|报告会|交流会|协调会))")


CLOSING_LINES = 4  # the last lines of a speech where its date may stand alone


@dataclass
class Chunk:
    title: str | None = None
    date: str | None = None
    speaker: str | None = None  # from a line of its own under the title (浙江省省长 刘捷)
    occasion: str | None = None  # from a line under the title (2026年1月14日在…会议上)
    paragraphs: list[str] = field(default_factory=list)
    top_number: int = 0  # the last 一、/二、… seen
    closed: bool = False
    annexed: bool = False  # past an annex line (附件1): what follows belongs to the speech

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
        if not current.paragraphs and current.title is None and FOOTNOTED_TITLE.match(paragraph):
            current.title = paragraph.rstrip(FOOTNOTE)  # a book's title carries its source note
            continue
        if not current.paragraphs and current.title and _read_head_line(current, paragraph):
            continue
        heading = heading_at_start(paragraph)
        restart = heading and heading[0] == 1 and cn_number(heading[1].group("num")) == 1
        if current.paragraphs and (
                current.closed
                or (is_opening(paragraph) and current.body_chars >= MIN_BODY_BEFORE_OPENING)):
            current = _start_new(chunks)
        elif restart and current.top_number >= 2 and not current.annexed \
                and not LEAD_IN.search(current.paragraphs[-1] if current.paragraphs else ""):
            current = _start_new(chunks, _preamble(current))
        if heading and heading[0] == 1:
            current.top_number = cn_number(heading[1].group("num"))
        current.paragraphs.append(paragraph)
        current.annexed = current.annexed or bool(ANNEX.match(paragraph))
        if is_closing(paragraph):
            current.closed = True
    chunks = _merge_scraps([c for c in chunks if c.paragraphs or c.title])
    for chunk in chunks:
        if chunk.title is None:
            _title_from_occasion(chunk)
        if chunk.date is None:
            chunk.date = _closing_date(chunk)
    return _drop_repeats(chunks)


def _closing_date(chunk: Chunk) -> str | None:
    """An official document is dated at its foot (成文日期), on a line of its own under the
    issuing body, before any 抄送 or 印发 lines: the date of one of its last lines that is
    only a date."""
    for paragraph in reversed(chunk.paragraphs[-CLOSING_LINES:]):
        is_date, iso = date_line(paragraph.strip())
        if is_date:
            return iso
    return None


def _read_head_line(chunk: Chunk, line: str) -> bool:
    """Take a line under the title that gives the date, occasion or speaker into the chunk."""
    if chunk.date is None:
        is_date, iso = date_line(line)
        if is_date:
            chunk.date = iso
            return True
    occasion = occasion_line(line) if chunk.occasion is None else None
    if occasion:
        chunk.occasion, date = occasion
        chunk.date = chunk.date or date
        return True
    if chunk.speaker is None:
        speaker = speaker_line(line) or (line if is_name(line) else None)
        if speaker:
            chunk.speaker = speaker
            return True
    return False


def _title_from_occasion(chunk: Chunk) -> None:
    """An untitled speech that opens with its occasion (今天召开全县应急管理工作会议) is titled
    from it: 在全县应急管理工作会议上的讲话."""
    for paragraph in chunk.paragraphs[:OPENING_PARAGRAPHS]:
        match = OCCASION_IN_OPENING.search(paragraph)
        if match:
            chunk.occasion = chunk.occasion or match.group("occasion")
            chunk.title = f"在{match.group('occasion')}上的讲话"
            return


def _drop_repeats(chunks: list[Chunk]) -> list[Chunk]:
    """A scrap that repeats text already read (a page's teaser of its own first lines, printed
    again under the article) is not another speech."""
    kept: list[Chunk] = []
    for chunk in chunks:
        # Only a scrap is looked for in what came before: a collection of a thousand speeches
        # is not searched a thousand times.
        if kept and 0 < chunk.body_chars < MIN_SPEECH:
            text = "".join(chunk.paragraphs)
            if any(text in "".join(before.paragraphs) for before in kept):
                continue
        _drop_echo(chunk)
        kept.append(chunk)
    return kept


def _drop_echo(chunk: Chunk) -> None:
    """A page that prints the opening of its speech again at the end (a teaser for the
    article, under it): the last paragraphs repeating the first ones go."""
    opening = _letters("".join(chunk.paragraphs[:OPENING_PARAGRAPHS]))
    while len(chunk.paragraphs) > OPENING_PARAGRAPHS:
        last = _letters(chunk.paragraphs[-1])
        if len(last) < ECHO_MIN or last not in opening:
            return
        chunk.paragraphs.pop()


def _letters(text: str) -> str:
    # Not joined a character at a time: each would be an object of its own until joined (80
    # bytes a character: 400 MB for a paragraph of 5 M).
    return NOT_LETTER_OR_NUMBER.sub("", text)


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
                if "".join(chunk.paragraphs) not in "".join(merged[-1].paragraphs):
                    merged[-1].paragraphs.extend(chunk.paragraphs)  # a repeat adds nothing
            else:
                leading.extend(chunk.paragraphs)
            continue
        chunk.paragraphs[:0] = leading
        leading = []
        merged.append(chunk)
    if leading:
        merged.append(Chunk(paragraphs=leading))
    return merged
