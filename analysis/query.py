"""The search box's query language, parsed without ever failing:

    隐患 排查            both words, anywhere in the speech
    "主体责任"  “三同时”   an exact phrase (ASCII or Chinese quotes)
    -演练  NOT 演练       speeches without the word
    事故 OR 隐患          either word
    speaker:李  tag:安全  kind:directive|figure|annotation  date:2016..2018

Whatever cannot be used (a lone OR, an unknown kind, a bad date) is left out and recorded in
`Query.notes`, as facts for the desktop to explain."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.vocabulary import StrEnum

KINDS = ("directive", "figure", "annotation")
FIELDS = ("speaker", "tag", "kind", "date")
QUOTES = {'"': '"', "“": "”", "”": "”", "「": "」"}
# Bounds that keep every search quick: a longer query is cut, more terms are left out (each
# term is one more pass of the index and of every matching text).
MAX_CHARS = 1000
MAX_TERMS = 30
DATE = re.compile(r"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?")
SPACE = re.compile(r"[\s\u3000]+")


class NoteCode(StrEnum):
    """What a Note says was left out of a query or read otherwise than written."""
    UNCLOSED_QUOTE = "unclosed-quote"
    LONE_OR = "lone-or"
    CANNOT_EXCLUDE = "cannot-exclude"  # subject: the filter
    UNKNOWN_KIND = "unknown-kind"  # subject: the kind
    BAD_DATE = "bad-date"  # subject: the value
    TOO_LONG = "too-long"  # count: the characters left out
    TOO_MANY_TERMS = "too-many-terms"  # count: the terms left out
    NO_LETTERS = "no-letters"  # subject: the term (db/search.py)
    ONLY_EXCLUDED = "only-excluded"
    NOTHING_TO_SEARCH = "nothing-to-search"
    NOT_AS_WRITTEN = "not-as-written"  # count: speeches with the words elsewhere


@dataclass(frozen=True)
class Note:
    """Something in a query that was left out or read otherwise than written. `code` says what:
    unclosed-quote, lone-or, cannot-exclude (`subject`: the filter), unknown-kind (the kind),
    bad-date (the value), too-long (`count`: the characters left out), too-many-terms
    (`count`: the terms left out); db/search.py adds its own (no-letters, only-excluded,
    nothing-to-search, not-as-written)."""
    code: str
    subject: str = ""
    count: int = 0


@dataclass(frozen=True)
class Term:
    text: str
    phrase: bool = False

    def __str__(self) -> str:
        return f"“{self.text}”" if self.phrase else self.text


@dataclass
class Query:
    clauses: list[list[Term]] = field(default_factory=list)  # all of these, each one of its terms
    excluded: list[Term] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    date_from: str | None = None
    date_to: str | None = None
    notes: list[Note] = field(default_factory=list)

    @property
    def terms(self) -> list[Term]:
        return [term for clause in self.clauses for term in clause]

    @property
    def has_filters(self) -> bool:
        return bool(self.speakers or self.tags or self.kinds or self.date_from or self.date_to)


@dataclass
class _Item:
    text: str
    phrase: bool
    negated: bool
    field: str | None = None


def parse_query(text: str) -> Query:
    query = Query()
    if len(text) > MAX_CHARS:
        space = SPACE.search(text[:MAX_CHARS + 1][::-1])  # cut between words if it can
        cut = MAX_CHARS + 1 - space.end() if space else MAX_CHARS
        query.notes.append(Note(NoteCode.TOO_LONG, count=len(text) - cut))
        text = re.sub(r"\s+(?:OR|\|)$", "", text[:cut])  # an OR whose right side was cut
    items = _scan(text, query.notes)
    pending_or = pending_not = False
    for item in items:
        bare = not item.phrase and item.field is None
        if bare and item.text == "AND":  # words are all required anyway
            continue
        if bare and item.text == "NOT":
            pending_not = True
            continue
        if pending_not:
            item.negated, pending_not = True, False
        if bare and item.text in ("OR", "|"):
            if not query.clauses or pending_or:
                query.notes.append(Note(NoteCode.LONE_OR))
            pending_or = True
            continue
        if item.field is not None:
            _apply_filter(query, item)
            pending_or = False
            continue
        term = Term(SPACE.sub("", item.text) if item.phrase else item.text, item.phrase)
        if not term.text:
            continue
        if item.negated:
            query.excluded.append(term)
        elif pending_or and query.clauses:
            query.clauses[-1].append(term)
        else:
            query.clauses.append([term])
        pending_or = False
    if pending_or and query.clauses:
        query.notes.append(Note(NoteCode.LONE_OR))
    _bound(query)
    return query


def _bound(query: Query) -> None:
    """The same term twice counts once; past MAX_TERMS, the rest are left out and said."""
    seen: set[Term] = set()
    left_out = 0

    def kept(terms: list[Term]) -> list[Term]:
        nonlocal left_out
        keep = []
        for term in terms:
            if term not in seen:
                seen.add(term)
                if len(seen) <= MAX_TERMS:
                    keep.append(term)
                else:
                    left_out += 1
        return keep

    query.clauses = [clause for clause in map(kept, query.clauses) if clause]
    query.excluded = kept(query.excluded)
    if left_out:
        query.notes.append(Note(NoteCode.TOO_MANY_TERMS, count=left_out))


def _scan(text: str, notes: list[Note]) -> list[_Item]:
    items = []
    position = 0
    while position < len(text):
        match = SPACE.match(text, position)
        if match:
            position = match.end()
            continue
        negated = False
        if text[position] == "-" and position + 1 < len(text) and not text[position + 1].isspace():
            negated = True
            position += 1
        name = None
        prefix = re.match(r"([A-Za-z]+):(?=\S)", text[position:])
        if prefix and prefix.group(1).lower() in FIELDS:
            name = prefix.group(1).lower()
            position += prefix.end()
        if text[position] in QUOTES:
            close = QUOTES[text[position]]
            end = text.find(close, position + 1)
            if end < 0:
                notes.append(Note(NoteCode.UNCLOSED_QUOTE))
                end = len(text)
            items.append(_Item(text[position + 1:end], True, negated, name))
            position = end + 1
        else:
            space = SPACE.search(text, position)
            end = space.start() if space else len(text)
            items.append(_Item(text[position:end], False, negated, name))
            position = end
    return items


def _apply_filter(query: Query, item: _Item) -> None:
    value = item.text.strip()
    if item.negated:
        query.notes.append(Note(NoteCode.CANNOT_EXCLUDE, f"{item.field}:{value}"))
    if item.field == "speaker":
        query.speakers.append(value)
    elif item.field == "tag":
        query.tags.append(value)
    elif item.field == "kind":
        for kind in value.lower().split("|"):
            if kind in KINDS:
                query.kinds.add(kind)
            else:
                query.notes.append(Note(NoteCode.UNKNOWN_KIND, kind))
    elif item.field == "date":
        _apply_dates(query, value)


def _apply_dates(query: Query, value: str) -> None:
    low, separator, high = value.partition("..")
    if not separator:
        high = low
    if not (low or high) or any(part and not DATE.fullmatch(part) for part in (low, high)):
        query.notes.append(Note(NoteCode.BAD_DATE, value))
        return
    query.date_from = _normal(low) if low else None
    query.date_to = _normal(high) if high else None


def _normal(date: str) -> str:
    """2016-3-5 → 2016-03-05, the form speech dates are stored in."""
    return "-".join(part if len(part) == 4 else part.zfill(2) for part in date.split("-"))
