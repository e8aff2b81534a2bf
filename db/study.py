"""Study across the library: directives and figures as pageable tables, the formulas index,
keywords of a speech, and two speeches compared."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from peewee import JOIN, SQL, Case, Tuple, fn

from analysis.keywords import distinctive, is_term, term_counts
from analysis.language.tokens import GRAM_MARK
from db.binding import Part
from db.models import KIND_NUMBERS, Mention, OutlineSection, Speech, SpeechTag, Tag, tuples
from db.records import (
    Comparison,
    FormulaEntry,
    Hit,
    Keyword,
    MentionRow,
    SearchGroup,
    StudyFilter,
)

if TYPE_CHECKING:
    from db.connection import LibraryDatabase

CONTEXT = 20  # characters each side of a figure in the figures table
SIMILAR = 70  # rapidfuzz ratio at or above which two directives say the same thing
STRENGTH_ORDER = ("prohibit", "must", "should", "hope")


def _literal(value: str | int) -> SQL:
    """A constant written into the SQL, not bound: SQLite matches an expression index or a
    partial index only against the same text (see V5 in db/migrations.py)."""
    return SQL(f"'{value}'" if isinstance(value, str) else str(value))


def _kind_is(kind: str) -> Any:
    """The kind as its number, written into the SQL as the partial indexes' WHERE has it."""
    return Mention.kind == _literal(KIND_NUMBERS[kind])


def _value(key: str) -> Any:
    return fn.json_extract(Mention.data, _literal(f"$.{key}"))


# What each sortable column of the directives and figures tables orders by; the others (section,
# context) are in reading order. Each has an index (V20 in db/migrations.py), so any page of a
# large library comes back in milliseconds. Text sorts by its first 16 characters.
ORDERS = {
    "speech": Speech.title,
    "date": Speech.date,
    "text": fn.substr(Mention.text, _literal(1), _literal(16)),
    "strength": Case(_value("strength"), [(_literal(name), _literal(rank)) for rank, name in
                                          enumerate(STRENGTH_ORDER)],
                     _literal(len(STRENGTH_ORDER))),
    "addressee": _value("addressee"),
    "deadline": _value("deadline"),
    "value": _value("value").cast("REAL"),
    "unit": _value("unit"),
    "kind": _value("kind"),
    "direction": _value("direction"),
}
SPEECH_ORDERS = ("speech", "date")  # read speech by speech, in the order of speech's indexes


class Study(Part):
    """Reads only."""

    def __init__(self, db: LibraryDatabase):
        self.db = db

    def mentions(self, kind: str, where: StudyFilter | None = None, order: str = "",
                 descending: bool = False, offset: int = 0, limit: int = 200,
                 after: MentionRow | None = None) -> list[MentionRow]:
        """A page of the library's directives or figures (`kind`), in speech and text order
        unless `order` names a column of ORDERS: from `offset`, or the page after the row
        `after` (read from where that row stands in the index, however far down it is)."""
        first = ORDERS.get(order)
        query = _mention_query(kind, where or StudyFilter(), order).select(
            Mention.id, Mention.speech.alias("speech_id"), Speech.title, Mention.start,
            Mention.end, Mention.text, Mention.data,
            fn.substr(Speech.text, fn.max(1, Mention.start + 1 - CONTEXT),
                      Mention.end + CONTEXT - fn.max(0, Mention.start - CONTEXT)).alias("around"),
            fn.max(0, Mention.start - CONTEXT).alias("around_start"),
            (first if first is not None else _literal(0)).alias("sort_key"))
        # Every key turns with the first, so the sort can run backwards through an index; only
        # the first can be empty (NULLS LAST on the others would stop SQLite using the index).
        keys = [ORDERS[order]] if order in ORDERS else []
        keys = [key.desc(nulls="last") if descending else key.asc(nulls="last") for key in keys]
        keys += [Mention.speech.desc(), Mention.id.desc()] if descending \
            else [Mention.speech, Mention.id]
        query = query.order_by(*keys)
        if after is None:
            found = list(query.offset(offset).limit(limit).dicts())
        else:
            found = _after(query, first, after, descending, limit,
                           Speech.id if order in SPEECH_ORDERS else Mention.speech)
        rows = [MentionRow(r["id"], r["speech_id"], r["title"], r["start"], r["end"], r["text"],
                           json.loads(r["data"]),
                           _flat(r["around"][:r["start"] - r["around_start"]])
                           + "【" + r["text"] + "】"
                           + _flat(r["around"][r["end"] - r["around_start"]:]),
                           sort_key=r["sort_key"])
                for r in found]
        sections = section_paths({row.speech_id for row in rows})
        for row in rows:
            row.section = path_at(sections.get(row.speech_id, []), row.start)
        return rows

    def mention_count(self, kind: str, where: StudyFilter | None = None) -> int:
        # speech by speech: mention_speech holds the kind, so it is counted there alone
        return (_mention_query(kind, where or StudyFilter(), "speech")
                .select(fn.count(Mention.id)).scalar())

    def figure_units(self) -> list[str]:
        return [unit for (unit,) in tuples(
            Mention.select(_value("unit")).distinct()
            .where(_kind_is("figure"), _value("unit").is_null(False))
            .order_by(_value("unit")))]

    # Formulas

    def formulas(self) -> list[FormulaEntry]:
        """Every 提法 in the library with its expansion and how often and where it occurs."""
        rows = (Mention.select(Mention.text, fn.max(_value("expansion")),
                               fn.count(Mention.id), fn.count(Mention.speech.distinct()))
                .join(Speech).where(_kind_is("formula"), Speech.deleted == False)
                .group_by(Mention.text)
                .order_by(fn.count(Mention.id).desc(), Mention.text))
        return [FormulaEntry(*row) for row in tuples(rows)]

    def formula_occurrences(self, text: str) -> list[SearchGroup]:
        """Each place a formula is used, as concordance lines grouped by speech."""
        rows = (Mention.select(Mention.speech, Mention.start, Mention.end, Speech.id, Speech.title,
                               Speech.speaker, Speech.date, Speech.text)
                .join(Speech).where(_kind_is("formula"), Mention.text == text,
                                    Speech.deleted == False)
                .order_by(Speech.date.desc(nulls="last"), Mention.speech, Mention.start))
        groups: dict[int, SearchGroup] = {}
        for row in rows:
            speech = row.speech
            group = groups.setdefault(row.speech_id, SearchGroup(
                row.speech_id, speech.title, speech.speaker, speech.date))
            group.hits.append(Hit(row.speech_id, row.start, row.end,
                                  _flat(speech.text[max(0, row.start - 24):row.start]),
                                  speech.text[row.start:row.end],
                                  _flat(speech.text[row.end:row.end + 24]), "formula"))
        return list(groups.values())

    # Keywords

    def keywords(self, speech_id: int, limit: int = 30) -> list[Keyword]:
        """The terms that set a speech apart from the rest of the library."""
        text = _text(speech_id)
        counts = term_counts(text)
        total = sum(counts.values())
        library = _library_counts(self.db, [term for term in counts if is_term(term)])
        library_total = self.db.execute_sql(  # the words, not the grams beside them
            "SELECT coalesce(sum(cnt), 0) FROM speech_vocab WHERE instr(term, ?) = 0",
            (GRAM_MARK,)).fetchone()[0]
        # (an entry made before keys were dates, until the index is built anew: by its id)
        indexed = self.db.execute_sql(
            "SELECT EXISTS (SELECT 1 FROM speech_key WHERE speech = ?) "
            "OR EXISTS (SELECT 1 FROM speech_fts WHERE rowid = ?)",
            (speech_id, speech_id)).fetchone()[0]
        if indexed:  # the rest of the library is the library without this speech
            library = {term: count - counts[term] for term, count in library.items()}
            library_total -= total
        return [Keyword(*item) for item in
                distinctive(counts, total, library, library_total, limit)]

    def compare(self, first_id: int, second_id: int, limit: int = 30) -> Comparison:
        """Shared and distinctive terms of two speeches, and the directives of each that the
        other has nothing close to."""
        first, second = term_counts(_text(first_id)), term_counts(_text(second_id))
        first_total, second_total = sum(first.values()), sum(second.values())
        shared = sorted(((term, first[term], second[term]) for term in first.keys() & second.keys()
                         if is_term(term)),
                        key=lambda item: (-min(item[1] / first_total, item[2] / second_total),
                                          item[0]))[:limit]
        first_only = [Keyword(*item) for item in
                      distinctive(first, first_total, second, second_total, limit)]
        second_only = [Keyword(*item) for item in
                       distinctive(second, second_total, first, first_total, limit)]
        first_directives, second_directives = _directives(first_id), _directives(second_id)
        return Comparison(shared, first_only, second_only,
                          _unmatched(first_directives, second_directives),
                          _unmatched(second_directives, first_directives))


def _mention_query(kind: str, where: StudyFilter, order: str = "") -> Any:
    """The mentions of `kind` in the speeches `where` selects, read in the way that suits
    `order`: sorting by speech title or date walks speeches in an index's order and each
    speech's mentions inside (CROSS JOIN fixes SQLite's loop order). The kind is a literal
    so that SQLite can use the partial index of the field sorted by."""
    if kind not in ("directive", "figure", "formula"):
        raise ValueError(f"no table of {kind!r} mentions")
    query: Any
    if order in SPEECH_ORDERS:
        query = (Speech.select().join(Mention, JOIN.CROSS)
                 .where(Mention.speech == Speech.id))
    else:
        query = (Mention.select().join(Speech, JOIN.CROSS)
                 .where(Mention.speech == Speech.id))
    query = query.where(_kind_is(kind), Speech.deleted == False)
    if where.speech_ids is not None:
        query = query.where(Mention.speech.in_(where.speech_ids))
    if where.keyword.strip():
        query = query.where(fn.instr(Mention.text, where.keyword.strip()) > 0)
    if where.tag:
        query = query.where(Mention.speech.in_(
            SpeechTag.select(SpeechTag.speech).join(Tag).where(Tag.name == where.tag)))
    for key in ("strength", "kind", "unit"):
        if getattr(where, key):
            query = query.where(_value(key) == getattr(where, key))
    if where.tasks is not None:
        task = fn.coalesce(_value("strength"), "") == _literal("task")
        query = query.where(task if where.tasks else ~task)
    return query


def _after(query: Any, first: Any, after: MentionRow, descending: bool, limit: int,
           speech: Any) -> list[dict]:
    """The rows after `after` in the query's order (its sort key, speech, id), as row-value
    comparisons an index can seek to: the rows whose key has a value first, then those
    without one, which come last."""
    later = (lambda a, b: a < b) if descending else (lambda a, b: a > b)
    rest = Tuple(Mention.speech, Mention.id), Tuple(after.speech_id, after.id)
    if first is None:
        return list(query.where(later(*rest)).limit(limit).dicts())
    # Among the rows without a value the order is speech and id alone: with the empty key
    # still in ORDER BY, SQLite sorted every such row for a page (4.7 s on 10,000 speeches).
    # `speech` is the speech's id as the loop reads it (Speech.id where speeches lead), the
    # same value as the mention's, so that no sort is needed either.
    empty = query.where(first.is_null()).order_by(
        *([speech.desc(), Mention.id.desc()] if descending else [speech, Mention.id]))
    if after.sort_key is None:  # already among the rows without a value
        return list(empty.where(later(*rest)).limit(limit).dicts())
    rows = list(query.where(later(Tuple(first, *rest[0].nodes),
                                  Tuple(after.sort_key, *rest[1].nodes))).limit(limit).dicts())
    if len(rows) < limit:
        rows.extend(empty.limit(limit - len(rows)).dicts())
    return rows


def section_paths(speech_ids: set[int], short: bool = True
                   ) -> dict[int, list[tuple[int, int, int, str, int | None]]]:
    """Per speech, its headings as (id, start, end, label + title, parent id); long titles
    cut to 12 characters when `short`."""
    sections: dict[int, list] = {}
    rows = (OutlineSection.select(OutlineSection.id, OutlineSection.speech, OutlineSection.start,
                                  OutlineSection.end, OutlineSection.label, OutlineSection.title,
                                  OutlineSection.parent)
            .where(OutlineSection.speech.in_(list(speech_ids)), OutlineSection.kind == "heading")
            .order_by(OutlineSection.position))
    for section_id, speech_id, start, end, label, title, parent in tuples(rows):
        sections.setdefault(speech_id, []).append(
            (section_id, start, end, label + (_short(title) if short else title), parent))
    return sections


def path_at(sections: list[tuple[int, int, int, str, int | None]], offset: int) -> str:
    """二、…/（三）…: the headings whose sections hold `offset`, outermost first."""
    return " / ".join(name for _, start, end, name, _ in sections if start <= offset < end)


def _short(title: str) -> str:
    return title if len(title) <= 12 else title[:12] + "…"


def _text(speech_id: int) -> str:
    text = Speech.select(Speech.text).where(Speech.id == speech_id).scalar()
    if text is None:
        raise LookupError(f"no speech with id {speech_id}")
    return text


def _library_counts(db: Any, terms: list[str]) -> dict[str, int]:
    """How often each term occurs in the whole index (its fts5vocab table)."""
    counts = {}
    for batch in range(0, len(terms), 500):
        part = terms[batch:batch + 500]
        marks = ", ".join("?" * len(part))
        cursor = db.execute_sql(
            f"SELECT term, cnt FROM speech_vocab WHERE term IN ({marks})", part)
        counts.update(dict(cursor.fetchall()))
    return counts


def _directives(speech_id: int) -> list[str]:
    return [text for (text,) in tuples(
        Mention.select(Mention.text)
        .where(Mention.speech == speech_id, Mention.kind == "directive")
        .order_by(Mention.start))]


def _unmatched(directives: list[str], others: list[str]) -> list[str]:
    if not others:
        return list(directives)
    from rapidfuzz import fuzz, process  # here: the window's start needs no fuzzy matching
    return [text for text in directives
            if process.extractOne(text, others, scorer=fuzz.ratio)[1] < SIMILAR]


def _flat(text: str) -> str:
    return " ".join(text.split())
