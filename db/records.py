"""Plain data the library hands to its callers (never peewee rows)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Day  # Excerpt has a field named date
from datetime import datetime
from pathlib import Path
from typing import Any

from analysis import InputError
from analysis.query import Note
from db.changes import EVERYTHING, NOTHING, REVIEW, Touched
from db.errors import LibraryError
from db.reasons import ImportStatus
from db.references import SourceFacts, reference

EDITORS = re.compile(r"\s*[、;；]\s*")  # between a compilation's editors, as people write them

@dataclass
class Placement:
    """What happened to a speech's highlights when its text changed, by annotation id."""
    kept: list[int] = field(default_factory=list)
    moved: list[int] = field(default_factory=list)
    fuzzy: list[int] = field(default_factory=list)
    orphaned: list[int] = field(default_factory=list)

    def add(self, other: Placement) -> None:
        for name in ("kept", "moved", "fuzzy", "orphaned"):
            getattr(self, name).extend(getattr(other, name))


@dataclass
class ImportResult:
    """What importing one file did. `status`: imported, updated (a new version of a file that
    was imported before), unchanged (the same bytes are in the library), duplicate (every
    speech of the file is in the library already, from another file) or failed."""
    path: str
    status: str
    source_id: int | None = None
    speeches: int = 0
    restored: int = 0  # unchanged: speeches of the file deleted in this session, brought back
    placement: Placement | None = None  # updated: where the highlights went
    updated: frozenset[int] = frozenset()  # updated: the speeches stored anew, ids kept
    error: InputError | LibraryError | None = None  # failed: why
    # speeches of the file already in the library from another file, not stored again: each
    # as the speech it is there (id, title)
    duplicates: list[tuple[int, str | None]] = field(default_factory=list)

    @property
    def touched(self) -> Touched:
        if self.status in (ImportStatus.IMPORTED, ImportStatus.UPDATED) or self.restored:
            # new figures and 提法 make cloze cards; an update's speeches keep their ids, so
            # their text and highlights are read again where they are shown
            return Touched(rows=self.updated, listing=True, annotations=self.updated,
                           cards=True)
        return NOTHING


@dataclass
class ImportBatch:
    """The files of one import, and whether it was cancelled part-way."""
    results: list[ImportResult]
    cancelled: bool = False

    @property
    def touched(self) -> Touched:
        touched = NOTHING
        for result in self.results:
            touched |= result.touched
        return touched


# The source path of pasted text (it has no file): the desktop names it in the reader's language.
PASTED = "pasted text"


@dataclass(slots=True)  # a large library's list holds 100,000 of them
class SpeechSummary:
    id: int
    source_id: int
    source_path: str
    position: int
    title: str | None
    speaker: str | None
    occasion: str | None
    date: str | None
    chars: int
    annotations: int
    tags: list[str] = field(default_factory=list)
    origin: str | None = None  # 出处, as the user gave it
    highlight_tags: list[str] = field(default_factory=list)  # the tags of its highlights


@dataclass(frozen=True)
class FieldState:
    """One field of a speech: its value, what the analysis found, and whether the user
    corrected it (then `value` is the user's)."""
    speech_id: int
    field: str  # one of db/corrections.py CORRECTED_FIELDS
    value: str | None
    machine: str | None
    corrected: bool


@dataclass(frozen=True)
class MentionCorrectionRecord:
    """A mention the user dismissed or marked, anchored in its speech like a highlight."""
    id: int
    speech_id: int
    action: str  # "dismiss" or "mark"
    kind: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    data: dict
    orphan: bool
    corrected_at: datetime


@dataclass
class SectionRecord:
    id: int
    parent_id: int | None
    level: int
    label: str
    title: str
    start: int
    end: int
    kind: str


@dataclass
class MentionRecord:
    kind: str  # directive, figure, date, formula or document
    start: int
    end: int
    text: str
    data: dict = field(default_factory=dict)  # the kind's attributes: strength, value, unit…


@dataclass
class SpeechRecord:
    summary: SpeechSummary
    text: str
    outline: list[SectionRecord] = field(default_factory=list)
    mentions: list[MentionRecord] = field(default_factory=list)
    # its place among its file's speeches as they stand now, after splits and merges (1: first)
    number: int = 1
    ocr: bool = False  # read by OCR from a scan or a photo
    uncertain: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of the
    # characters the OCR engine was unsure of


@dataclass
class AnnotationRecord:
    id: int | None
    speech_id: int
    start: int
    end: int
    quote: str
    color: str
    note: str = ""
    tags: list[str] = field(default_factory=list)
    prefix: str = ""
    suffix: str = ""
    orphan: bool = False
    created_at: datetime | None = None


@dataclass
class TagRecord:
    id: int
    name: str
    color: str | None
    speeches: int = 0
    annotations: int = 0

    @property
    def touched(self) -> Touched:
        """A tag made: the lists of tags."""
        return Touched(tags=True)


@dataclass
class Hit:
    """One line of a concordance: `left` + `match` + `right`. `start`/`end` are the place in the
    speech to open; for a hit in a note they are the highlight's range."""
    speech_id: int
    start: int
    end: int
    left: str
    match: str
    right: str
    where: str = "text"  # text, directive, figure or note
    annotation_id: int | None = None


@dataclass
class SearchGroup:
    speech_id: int
    title: str | None
    speaker: str | None
    date: str | None
    hits: list[Hit] = field(default_factory=list)


@dataclass
class SearchResults:
    query: str
    groups: list[SearchGroup] = field(default_factory=list)
    speeches: int = 0  # speeches that match, over all pages
    counted: bool = True  # false: more than `speeches` match (Search.count() counts them)
    next_offset: int | None = None  # pass as `offset` for the next page
    notes: list[Note] = field(default_factory=list)  # what in the query was left out, and why
    cancelled: bool = False  # stopped on request: the groups found until then
    listing: bool = False  # a filter alone: every speech it selects, with lines or without

    @property
    def hits(self) -> int:
        return sum(len(group.hits) for group in self.groups)


@dataclass
class StudyFilter:
    """Which directives or figures a study table shows. Empty fields do not filter."""
    speech_ids: list[int] | None = None
    keyword: str = ""
    tag: str = ""
    strength: str = ""  # directives: prohibit, must, should, hope, task
    tasks: bool | None = None  # directives: False leaves out a report's tasks, True keeps only them
    kind: str = ""  # figures: people, money, percent…
    unit: str = ""  # figures


@dataclass
class MentionRow:
    """A directive or figure with where it stands: its speech, section path and context."""
    id: int
    speech_id: int
    speech_title: str | None
    start: int
    end: int
    text: str
    data: dict
    context: str = ""
    section: str = ""
    sort_key: Any = None  # the value the table is sorted by, for the page after this row


@dataclass
class FormulaEntry:
    text: str
    expansion: str | None
    occurrences: int
    speeches: int


@dataclass
class Keyword:
    term: str
    count: int  # in the speech
    elsewhere: int  # in the rest of the library (or the other speech)
    score: float  # log-likelihood: how much more the speech uses it than the rest


@dataclass
class Comparison:
    shared: list[tuple[str, int, int]]  # term, count in the first, count in the second
    first_only: list[Keyword]
    second_only: list[Keyword]
    first_directives: list[str]  # directives of the first with no close match in the second
    second_directives: list[str]


@dataclass
class ReviewCard:
    """A card to review: a highlight (front: the passage, back: the note), or a cloze made from
    a figure or formula inside a highlight (front: the sentence with a blank)."""
    id: int
    kind: str  # excerpt, figure or formula
    speech_id: int
    start: int
    end: int
    front: str
    back: str
    citation: str
    due: str
    interval: int
    reps: int
    ease: float = 2.5
    section: str = ""  # the section path of the passage in its speech


@dataclass
class AnnotationProblem:
    """An annotation of an imported export that needs the user's attention. `reason`:
    refused (not read; `detail`: a code of db/annotation_file.py saying why), no-speech
    (`detail`: the title it names) or orphan (added, but its words were not found)."""
    number: int  # its place in the file, from 1
    reason: str
    detail: str = ""


@dataclass
class AnnotationImport:
    added: int = 0
    skipped: int = 0  # already in the library
    automatic: int = 0  # automatic directives and figures of the export, not read back
    problems: list[AnnotationProblem] = field(default_factory=list)

    @property
    def touched(self) -> Touched:
        return Touched(listing=True, cards=True) if self.added else NOTHING  # the counts


@dataclass(frozen=True)
class Graded:
    """An answer recorded; `again` is the card when it is due again today (graded Again)."""
    again: ReviewCard | None
    touched: Touched = REVIEW


@dataclass(frozen=True)
class Restored:
    """The library replaced by a backup; `kept`: where the replaced file was kept."""
    kept: Path | None
    touched: Touched = EVERYTHING


@dataclass
class ExportFilter:
    """Which excerpts an export holds. Empty fields do not filter."""
    speech_ids: list[int] | None = None
    tags: list[str] = field(default_factory=list)  # on the highlight or on its speech
    colors: list[str] = field(default_factory=list)
    date_from: str = ""  # speech dates, compared on as many characters as given (2016, 2016-05)
    date_to: str = ""
    kinds: list[str] = field(default_factory=lambda: ["highlight"])  # and directive, figure


@dataclass
class Cloze:
    """A figure or formula inside an excerpt: the blank of a cloze card."""
    start: int  # in the excerpt's quote
    end: int
    kind: str  # figure or formula
    hint: str = ""  # a formula's expansion


@dataclass
class Excerpt:
    """One passage to export with everything needed to cite it and find it again."""
    kind: str  # highlight, directive or figure
    speech_id: int
    title: str | None
    speaker: str | None
    occasion: str | None
    date: str | None
    section: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    text_hash: str  # of the speech's text: names the speech in any library
    note: str = ""
    tags: list[str] = field(default_factory=list)
    color: str = ""
    annotation_id: int | None = None
    created: datetime | None = None
    modified: datetime | None = None
    clozes: list[Cloze] = field(default_factory=list)
    # An automatic directive or figure is exported as its sentence, the mention marked in it
    # (start and end in the quote).
    marked: tuple[int, int] | None = None
    origin: str | None = None  # 出处, as the user gave it
    # Where the speech was published, for its reference (db/references.py)
    publication: str | None = None
    page: str | None = None
    url: str | None = None
    published: str | None = None
    accessed: Day | None = None  # the day its file was imported
    doc_number: str | None = None
    issue: str | None = None
    compilation: str | None = None
    editors: str | None = None  # separated by 、 or ;
    place: str | None = None
    publisher: str | None = None
    year: str | None = None

    def facts(self) -> SourceFacts:
        """What a reference to the passage's speech is made of: the user's 出处 stands for a
        publication where none was read; the speech's date for one of publication."""
        return SourceFacts(
            authors=(self.speaker,) if self.speaker else (), title=self.title or "",
            publication=self.publication or self.origin or "", page=self.page or "",
            url=self.url or "", published=self.published or self.date or "",
            accessed=self.accessed.isoformat() if self.accessed else "",
            doc_number=self.doc_number or "", issue=self.issue or "",
            container_title=self.compilation or "",
            container_authors=tuple(name for name in EDITORS.split(self.editors or "") if name),
            place=self.place or "", publisher=self.publisher or "", year=self.year or "")

    def cite(self, style: str = "gbt7714-2015") -> str:
        """The speech's reference in `style` (db/references.py STYLES)."""
        return reference(self.facts(), style)

    @property
    def citation(self) -> str:
        """《title》, speaker, occasion, date, section path, 出处."""
        parts = [f"《{self.title or '无题'}》"]
        parts += [part for part in (self.speaker, self.occasion, self.date, self.section,
                                    self.origin) if part]
        return "，".join(parts)

    @property
    def reference(self) -> str:
        """A stable address of the passage: the speech's id and character range."""
        return f"yandu:speech/{self.speech_id}#char={self.start},{self.end}"


@dataclass(frozen=True)
class GroupMember:
    """Another member of the study group, as last read from the group's folder."""
    id: str
    name: str
    highlights: int  # placed on this library's speeches (orphans not counted)
    shown: bool


@dataclass(frozen=True)
class GroupHighlight:
    """Another member's highlight, placed on this library's text; read-only here."""
    id: int
    member_id: str
    member_name: str
    speech_id: int
    start: int
    end: int
    quote: str
    color: str
    note: str
    tags: list[str]
