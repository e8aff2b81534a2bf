"""A file of highlights to read back (a W3C Web Annotation export, ours or another tool's),
checked whole before anything is written: every item becomes an Incoming highlight or a
reason it is refused, by type, range and size. Nothing here touches the library."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import NoReturn

from analysis.language.characters import safe
from db.errors import NotAnExport
from db.reasons import AnnotationReason, ExportProblem, RefusedItem
from db.records import AnnotationProblem

MAX_FILE = 200 * 2**20  # characters
MAX_QUOTE = 200_000
MAX_CONTEXT = 10_000
MAX_NOTE = 200_000
MAX_TAG = 200
MAX_TAGS = 100
MAX_OFFSET = 10**9
COLOURS = ("yellow", "green", "blue", "pink", "orange")
AUTOMATIC = ("directive", "figure")


@dataclass
class Incoming:
    """One highlight of the file, checked: where to look for it and what it carries."""
    number: int  # its place in the file, from 1
    source: str
    title: str
    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int = 0
    note: str = ""
    tags: list[str] = field(default_factory=list)
    color: str = "yellow"
    created: datetime | None = None


@dataclass
class Checked:
    highlights: list[Incoming] = field(default_factory=list)
    problems: list[AnnotationProblem] = field(default_factory=list)
    automatic: int = 0  # automatic directives and figures: found again, never read back


class Refused(ValueError):
    """`reason`: what is wrong with an item, a code messages.py words."""


def read(document: str) -> Checked:
    """The items of `document`, or NotAnExport when it is not such a file at all."""
    if len(document) > MAX_FILE:
        raise NotAnExport(ExportProblem.TOO_LARGE, str(len(document)))
    try:
        data = json.loads(document, parse_constant=_no_constant)
    except RecursionError:
        raise NotAnExport(ExportProblem.TOO_DEEP) from None
    except (json.JSONDecodeError, ValueError) as error:
        raise NotAnExport(ExportProblem.NOT_JSON, str(error)) from None
    if isinstance(data, dict):  # a collection: its first page, or its items (before 0.2)
        page = data.get("first")
        items = page.get("items") if isinstance(page, dict) else data.get("items")
    else:
        items = data
    if not isinstance(items, list):
        raise NotAnExport(ExportProblem.NO_ITEMS)
    checked = Checked()
    for number, item in enumerate(items, start=1):
        if isinstance(item, dict) and (item.get("yandu:automatic") is True
                                       or item.get("yandu:kind") in AUTOMATIC):
            checked.automatic += 1
            continue
        try:
            checked.highlights.append(_highlight(number, item))
        except Refused as refused:
            checked.problems.append(AnnotationProblem(number, AnnotationReason.REFUSED,
                                                      str(refused)))
    return checked


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a JSON number")  # NaN, Infinity, -Infinity


def _highlight(number: int, item: object) -> Incoming:
    if not isinstance(item, dict):
        raise Refused(RefusedItem.NOT_AN_OBJECT)
    target = item.get("target")
    if isinstance(target, list) and len(target) == 1:  # a target may be given as a list
        target = target[0]
    if not isinstance(target, dict):
        raise Refused(RefusedItem.NO_TARGET)
    selectors = target.get("selector")
    selectors = [selectors] if isinstance(selectors, dict) else selectors
    if not isinstance(selectors, list) or not all(isinstance(s, dict) for s in selectors):
        raise Refused(RefusedItem.NO_SELECTOR)
    by_type = {s.get("type"): s for s in selectors}
    quote = by_type.get("TextQuoteSelector")
    if quote is None:
        raise Refused(RefusedItem.NO_QUOTE)
    exact = _text(quote.get("exact"), RefusedItem.NO_QUOTE, MAX_QUOTE)
    if not exact.strip():
        raise Refused(RefusedItem.NO_QUOTE)
    position = by_type.get("TextPositionSelector", {})
    start = position.get("start", 0)
    if isinstance(start, float) and start.is_integer():  # 5.0; never inf or nan
        start = int(start)
    if isinstance(start, bool) or not isinstance(start, int) or not 0 <= start <= MAX_OFFSET:
        raise Refused(RefusedItem.BAD_POSITION)
    bodies = item.get("body", [])
    bodies = [bodies] if isinstance(bodies, dict) else bodies
    if not isinstance(bodies, list) or not all(isinstance(b, dict) for b in bodies):
        raise Refused(RefusedItem.BAD_BODY)
    notes = [_text(b.get("value"), RefusedItem.BAD_NOTE, MAX_NOTE) for b in bodies
             if b.get("purpose") == "commenting"]
    tags = [_text(b.get("value"), RefusedItem.BAD_TAG, MAX_TAG).strip() for b in bodies
            if b.get("purpose") == "tagging"]
    if any(not tag for tag in tags) or len(tags) > MAX_TAGS:
        raise Refused(RefusedItem.BAD_TAG)
    color = item.get("yandu:color", "yellow")
    if color not in COLOURS:
        raise Refused(RefusedItem.BAD_COLOUR)
    return Incoming(number, source=_text(target.get("source", ""), RefusedItem.NO_TARGET, 1000),
                    title=_text(target.get("yandu:title") or "", RefusedItem.NO_TARGET, 1000),
                    exact=exact,
                    prefix=_text(quote.get("prefix", ""), RefusedItem.NO_QUOTE, MAX_CONTEXT),
                    suffix=_text(quote.get("suffix", ""), RefusedItem.NO_QUOTE, MAX_CONTEXT),
                    start=start, note="\n".join(notes), tags=list(dict.fromkeys(tags)),
                    color=color, created=_when(item.get("created")))


def _text(value: object, reason: RefusedItem, limit: int) -> str:
    """A text of the file, without the characters no text of Yandu's holds."""
    if not isinstance(value, str) or len(value) > limit:
        raise Refused(reason)
    return safe(value)


def _when(value: object) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise Refused(RefusedItem.BAD_TIME)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        # Stored as the machine's local time, as the library stores its own (year 1 or 9999
        # with an offset falls outside what a datetime holds).
        return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
    except (ValueError, OverflowError):
        raise Refused(RefusedItem.BAD_TIME) from None
