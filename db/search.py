"""Full-text search: an FTS5 index of jieba search tokens finds the speeches (and notes) that
may match; the hits are then found in the text itself, counting only those that start and end
on word boundaries, and shown as a concordance."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from peewee import SQL, OperationalError, fn

from analysis.language.sentences import split_sentences
from analysis.language.tokens import boundaries, is_gram, query_tokens, search_tokens
from analysis.query import Note, NoteCode, Query, Term, parse_query
from db.binding import Part
from db.index import ID_MASK, kept_keys
from db.models import (
    Annotation,
    AnnotationTag,
    Mention,
    NoteIndex,
    Speech,
    SpeechIndex,
    SpeechTag,
    Tag,
    tuples,
)
from db.records import Hit, SearchGroup, SearchResults

if TYPE_CHECKING:
    from db.connection import LibraryDatabase

CONTEXT = 24  # characters each side of a hit in a concordance line
WINDOW = 10  # characters each side of a hit re-segmented to check its word boundaries
AFTER_BYTES = 4 * max(CONTEXT, WINDOW)  # of UTF-8 after a hit hold the characters it needs
BATCH = 10  # speeches read at a time while collecting hits
RANKED = 2000  # text matches ranked by relevance; more than these come newest first
NEAR_SLACK = 2  # tokens a phrase's words may stand further apart in the index than in the query
SCAN_LIMIT = 500  # speeches looked through for one page before giving up on filling it
STOP_CHECK = 1000  # SQLite's steps between two asks whether a count is to stop
SYNTAX = "*^()[]{}\"'+:\\/|&!?<>=,;“”‘’「」 "  # stripped from the ends of a word before it is found
ENTRY = SpeechIndex.rowid.bin_and(ID_MASK)  # the speech an index entry is of (db/index.py)


class Search(Part):
    """Reads only: the index is written by db/index.py."""

    def __init__(self, db: LibraryDatabase):
        self.db = db

    def find(self, text: str, limit: int = 50, offset: int = 0,
             cancelled: Callable[[], bool] = lambda: False) -> SearchResults:
        """Speeches matching `text` (see analysis/query.py), in _Candidates' order, with their
        hits as concordance lines: whole speeches from `offset` until at least `limit` hits or
        `limit` speeches. A filter alone (tag:, speaker:, date:) lists every speech it selects,
        with the highlights carrying the tags asked for as its lines. Past RANKED matches they
        are not counted (`counted` false; count() counts them).
        `cancelled` is asked between batches of speeches; once it says yes, the results so far
        come back marked."""
        results = SearchResults(text)
        asked = self._candidates(text, results)
        if asked is None:
            return results
        query, expression, candidates = asked
        results.listing = _listing(query)
        position, hits = offset, 0  # hits counted as they come: results.hits adds them up

        def full() -> bool:
            return hits >= limit or len(results.groups) >= limit

        while candidates.more(position) and position - offset < SCAN_LIMIT and not full():
            if cancelled():
                results.cancelled = True
                break
            batch = candidates.page(position, BATCH)
            if not batch:
                break
            for group in self._groups(batch, query, expression, candidates.noted):
                position += 1
                if group.hits or _listing(query):
                    results.groups.append(group)
                    hits += len(group.hits)
                if full():
                    break
        results.next_offset = position if candidates.more(position) else None
        results.speeches, results.counted = candidates.total, candidates.counted
        if not results.groups and results.next_offset is None and candidates.total:
            results.notes.append(Note(NoteCode.NOT_AS_WRITTEN, count=candidates.total))
            results.speeches = 0
        return results

    def count(self, text: str, cancelled: Callable[[], bool] = lambda: False) -> int | None:
        """How many speeches match `text`: what find() leaves uncounted (it counts up to
        RANKED). Reads every match, so it takes longer than a page of results; None when
        `cancelled` says yes as it counts (SQLite is asked every STOP_CHECK steps)."""
        results = SearchResults(text)
        connection = self.db.connection()
        connection.set_progress_handler(lambda: int(cancelled()), STOP_CHECK)
        try:
            asked = self._candidates(text, results, count=True)
        except OperationalError:
            if cancelled():  # interrupted
                return None
            raise
        finally:
            connection.set_progress_handler(None, 0)
        return asked[2].total if asked is not None else 0

    def _candidates(self, text: str, results: SearchResults, count: bool = False
                    ) -> tuple[Query, str | None, _Candidates] | None:
        """The query read, its notes added to `results`; None when there is nothing to look
        for (said in a note)."""
        query = parse_query(text)
        results.notes = list(query.notes)
        expression = _fts_expression(query, results.notes)
        without = None
        if expression is None:
            query.clauses = []  # none of its words had letters to search for (said in a note)
            if not query.has_filters:
                results.notes.append(Note(NoteCode.ONLY_EXCLUDED if query.excluded
                                          else NoteCode.NOTHING_TO_SEARCH))
                return None
            without = _excluded(query, results.notes)
        return query, expression, _Candidates(query, expression, without, count)

    def _groups(self, speech_ids: list[int], query: Query, expression: str | None,
                noted: frozenset[int]) -> Iterator[SearchGroup]:
        """The groups of a batch of speeches, each worked out only when it is asked for, so a
        page stops as soon as it has enough hits. Only speeches in `noted` can have a note
        that matches."""
        # Plain SQL: building these queries with peewee cost more than running them.
        with_notes = [speech_id for speech_id in speech_ids if speech_id in noted]
        # The texts come as UTF-8 bytes: a speech without any of the words as written cannot
        # have a line, and of the others only the part up to the last of them (and the
        # characters its line needs) is decoded.
        needles = [needle.encode() for needle in _needles(query)]
        rows = {}
        for speech_id, title, speaker, date, data in self.db.execute_sql(
                "SELECT id, title, speaker, date, CAST(text AS BLOB) FROM speech "
                f"WHERE id IN ({', '.join('?' * len(speech_ids))})", speech_ids).fetchall():
            if needles and speech_id not in noted:
                ends = [place + len(needle) for needle in needles
                        if (place := data.rfind(needle)) >= 0]
                if not ends:
                    continue
                data = _up_to(data, max(ends) + AFTER_BYTES)
            rows[speech_id] = (speech_id, title, speaker, date, data.decode())
        spans = _kind_spans(speech_ids, query, {i: row[4] for i, row in rows.items()})
        notes = _matching_notes(with_notes, query, expression) if with_notes else {}
        for speech_id in speech_ids:
            if speech_id not in rows:
                yield SearchGroup(speech_id, None, None, None)
                continue
            _, title, speaker, date, text = rows[speech_id]
            group = SearchGroup(speech_id, title, speaker, date)
            if query.terms:
                allowed = spans[speech_id] if query.kinds else None
                if allowed is None or allowed:
                    group.hits += [_line(speech_id, text, start, end, where)
                                   for start, end, where in _text_hits(text, query.terms,
                                                                       allowed)]
            else:
                group.hits += [_line(speech_id, text, start, end, where)
                               for start, end, where in spans[speech_id]]
            for annotation_id, start, end, note in notes.get(speech_id, []):
                for hit_start, hit_end in _find(note, query.terms):
                    group.hits.append(Hit(speech_id, start, end,
                                          _flat(note[max(0, hit_start - CONTEXT):hit_start]),
                                          note[hit_start:hit_end],
                                          _flat(note[hit_end:hit_end + CONTEXT]), "note",
                                          annotation_id))
            yield group


class _Candidates:
    """The speeches that may hold hits: speeches whose text matches, then those where only a
    note matches. Up to RANKED text matches come best first (bm25); beyond that ranking them
    costs more than the search, and nearly every speech holds them anyway, so they come newest
    first, a page at a time: FTS5 reads its matches in the order of their keys, which is the
    speeches' dates (db/index.py), and stops after the page. Such matches are not counted
    (`counted` false) unless `count` asks for it. With a filter (speaker:, tag:, date:, kind:)
    the matches are counted and come newest first from SQL. A filter alone selects its
    speeches newest first, less those holding any word in `without`. No list of every match is
    made in Python."""

    def __init__(self, query: Query, expression: str | None, without: str | None = None,
                 count: bool = False):
        condition = _speech_condition(query)
        newest = (Speech.select(Speech.id).where(condition, _has_kinds(query))
                  .order_by(Speech.date.desc(nulls="last"), Speech.id.desc()))
        self.ranked: list[int] | None = None
        self.notes: list[int] = []  # speeches where only a note matches
        self.noted: frozenset[int] = frozenset()  # speeches where a note matches
        self.counted = True  # false: more than text_total match, how many is not known yet
        self.streamed: str | None = None  # the MATCH expression read in the keys' order
        self._read: tuple[int, list[int]] = (0, [])  # text matches read ahead: where, which
        if expression is None:  # a filter with no words: every speech it selects
            if without:
                newest = newest.where(Speech.id.not_in(
                    SpeechIndex.select(ENTRY).where(SpeechIndex.match(without))))
            self.in_order = newest
            self.text_total = newest.order_by().count()
            return
        matching = SpeechIndex.select(ENTRY).where(SpeechIndex.match(expression))
        self.in_order = newest.where(Speech.id.in_(matching))
        if _filtered(query):
            self.text_total = self.in_order.order_by().count()
            if self.text_total <= RANKED:
                # The speeches' conditions come from their indexes rather than by reading
                # each (large) speech row.
                self.ranked = _ids(SpeechIndex.select(ENTRY)
                                   .where(SpeechIndex.match(expression),
                                          ENTRY.in_(newest.order_by()))
                                   .order_by(SpeechIndex.rank()))
        elif count:
            self.text_total = _match_count(expression)
        else:
            # The matches read newest first until there are more than RANKED. A word's are
            # read without their rank, which needs each speech's length (a read from the disk
            # apiece when the index is not in memory), and ranked in a second reading when
            # there are few. A phrase's are read with their rank in one reading: telling its
            # matches apart reads their positions, the most of what either reading costs.
            database = SpeechIndex._meta.database
            phrase = _has_phrase(query)
            rows = database.execute_sql(
                f"SELECT rowid & {ID_MASK}{', rank' if phrase else ''} FROM speech_fts "
                f"WHERE speech_fts MATCH ? AND {_KEPT} ORDER BY rowid DESC LIMIT {RANKED + 1}",
                (expression,)).fetchall()
            if len(rows) > RANKED:
                self.streamed, self.counted = expression, False
                self._read = (0, [row[0] for row in rows])
            elif phrase:
                self.ranked = [row[0] for row in sorted(rows, key=lambda row: row[1])]
            else:
                self.ranked = [row[0] for row in database.execute_sql(
                    f"SELECT rowid & {ID_MASK} FROM speech_fts WHERE speech_fts MATCH ? "
                    f"AND {_KEPT} ORDER BY rank", (expression,)).fetchall()]
            self.text_total = len(rows)
        if (not query.kinds or "annotation" in query.kinds) and _notes_match(expression):
            noted = _ids(Annotation.select(Annotation.speech).distinct()
                         .join(NoteIndex, on=(NoteIndex.rowid == Annotation.id))
                         .join(Speech, on=(Speech.id == Annotation.speech))
                         .where(NoteIndex.match(expression), condition)
                         .order_by(Annotation.speech))
            # those whose text matches too are among the text matches already (looked up in
            # the index by their keys, not by listing every match)
            self.noted = frozenset(noted)
            texts = set(_ids(matching.where(SpeechIndex.rowid.in_(_keys(noted))))
                        ) if noted else set()
            self.notes = [speech_id for speech_id in noted if speech_id not in texts]

    @property
    def total(self) -> int:
        """How many speeches there are to look through; with `counted` false, at least."""
        return self.text_total + len(self.notes)

    def more(self, offset: int) -> bool:
        """Whether there are speeches from `offset` on."""
        return offset < self.total or (not self.counted and bool(self.page(offset, 1)))

    def page(self, offset: int, count: int) -> list[int]:
        if self.ranked is not None:
            ids = self.ranked[offset:offset + count]
        elif offset < self.text_total or not self.counted:
            # as many as one page may look through, read at once: each read matches again
            first, read = self._read
            if not first <= offset or (offset + count > first + len(read) and (
                    not self.counted or first + len(read) < self.text_total)):
                self._read = first, read = offset, self._ahead(offset, max(count, SCAN_LIMIT))
            ids = read[offset - first:offset - first + count]
        else:
            ids = []
        if len(ids) < count:  # past the text matches: the speeches only a note matches
            start = max(0, offset - self.text_total)
            ids += self.notes[start:start + count - len(ids)]
        return ids

    def _ahead(self, offset: int, count: int) -> list[int]:
        """The text matches from `offset` on; a reading of the keys' order that ends early
        has counted them."""
        if self.streamed is None:
            return _ids(self.in_order.limit(count).offset(offset))
        ids = [row[0] for row in SpeechIndex._meta.database.execute_sql(
            f"SELECT rowid & {ID_MASK} FROM speech_fts WHERE speech_fts MATCH ? AND {_KEPT} "
            f"ORDER BY rowid DESC LIMIT ? OFFSET ?", (self.streamed, count, offset)).fetchall()]
        if len(ids) < count:  # the end: where it is, or (read from past it) how many
            self.text_total = offset + len(ids) if ids or not offset else \
                _match_count(self.streamed)
            self.counted = True
        else:
            self.text_total = max(self.text_total, offset + len(ids))
        return ids


# Not in the trash. "deleted = 1" seeks the trashed in an index; "deleted" alone read all of it.
_KEPT = f"rowid & {ID_MASK} NOT IN (SELECT id FROM speech WHERE deleted = 1)"


def _notes_match(expression: str) -> bool:
    """Whether any note matches `expression`: seldom, and the query of their speeches costs
    more to build than to run."""
    return bool(NoteIndex._meta.database.execute_sql(
        "SELECT EXISTS (SELECT 1 FROM note_fts WHERE note_fts MATCH ?)", (expression,)
    ).fetchone()[0])


def _match_count(expression: str) -> int:
    """How many speeches outside the trash the index finds for `expression`."""
    return SpeechIndex._meta.database.execute_sql(
        f"SELECT count(*) FROM speech_fts WHERE speech_fts MATCH ? AND {_KEPT}",
        (expression,)).fetchone()[0]


def _keys(speech_ids: list[int]) -> list[int]:
    """The keys of the speeches' index entries; a speech without one, its id: the key of an
    entry made before keys were dates (until the index is built anew)."""
    keys = kept_keys(SpeechIndex._meta.database, speech_ids)
    return [keys.get(speech_id, speech_id) for speech_id in speech_ids]


def _needles(query: Query) -> list[str]:
    """The words to look for as written, when that alone decides whether a speech can have a
    line: plain words (no kind to search in) without letters that have case."""
    if query.kinds or not query.terms:
        return []
    needles = [term.text.strip(SYNTAX) for term in query.terms]
    return [] if any(needle.lower() != needle.upper() for needle in needles) else needles


def _has_phrase(query: Query) -> bool:
    """Whether a word asked for is a phrase, found through NEAR: its positions are read."""
    return any((_phrase_of(term.text) or "").startswith("NEAR(")
               for clause in query.clauses for term in clause)


def _fts_expression(query: Query, notes: list[Note]) -> str | None:
    """The FTS5 MATCH string: every user word becomes quoted tokens, so no input can be read
    as FTS syntax."""
    clauses = []
    for clause in query.clauses:
        phrases = [phrase for phrase in (_phrase(term, notes) for term in clause) if phrase]
        if phrases:
            clauses.append("(" + " OR ".join(phrases) + ")")
    if not clauses:
        return None
    expression = " AND ".join(clauses)
    excluded = _excluded(query, notes)
    return f"{expression} NOT ({excluded})" if excluded else expression


def _excluded(query: Query, notes: list[Note]) -> str | None:
    """The FTS5 MATCH string of the words left out (-word): any of them."""
    phrases = [phrase for phrase in (_phrase(term, notes) for term in query.excluded) if phrase]
    return " OR ".join(phrases) if phrases else None


def _phrase(term: Term, notes: list[Note]) -> str | None:
    phrase = _phrase_of(term.text)
    if phrase is None:
        notes.append(Note(NoteCode.NO_LETTERS, str(term)))
    return phrase


@lru_cache(maxsize=256)
def _phrase_of(text: str) -> str | None:
    """The MATCH string of a word or phrase, None when it has no letters to search for. Kept:
    a query's words are read for its expression and again for the way it is ranked."""
    # Only the longest tokens: the words inside them (隐患 in 安全隐患) are indexed at the same
    # place, so asking for them too finds nothing more and costs a doclist each.
    spans = search_tokens(text)
    longest = [(word, start, end) for word, start, end in spans
               if not any(low <= start and end <= high and high - low > end - start
                          for _, low, high in spans)]
    asked = query_tokens(longest)
    tokens = list(dict.fromkeys(asked))
    if not tokens:
        return None
    quoted = " ".join('"' + token.replace('"', '""') + '"' for token in tokens)
    if len(tokens) == 1:
        return quoted
    # Between the first and the last token stand the ones in the middle, the words inside
    # the longer ones (indexed just before them) and each common word asked for as its gram
    # (indexed just before the gram); a few more allow for the text around the phrase being
    # cut a little differently. Each token further costs candidates to read.
    grams = sum(map(is_gram, asked))
    between = len(tokens) - 2 + len(spans) - len(longest) + grams + NEAR_SLACK
    return f"NEAR({quoted}, {between})"


def _speech_condition(query: Query) -> Any:
    condition = Speech.deleted == False
    for speaker in query.speakers:
        condition &= fn.instr(fn.coalesce(Speech.speaker, ""), speaker) > 0
    for tag in query.tags:
        tagged = (SpeechTag.select(SpeechTag.speech).join(Tag)
                  .where(fn.lower(Tag.name) == tag.lower()))
        marked = (Annotation.select(Annotation.speech).join(AnnotationTag).join(Tag)
                  .where(fn.lower(Tag.name) == tag.lower()))
        condition &= Speech.id.in_(tagged) | Speech.id.in_(marked)
    if query.date_from:
        condition &= fn.substr(Speech.date, 1, len(query.date_from)) >= query.date_from
    if query.date_to:
        condition &= fn.substr(Speech.date, 1, len(query.date_to)) <= query.date_to
    return condition


def _ids(query: Any) -> list[int]:
    return [row[0] for row in query.model._meta.database.execute(query).fetchall()]


def _filtered(query: Query) -> bool:
    return bool(query.speakers or query.tags or query.date_from or query.date_to or query.kinds)


def _listing(query: Query) -> bool:
    """A filter alone: every speech it selects is listed, with or without lines."""
    return not query.terms and not query.kinds


def _has_kinds(query: Query) -> Any:
    """Speeches holding at least one of the query's kinds (true when no kind is asked for)."""
    condition = None
    for kind in query.kinds:
        part: Any
        if kind == "annotation":
            part = Speech.id.in_(Annotation.select(Annotation.speech))
        else:
            # per speech, through mention_speech: a list of every speech with a directive
            # would be made first otherwise
            part = fn.EXISTS(Mention.select(SQL("1")).where(Mention.speech == Speech.id,
                                                            Mention.kind == kind))
        condition = part if condition is None else condition | part
    return condition if condition is not None else True


def _kind_spans(speech_ids: list[int], query: Query, texts: dict[int, str]
                ) -> dict[int, list[tuple[int, int, str]]]:
    """The ranges hits must fall in for a kind: directives, sentences with a figure, highlights
    (with the tags asked for; a tag: filter alone lists its highlights too)."""
    spans: dict[int, list[tuple[int, int, str]]] = {i: [] for i in speech_ids}
    mention_kinds = [kind for kind in ("directive", "figure") if kind in query.kinds]
    if mention_kinds:
        rows = (Mention.select(Mention.speech, Mention.kind, Mention.start, Mention.end)
                .where(Mention.speech.in_(speech_ids), Mention.kind.in_(mention_kinds))
                .order_by(Mention.start))
        figures: dict[int, list[tuple[int, int]]] = {}
        for speech_id, kind, start, end in tuples(rows):
            if kind == "figure" and query.terms:
                figures.setdefault(speech_id, []).append((start, end))
            else:
                spans[speech_id].append((start, end, kind))
        for speech_id, places in figures.items():
            for sentence in split_sentences(texts[speech_id]):
                if any(sentence.start <= start < sentence.end for start, _ in places):
                    spans[speech_id].append((sentence.start, sentence.end, "figure"))
    if "annotation" in query.kinds or (query.tags and _listing(query)):
        highlights = Annotation.select(Annotation.id, Annotation.speech, Annotation.start,
                                       Annotation.end).where(Annotation.speech.in_(speech_ids))
        if query.tags:
            highlights = highlights.where(Annotation.id.in_(_tagged_annotations(query.tags)))
        for row in highlights:
            spans[row.speech_id].append((row.start, row.end, "annotation"))
    for items in spans.values():
        items.sort()
    return spans


def _tagged_annotations(tags: list[str]) -> Any:
    return (AnnotationTag.select(AnnotationTag.annotation).join(Tag)
            .where(fn.lower(Tag.name).in_([tag.lower() for tag in tags])))


def _matching_notes(speech_ids: list[int], query: Query, expression: str | None
                    ) -> dict[int, list[tuple[int, int, int, str]]]:
    if expression is None or (query.kinds and "annotation" not in query.kinds):
        return {}
    rows = (Annotation.select(Annotation.id, Annotation.speech, Annotation.start,
                              Annotation.end, Annotation.note)
            .join(NoteIndex, on=(NoteIndex.rowid == Annotation.id))
            .where(NoteIndex.match(expression), Annotation.speech.in_(speech_ids))
            .order_by(Annotation.start))
    if query.tags and query.kinds:
        rows = rows.where(Annotation.id.in_(_tagged_annotations(query.tags)))
    notes: dict[int, list[tuple[int, int, int, str]]] = {}
    for row in rows:
        notes.setdefault(row.speech_id, []).append((row.id, row.start, row.end, row.note))
    return notes


def _text_hits(text: str, terms: list[Term], allowed: list[tuple[int, int, str]] | None
               ) -> list[tuple[int, int, str]]:
    hits = []
    for start, end in _find(text, terms):
        if allowed is None:
            hits.append((start, end, "text"))
            continue
        where = next((kind for low, high, kind in allowed if low <= start and end <= high), None)
        if where is not None:
            hits.append((start, end, where))
    return hits


def _find(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Where the terms occur in `text` as whole words (or runs of whole words), in order and
    without overlaps."""
    lowered: str | None = None  # made only for a term with letters that have case
    found = []
    for term in terms:
        needle = term.text.strip(SYNTAX)
        if not needle:
            continue
        haystack = text
        if needle.lower() != needle.upper():  # GDP finds gdp
            if lowered is None:
                lowered = text.lower()
            if len(lowered) == len(text):  # its offsets are still the text's
                haystack, needle = lowered, needle.lower()
        start = haystack.find(needle)
        while start >= 0:
            end = start + len(needle)
            if _on_boundaries(text, start, end):
                found.append((start, end))
            start = haystack.find(needle, start + 1)
    found.sort(key=lambda span: (span[0], -span[1]))
    hits: list[tuple[int, int]] = []
    for start, end in found:
        if not hits or start >= hits[-1][1]:
            hits.append((start, end))
    return hits


def _on_boundaries(text: str, start: int, end: int) -> bool:
    """True when jieba, reading the text around it, has a word starting at `start` and one
    ending at `end` (隐患 in 安全隐患 counts; 国家 in 中国家庭 does not)."""
    low = max(0, start - WINDOW)
    starts, ends = _boundaries(text[low:min(len(text), end + WINDOW)])
    return start - low in starts and end - low in ends


@lru_cache(maxsize=8192)
def _boundaries(window: str) -> tuple[frozenset[int], frozenset[int]]:
    """Speeches repeat their set phrases, so the same windows come back often."""
    starts, ends = boundaries(window)
    return frozenset(starts), frozenset(ends)


def _up_to(data: bytes, end: int) -> bytes:
    """UTF-8 `data` cut at `end`, or before the character that `end` falls in."""
    while end < len(data) and data[end] & 0xC0 == 0x80:  # a continuation byte
        end -= 1
    return data[:end]


def _line(speech_id: int, text: str, start: int, end: int, where: str) -> Hit:
    return Hit(speech_id, start, end, _flat(text[max(0, start - CONTEXT):start]),
               _flat(text[start:end]), _flat(text[end:end + CONTEXT]), where)


def _flat(text: str) -> str:
    return " ".join(text.split())
