"""peewee models over the schema that db/migrations.py creates. Only db/ uses them.

The `…_id: int` annotations name the attributes peewee adds for foreign keys, for the type
checker; `tuples()` and `dicts()` run a query for its rows as plain data."""
from __future__ import annotations

from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    CompositeKey,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.sqlite_ext import FTS5Model, SearchField

from analysis.vocabulary import MentionKind
from db.binding import LibraryProxy

database = LibraryProxy()  # each Library's own database, per call (db/binding.py)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Source(BaseModel):
    id = AutoField()
    path = TextField()
    sha256 = TextField(unique=True)
    format = TextField()
    encoding = TextField(null=True)
    size = IntegerField()
    page_title = TextField(null=True)
    page_date = TextField(null=True)
    site = TextField(null=True)
    imported_at = DateTimeField()
    importing = TextField(null=True)  # pid@host of the process storing it; None once whole


class Speech(BaseModel):
    id = AutoField()
    source_id: int
    source = ForeignKeyField(Source, backref="speeches", on_delete="CASCADE")
    position = IntegerField()
    title = TextField(null=True)
    speaker = TextField(null=True)
    occasion = TextField(null=True)
    date = TextField(null=True)
    text = TextField()
    chars = IntegerField(default=0)  # len(text)
    text_hash = TextField()
    text_key = TextField(null=True)  # of its letters and digits: the same speech in any file
    analyzer_version = IntegerField()
    created_at = DateTimeField()
    deleted = BooleanField(default=False)
    origin = TextField(null=True)  # 出处: where the user says the speech was published
    part = IntegerField(default=0)  # after a split: the parts of the speech at `position`
    merged_into_id: int | None
    # merged by the user into that speech, and hidden
    merged_into = ForeignKeyField("self", null=True, backref="+", on_delete="SET NULL",
                                  column_name="merged_into")
    # Where it was published, for a reference (the access date is its source's imported_at)
    publication = TextField(null=True)  # 人民日报, 求是, 新华网, a government site
    page = TextField(null=True)  # 版次 or pages: 2, 3-5
    url = TextField(null=True)
    published = TextField(null=True)  # ISO, as date
    doc_number = TextField(null=True)  # 文号: 国办发〔2023〕12号
    issue = TextField(null=True)  # a journal's: 2024(3)
    # The compilation it was edited into (汇编, 文集), as the user gives it
    compilation = TextField(null=True)  # its title: 习近平谈治国理政: 第四卷
    editors = TextField(null=True)  # its 主要责任者, separated by 、 or ;
    place = TextField(null=True)  # 出版地: 北京
    publisher = TextField(null=True)  # 外文出版社
    year = TextField(null=True)  # 出版年: 2022


class SpeechOcr(BaseModel):
    """A speech read by OCR; a speech without a row was not."""
    speech_id: int
    speech = ForeignKeyField(Speech, primary_key=True, on_delete="CASCADE")
    uncertain = TextField(default="[]")  # JSON [[start, end], …] of the text's unsure characters


class OutlineSection(BaseModel):
    id = AutoField()
    speech_id: int
    parent_id: int | None
    speech = ForeignKeyField(Speech, backref="sections", on_delete="CASCADE")
    position = IntegerField()
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="CASCADE")
    level = IntegerField()
    label = TextField()
    title = TextField()
    start = IntegerField()
    end = IntegerField()
    kind = TextField()


# A mention's kind as stored: a number (V26), so that the most common take no bytes at all in
# its row and in its index. Never renumbered: a number stands for its kind in every library.
KIND_NUMBERS: dict[str, int] = {MentionKind.DIRECTIVE: 0, MentionKind.FIGURE: 1,
                                MentionKind.FORMULA: 2, MentionKind.DATE: 3,
                                MentionKind.DOCUMENT: 4}
_KIND_NAMES = {number: str(kind) for kind, number in KIND_NUMBERS.items()}


class KindField(IntegerField):
    """Given and read as the kind's name ("directive"), stored as its number. A name that is
    no kind stays a word: it matches no mention."""

    def db_value(self, value: Any) -> Any:
        return KIND_NUMBERS.get(value, value) if isinstance(value, str) else value

    def python_value(self, value: Any) -> Any:
        return _KIND_NAMES.get(value, value)


class Mention(BaseModel):
    id = AutoField()
    speech_id: int
    speech = ForeignKeyField(Speech, backref="mentions", on_delete="CASCADE")
    kind = KindField()
    start = IntegerField()
    end = IntegerField()
    text = TextField()
    data = TextField(default="{}")


class FieldCorrection(BaseModel):
    speech_id: int
    speech = ForeignKeyField(Speech, on_delete="CASCADE")
    field = TextField()
    value = TextField(null=True)
    machine = TextField(null=True)
    corrected_at = DateTimeField()

    class Meta:
        primary_key = CompositeKey("speech", "field")


class MentionCorrection(BaseModel):
    id = AutoField()
    speech_id: int
    speech = ForeignKeyField(Speech, on_delete="CASCADE")
    action = TextField()  # "dismiss" or "mark"
    kind = TextField()
    start = IntegerField()
    end = IntegerField()
    quote = TextField()
    prefix = TextField(default="")
    suffix = TextField(default="")
    data = TextField(default="{}")
    orphan = BooleanField(default=False)
    corrected_at = DateTimeField()


class TextCorrection(BaseModel):
    id = AutoField()
    source_id: int
    source = ForeignKeyField(Source, on_delete="CASCADE")
    speech_id: int
    speech = ForeignKeyField(Speech, on_delete="CASCADE")
    other_id: int | None
    other = ForeignKeyField(Speech, null=True, backref="+", on_delete="CASCADE")
    action = TextField()  # "split", "merge", "remove" or "replace" (data: the new text)
    start = IntegerField()
    end = IntegerField()
    quote = TextField()
    prefix = TextField(default="")
    suffix = TextField(default="")
    data = TextField(default="{}")
    orphan = BooleanField(default=False)
    corrected_at = DateTimeField()


class Annotation(BaseModel):
    id = AutoField()
    speech_id: int
    speech = ForeignKeyField(Speech, backref="annotations", on_delete="CASCADE")
    start = IntegerField()
    end = IntegerField()
    quote = TextField()
    prefix = TextField(default="")
    suffix = TextField(default="")
    color = TextField()
    note = TextField(default="")
    orphan = BooleanField(default=False)
    created_at = DateTimeField()
    updated_at = DateTimeField()


class Tag(BaseModel):
    id = AutoField()
    name = TextField(unique=True)
    color = TextField(null=True)


class HighlightColor(BaseModel):
    """The name a user gave a highlight colour (yellow → 重点)."""
    color = TextField(primary_key=True)
    name = TextField()


class SpeechTag(BaseModel):
    speech = ForeignKeyField(Speech, on_delete="CASCADE")
    tag = ForeignKeyField(Tag, on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("speech", "tag")


class AnnotationTag(BaseModel):
    annotation = ForeignKeyField(Annotation, on_delete="CASCADE")
    tag = ForeignKeyField(Tag, on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("annotation", "tag")


class SpeechIndex(FTS5Model):
    """Search tokens of speech.text; rowid = the speech's key, its date then its id
    (db/index.py). Contentless: body reads as NULL, and rows are added and taken out by
    db/index.py alone."""
    body = SearchField()

    class Meta:
        database = database
        table_name = "speech_fts"


class NoteIndex(FTS5Model):
    """Search tokens of annotation.note; rowid = annotation id."""
    body = SearchField()

    class Meta:
        database = database
        table_name = "note_fts"


class Card(BaseModel):
    id = AutoField()
    annotation_id: int
    annotation = ForeignKeyField(Annotation, backref="cards", on_delete="CASCADE")
    kind = TextField()  # excerpt, figure or formula
    start = IntegerField()
    end = IntegerField()
    due = DateField()
    interval = IntegerField(default=0)
    ease = FloatField(default=2.5)
    reps = IntegerField(default=0)
    lapses = IntegerField(default=0)
    reviewed_at = DateTimeField(null=True)


MODELS = [Source, Speech, OutlineSection, Mention, Annotation, Tag, SpeechTag, AnnotationTag,
          SpeechIndex, NoteIndex, Card, HighlightColor, SpeechOcr]


def tuples(query: Any) -> list[tuple[Any, ...]]:
    return list(query.tuples())


def dicts(query: Any) -> list[dict[str, Any]]:
    return list(query.dicts())


class UndoEntry(BaseModel):
    """An edit of the command line, kept for `yandu undo` (db/edits.py)."""
    id = AutoField()
    made_by = TextField()
    made_at = DateTimeField()
    edit = TextField()  # JSON
