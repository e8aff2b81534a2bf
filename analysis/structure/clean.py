"""Raw text → clean paragraphs: whitespace normalised, furniture out, hard wraps repaired."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from analysis.layers.documents import OWN_NUMBER
from analysis.model import PageMeta
from analysis.rules import Decision
from analysis.structure import furniture
from analysis.structure.markers import (
    ITEM_PATTERNS,
    ORPHAN_LABEL,
    heading_at_start,
    is_opening,
    is_title_line,
)
from analysis.structure.run_on import restore
from analysis.structure.title_lines import (
    OCCASION_START,
    occasion_line,
    speaker_line,
    split_glued_title,
)

SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Zero-width characters, the controls XML cannot hold, bidirectional controls, noncharacters.
INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u061c"
                       r"\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]")
WIDE = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2026\u2014"
SPACE_BY_WIDE = re.compile(rf"(?<=[{WIDE}]) | (?=[{WIDE}])")
TERMINAL = re.compile(r"(?:[。！？!?；;：:…]|[。！？!?][”’」』)）])$")
FORUM_TAG = re.compile(r"^\[[^\]]{1,10}\]\s*")
WRAP_MIN = 25
VIEW = 100  # longer than any heading label or title line (markers.py)
LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")  # each line with its end, which _spaced drops
INDENT = re.compile(r"(?:\u3000|\s{2,}|\t)")
LABEL_VALUE = 16  # the longest value a page puts under its label line (a paper's name)


@dataclass(slots=True)
class Line:
    text: str
    indented: bool
    after_blank: bool


def clean(text: str, page: PageMeta | None = None,
          decisions: list[Decision] | None = None) -> tuple[list[str], PageMeta]:
    """Return the paragraphs of the body and what the page said about itself. `decisions`,
    when given, receives each line (or part of one) taken out, with the rule that did."""
    page = page or PageMeta()
    lines = _lines(text)
    lines = _drop_furniture(lines, page, decisions)
    return [piece for paragraph in _join_wrapped(lines)
            for piece in restore(paragraph, decisions)], page


def normalise(line: str) -> str:
    """Collapse spacing without touching a word: spaces next to Chinese carry no meaning."""
    return SPACE_BY_WIDE.sub("", _spaced(line))


def _spaced(line: str) -> str:
    return SPACES.sub(" ", INVISIBLE.sub("", line)).strip()


def _lines(text: str) -> Iterator[Line]:
    """One line at a time (a list of a million short lines takes 150 MB)."""
    blank = True
    for match in LINE.finditer(text):
        raw = match.group()
        spaced = _spaced(raw)
        if not spaced:
            blank = True
            continue
        indented = bool(INDENT.match(raw))
        yield Line(spaced, indented, blank)
        blank = False


def _drop_furniture(lines: Iterable[Line], page: PageMeta,
                    decisions: list[Decision] | None) -> Iterator[Line]:
    categories: set[str] = set()
    in_related = False
    in_licence = False
    after_label = False
    after_source = False  # the label alone was 来源：: its value is the publication

    def drop(rule_id: str, text: str) -> None:
        if decisions is not None:
            decisions.append(Decision(rule_id, -1, -1, text))

    for line in lines:
        text = line.text
        in_licence = in_licence or bool(furniture.LICENCE.match(text))
        if in_licence and len(text) <= furniture.LICENCE_LINE:
            drop(furniture.LICENCE_RULE, text)
            continue
        in_licence = False
        if after_label:
            after_label = False
            if len(text) <= LABEL_VALUE and not re.search(r"[。，！？；]", text):
                if after_source and not _read_journal(furniture.journal_named(text), page):
                    page.publication = page.publication or furniture.publication(text)
                drop(furniture.LABEL_VALUE, text)  # 四川日报 under 来源：
                continue
        if in_related:
            if len(text) <= furniture.SHORT and "。" not in text:
                drop(furniture.RELATED, text)
                continue
            in_related = False
        crumbs = furniture.breadcrumb(text)
        if crumbs:
            categories.update(crumbs[:-1])
            page.title = page.title or FORUM_TAG.sub("", crumbs[-1])
            drop(furniture.BREADCRUMB, text)
            continue
        closed_up = SPACE_BY_WIDE.sub("", text)
        if furniture.RELATED_HEAD.match(closed_up):
            in_related = True
            drop(furniture.RELATED, text)
            continue
        if furniture.LABEL_ALONE.match(closed_up):
            after_label = True
            after_source = closed_up.lstrip("【").startswith(furniture.SOURCE_LABELS)
            drop(furniture.LABEL_VALUE, text)
            continue
        tools = furniture.TOOLBAR_BITS.sub("", text).strip()
        if tools != text:  # …来源：某某县融媒体中心 【字体：大 中 小】 分享到：
            drop(furniture.TOOLS, text)
            if not tools:
                continue
            text = tools
        # Furniture is recognised with its spaces, which separate the words of a nav bar.
        family = furniture.furniture_rule(text)
        if family:
            page.date = page.date or furniture.page_date(text)
            page.site = page.site or furniture.page_site(text)
            _read_journal(furniture.journal_named(text), page)
            page.publication = page.publication or furniture.source_named(text)
            page.url = page.url or furniture.link_named(text)
            drop(family, text)
            continue
        text = closed_up
        if text in categories:
            drop(furniture.CATEGORY, text)
            continue
        tagged = FORUM_TAG.match(text)
        if tagged and is_title_line(text[tagged.end():]):
            text = text[tagged.end():]
        for number, piece in enumerate(split_glued_title(text)):
            _read_paper_line(piece, page)
            piece = furniture.strip_press(piece, decisions)
            if piece and furniture.BYLINE.match(piece):
                drop(furniture.BYLINE_RULE, piece)
            elif piece:
                yield Line(piece, line.indented, line.after_blank or number > 0)


def _read_paper_line(paragraph: str, page: PageMeta) -> None:
    """A newspaper's or a journal's credit line names where the text was printed: it stands
    before a 来源： line's name, and the first one found counts."""
    if "期" in paragraph:
        _read_journal(furniture.journal_credited(paragraph), page)
    if "版" not in paragraph or page.page is not None:
        return
    credit = furniture.paper_line(paragraph)
    if credit is not None:
        page.publication, page.published, page.page = credit


def _read_journal(credit: tuple[str, str] | None, page: PageMeta) -> bool:
    """The journal and issue a credit names, unless an issue was read before: was it?"""
    if credit is None or page.issue is not None:
        return False
    page.publication, page.issue = credit
    return True


def _join_wrapped(lines: Iterable[Line]) -> list[str]:
    paragraphs: list[str] = []
    pieces: list[str] = []  # of the paragraph being joined: adding to a string is quadratic
    view = ""  # that paragraph, or its first and last VIEW characters: all _wrapped looks at
    for line in lines:
        if pieces and (ORPHAN_LABEL.match(view) or _broken_head_line(view, line.text) or (
                not line.after_blank and not line.indented and _wrapped(view, line.text))):
            pieces.append(line.text)
            view += line.text
            if len(view) > 2 * VIEW:
                view = view[:VIEW] + view[-VIEW:]
            continue
        if pieces:
            paragraphs.append("".join(pieces))
        pieces, view = [line.text], line.text
    if pieces:
        paragraphs.append("".join(pieces))
    return paragraphs


def _broken_head_line(last: str, following: str) -> bool:
    """A title or a speaker's line set in two lines, whatever the spacing: 政府工作报⏎告,
    国务院总理⏎　李克强."""
    if len(last) >= WRAP_MIN or TERMINAL.search(last) or is_title_line(last) \
            or OWN_NUMBER.fullmatch(last.strip()):
        return False
    joined = last + following
    return is_title_line(joined) or (bool(speaker_line(joined)) and not speaker_line(following)
                                     and not speaker_line(last))


def _wrapped(last: str, following: str) -> bool:
    """Does `last` end mid-sentence, continued by `following`?"""
    if TERMINAL.search(last) or heading_at_start(last) or is_title_line(last):
        return False
    if OCCASION_START.match(last):  # an occasion line wrapped in two
        return bool(occasion_line(last + following))
    if len(last) < WRAP_MIN and not re.search(r"[。；;！？]", last):
        return False
    if heading_at_start(following) or is_title_line(following) or is_opening(following):
        return False
    # A title's own lines: the occasion under it, the speaker under that.
    if occasion_line(last) or occasion_line(following) or speaker_line(following):
        return False
    return not any(pattern.match(following) for _, pattern in ITEM_PATTERNS)
