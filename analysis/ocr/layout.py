"""A scanned page's lines in the order a reader follows: page furniture dropped (running
headers and footers, page numbers, the red masthead of a 红头文件), two columns read one after
the other, and lines joined into paragraphs. Each character keeps the engine's confidence."""
from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from analysis.ocr.engine import Line

# Gaps the engine reads between characters are not in the printed text, but between two
# Latin words.
_SPACE = re.compile(r"(?<![A-Za-z])\s+|\s+(?![A-Za-z])")
PAGE_NUMBER = re.compile(r"^[-—–－一~\s]*(\d{1,4})[-—–－一~\s]*$"
                         r"|^第\s*\d{1,4}\s*页(\s*[/，,]?\s*共\s*\d{1,4}\s*页)?$"
                         r"|^\d{1,4}\s*/\s*\d{1,4}$")
# The engine reads a full-width bracket or colon of Chinese text as its half-width twin.
_HALF = str.maketrans("(),:;?!", "（），：；？！")
_CJK = re.compile(r"[\u3400-\u9fff]")
_BETWEEN_DIGITS = re.compile(r"(?<=\d)[,:](?=\d)")  # 3,600 and 9:30 stay as they are
MARGIN = 0.1  # the top and bottom tenth of a page hold headers, footers and page numbers
RED = 0.25  # redness of red ink (engine.redness)
MASTHEAD_SCALE = 1.4  # a masthead's type is at least this much larger than the text's


@dataclass
class Paragraph:
    page: int = 0  # the page it begins on
    text: str = ""
    confidences: list[float] = field(default_factory=list)

    def add(self, line: Line) -> None:
        self.text += line.text
        self.confidences += line.chars


@dataclass
class Page:
    lines: list[Line]
    width: int
    height: int
    number: int = 0  # its position in the file


def paragraphs(pages: list[Page]) -> list[Paragraph]:
    """The text of the pages, one paragraph after another."""
    for page in pages:
        page.lines = [line for line in map(tidy, page.lines) if line.text]
    drop_furniture(pages)
    whole = _frame([line for page in pages for line in page.lines])
    gutters = [_gutter(page.lines, page.width) for page in pages]
    result: list[Paragraph] = []
    open_paragraph: Paragraph | None = None
    for page, gutter in zip(pages, gutters, strict=True):
        runs = reading_order(page, gutter if gutter is not None else _gutter_of_others(
            page, [found for found in gutters if found is not None]))
        for run in runs:
            # A column has margins of its own; a page of one column those of all the pages
            # (its last page may hold two lines).
            frame = _frame(run) if len(runs) > 1 and len(run) >= 3 else whole
            open_paragraph = _join(run, frame, page.number, result, open_paragraph)
    return [paragraph for paragraph in result if paragraph.text]


def tidy(line: Line) -> Line:
    """The line without the spaces the engine read between characters."""
    removed = {position for match in _SPACE.finditer(line.text)
               for position in range(match.start(), match.end())}
    kept = [position for position in range(len(line.text)) if position not in removed]
    text = _full_width("".join(line.text[position] for position in kept))
    chars = [line.chars[position] if position < len(line.chars) else line.confidence
             for position in kept]
    xs = [line.xs[position] for position in kept] if len(line.xs) == len(line.text) else []
    return Line(line.box, text, line.confidence, chars, line.redness, xs)


def _full_width(text: str) -> str:
    """Half-width punctuation of a Chinese line as the full-width it was printed in."""
    if not _CJK.search(text):
        return text
    kept = {match.start() for match in _BETWEEN_DIGITS.finditer(text)}
    return "".join(char if position in kept else char.translate(_HALF)
                   for position, char in enumerate(text))


def body_height(lines: list[Line]) -> float:
    return statistics.median(line.height for line in lines) if lines else 0.0


def drop_furniture(pages: list[Page]) -> None:
    repeated = _repeated_margin_lines(pages)
    for page in pages:
        height = body_height(page.lines)
        page.lines = [line for line in page.lines
                      if not _is_furniture(line, page, height, repeated)]


def _in_margin(line: Line, page: Page) -> bool:
    return line.bottom < page.height * MARGIN or line.top > page.height * (1 - MARGIN)


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", text)


def _repeated_margin_lines(pages: list[Page]) -> set[str]:
    """Texts (digits aside) in the margins of more than one page: running heads and feet."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({_key(line.text) for line in page.lines if _in_margin(line, page)})
    return {text for text, count in seen.items() if count >= 2}


def _is_furniture(line: Line, page: Page, height: float, repeated: set[str]) -> bool:
    if _in_margin(line, page):
        if PAGE_NUMBER.match(line.text) or _key(line.text) in repeated:
            return True
        if line.height < 0.8 * height and line.bottom < page.height * MARGIN:
            return True  # a running head in small type above the text, on a single page
    return line.redness > RED and line.height > MASTHEAD_SCALE * height


def reading_order(page: Page, gutter: float | None) -> list[list[Line]]:
    """The page's lines as runs a reader reads top to bottom: a one-column page is one run;
    a two-column page gives, for each band between lines that span both columns, the left
    column and then the right."""
    lines = sorted(page.lines, key=lambda line: (line.top, line.left))
    if gutter is None:
        return [_rows(lines)]
    size = body_height(lines)
    runs: list[list[Line]] = []
    band: list[Line] = []
    for line in (piece for whole in lines for piece in _split_at(whole, gutter)):
        # A title across the page spans both columns; a comma may hang into the gutter.
        if line.left < gutter - size and line.right > gutter + size:
            runs += _columns(band, gutter)
            runs.append([line])
            band = []
        else:
            band.append(line)
    runs += _columns(band, gutter)
    return [_rows(run) for run in runs if run]


def _split_at(line: Line, gutter: float) -> list[Line]:
    """A line the engine read across the gutter as two lines, one of each column: where the
    gap between two characters at the gutter is wider than any other in the line. A title
    across both columns, evenly spaced, stays whole."""
    xs = line.xs
    if not line.left < gutter < line.right or len(xs) != len(line.text) or len(xs) < 4:
        return [line]
    cut = next((n for n in range(1, len(xs)) if xs[n - 1] < gutter <= xs[n]), None)
    if cut is None:
        return [line]
    gaps = [xs[n] - xs[n - 1] for n in range(1, len(xs))]
    if gaps[cut - 1] < 1.5 * sorted(gaps)[len(gaps) // 2]:
        return [line]
    top, bottom = line.top, line.bottom
    half = sorted(gaps)[len(gaps) // 2] / 2
    end, start = min(xs[cut - 1] + half, gutter), max(xs[cut] - half, gutter)
    return [Line([(line.left, top), (end, top), (end, bottom), (line.left, bottom)],
                 line.text[:cut], line.confidence, line.chars[:cut], line.redness, xs[:cut]),
            Line([(start, top), (line.right, top), (line.right, bottom), (start, bottom)],
                 line.text[cut:], line.confidence, line.chars[cut:], line.redness, xs[cut:])]


def _columns(band: list[Line], gutter: float) -> list[list[Line]]:
    return [[line for line in band if line.left < gutter],
            [line for line in band if line.left >= gutter]]


def _gutter(lines: list[Line], width: int) -> float | None:
    """The x of an empty vertical strip in the middle third of the page with several lines
    on each side of it, or None for a page of one column. Empty of characters, not of
    boxes: across a narrow gutter the engine may take two lines facing each other for one."""
    if len(lines) < 6:
        return None
    inks = [_ink(line) for line in lines]
    step = max(1, width // 200)
    empty: dict[float, int] = {}  # x → lines crossing it
    for x in range(width // 3, 2 * width // 3, step):
        crossing = sum(1 for ink in inks if any(start < x < end for start, end in ink))
        if crossing <= max(1, len(lines) // 20):
            left = sum(1 for ink in inks if ink[0][0] < x)
            right = sum(1 for ink in inks if ink[-1][1] > x)
            if left >= 3 and right >= 3:
                empty[float(x)] = crossing
    if not empty:
        return None
    fewest = min(empty.values())
    return statistics.median(x for x, crossing in empty.items() if crossing == fewest)


def _ink(line: Line) -> list[tuple[float, float]]:
    """The stretches of a line that hold characters, left to right: each character is as
    wide as the line's usual step from one to the next."""
    xs = line.xs
    if len(xs) < 2 or len(xs) != len(line.text):
        return [(line.left, line.right)]
    steps = sorted(after - before for before, after in itertools.pairwise(xs))
    half = steps[len(steps) // 2] / 2
    spans = [(xs[0] - half, xs[0] + half)]
    for x in xs[1:]:
        if x - half <= spans[-1][1]:
            spans[-1] = (spans[-1][0], x + half)
        else:
            spans.append((x - half, x + half))
    return spans


def _gutter_of_others(page: Page, gutters: list[float]) -> float | None:
    """The gutter the other pages have, when it is empty on this one too: the last page of
    a two-column document may hold too few lines to show its own."""
    if not gutters:
        return None
    gutter = statistics.median(gutters)
    crossing = sum(1 for line in page.lines if line.left < gutter < line.right)
    right = sum(1 for line in page.lines if line.left >= gutter)
    return gutter if crossing <= 1 and right >= 1 else None


def _rows(lines: list[Line]) -> list[Line]:
    """Top to bottom; pieces of one printed line (the engine may cut one in two) joined
    left to right."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda line: (line.top + line.bottom) / 2):
        last = rows[-1][-1] if rows else None
        middle = (line.top + line.bottom) / 2
        if last is not None and last.top < middle < last.bottom:
            rows[-1].append(line)
        else:
            rows.append([line])
    return [_merge(sorted(row, key=lambda line: line.left)) for row in rows]


def _merge(row: list[Line]) -> Line:
    if len(row) == 1:
        return row[0]
    box = [(row[0].left, min(line.top for line in row)),
           (row[-1].right, min(line.top for line in row)),
           (row[-1].right, max(line.bottom for line in row)),
           (row[0].left, max(line.bottom for line in row))]
    return Line(box, "".join(line.text for line in row),
                min(line.confidence for line in row),
                [char for line in row for char in line.chars],
                max(line.redness for line in row), [x for line in row for x in line.xs])


def _frame(lines: list[Line]) -> tuple[float, float, float]:
    """The left and right margins of the text, and its type's size."""
    if not lines:
        return 0.0, 0.0, 0.0
    return (_percentile([line.left for line in lines], 0.1),
            _percentile([line.right for line in lines], 0.9), body_height(lines))


def _join(column: list[Line], frame: tuple[float, float, float], number: int,
          result: list[Paragraph], open_paragraph: Paragraph | None) -> Paragraph | None:
    """Add a column's lines to the paragraphs: a line continues the open paragraph unless it
    is indented or centred; a line that stops short of the right margin ends its paragraph.
    Returns the paragraph still open at the column's foot (it may go on in the next)."""
    left, right, size = frame
    for line in column:
        indented = line.left > left + 1.2 * size
        if open_paragraph is None or indented:
            open_paragraph = Paragraph(number)
            result.append(open_paragraph)
        open_paragraph.add(line)
        if line.right < right - 1.5 * size:  # a short line ends its paragraph
            open_paragraph = None
    return open_paragraph


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]
