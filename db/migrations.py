"""Schema versions. Each step is frozen SQL run inside one transaction; never edit a step that
has shipped, add the next one. (db/connection.py copies an existing library before migrating.)"""
from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

APPLICATION_ID = 0x59414E44  # "YAND"

V1 = [
    """CREATE TABLE source (
        id INTEGER PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE,
        format TEXT NOT NULL, encoding TEXT, size INTEGER NOT NULL, page_title TEXT,
        page_date TEXT, site TEXT, imported_at DATETIME NOT NULL)""",
    """CREATE TABLE speech (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
        position INTEGER NOT NULL, title TEXT, speaker TEXT, occasion TEXT, date TEXT,
        text TEXT NOT NULL, text_hash TEXT NOT NULL, analyzer_version INTEGER NOT NULL,
        created_at DATETIME NOT NULL)""",
    """CREATE TABLE outline_section (
        id INTEGER PRIMARY KEY,
        speech_id INTEGER NOT NULL REFERENCES speech (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        parent_id INTEGER REFERENCES outline_section (id) ON DELETE CASCADE,
        level INTEGER NOT NULL, label TEXT NOT NULL, title TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL)""",
    """CREATE TABLE mention (
        id INTEGER PRIMARY KEY,
        speech_id INTEGER NOT NULL REFERENCES speech (id) ON DELETE CASCADE,
        kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, data TEXT NOT NULL DEFAULT '{}')""",
    """CREATE TABLE annotation (
        id INTEGER PRIMARY KEY,
        speech_id INTEGER NOT NULL REFERENCES speech (id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',
        color TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', orphan INTEGER NOT NULL DEFAULT 0,
        created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL)""",
    """CREATE TABLE tag (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, color TEXT)""",
    """CREATE TABLE speech_tag (
        speech_id INTEGER NOT NULL REFERENCES speech (id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
        PRIMARY KEY (speech_id, tag_id))""",
    """CREATE TABLE annotation_tag (
        annotation_id INTEGER NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
        PRIMARY KEY (annotation_id, tag_id))""",
    f"PRAGMA application_id = {APPLICATION_ID}",
]

# v2: indexes for the reader's per-speech queries and the library list.
V2 = [
    "CREATE INDEX speech_source ON speech (source_id, position)",
    "CREATE INDEX outline_section_speech ON outline_section (speech_id, position)",
    "CREATE INDEX mention_speech ON mention (speech_id, kind, start)",
    "CREATE INDEX annotation_speech ON annotation (speech_id, start)",
    "CREATE INDEX speech_tag_tag ON speech_tag (tag_id)",
    "CREATE INDEX annotation_tag_tag ON annotation_tag (tag_id)",
]

# v3: speeches deleted in the desktop app stay until the window closes, so delete can be undone.
V3 = [
    "ALTER TABLE speech ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0",
]

# v4: full-text search over speech text and annotation notes (jieba search-mode tokens joined by
# U+200B, see analysis/language/tokens.py; rows are filled by the library, not here), the index's
# vocabulary for keyword statistics, and review cards with their spaced-repetition schedule.
V4 = [
    "CREATE VIRTUAL TABLE speech_fts USING fts5(body, tokenize = 'unicode61')",
    "CREATE VIRTUAL TABLE note_fts USING fts5(body, tokenize = 'unicode61')",
    "CREATE VIRTUAL TABLE speech_vocab USING fts5vocab(speech_fts, 'row')",
    """CREATE TABLE card (
        id INTEGER PRIMARY KEY,
        annotation_id INTEGER NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
        kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        due DATE NOT NULL, interval INTEGER NOT NULL DEFAULT 0, ease REAL NOT NULL DEFAULT 2.5,
        reps INTEGER NOT NULL DEFAULT 0, lapses INTEGER NOT NULL DEFAULT 0, reviewed_at DATETIME,
        UNIQUE (annotation_id, kind, start))""",
    "CREATE INDEX card_due ON card (due)",
    "CREATE INDEX mention_kind ON mention (kind, speech_id)",
]

# v5: what makes large libraries quick. Search keeps out deleted speeches through an index
# rather than by reading each speech row; the study tables sort through partial indexes on the
# JSON fields they sort by. db/study.py must write each expression exactly as here (literals,
# not bound parameters) or SQLite cannot use the index.
V5 = [
    "CREATE INDEX speech_deleted_title ON speech (deleted, title)",
    "CREATE INDEX speech_deleted_date ON speech (deleted, date)",
    """CREATE INDEX directive_text ON mention (kind, substr(text, 1, 16), speech_id)
        WHERE kind = 'directive'""",
    """CREATE INDEX figure_text ON mention (kind, substr(text, 1, 16), speech_id)
        WHERE kind = 'figure'""",
    """CREATE INDEX directive_strength ON mention (kind, CASE json_extract(data, '$.strength')
        WHEN 'prohibit' THEN 0 WHEN 'must' THEN 1 WHEN 'should' THEN 2 WHEN 'hope' THEN 3
        ELSE 4 END, speech_id) WHERE kind = 'directive'""",
    """CREATE INDEX directive_addressee ON mention (kind, json_extract(data, '$.addressee'), speech_id)
        WHERE kind = 'directive'""",  # noqa: E501 - a step that has shipped is never edited
    """CREATE INDEX directive_deadline ON mention (kind, json_extract(data, '$.deadline'), speech_id)
        WHERE kind = 'directive'""",  # noqa: E501
    """CREATE INDEX figure_value ON mention (kind, CAST(json_extract(data, '$.value') AS REAL),
        speech_id) WHERE kind = 'figure'""",
    """CREATE INDEX figure_unit ON mention (kind, json_extract(data, '$.unit'), speech_id)
        WHERE kind = 'figure'""",
    """CREATE INDEX figure_kind ON mention (kind, json_extract(data, '$.kind'), speech_id)
        WHERE kind = 'figure'""",
    """CREATE INDEX figure_direction ON mention (kind, json_extract(data, '$.direction'), speech_id)
        WHERE kind = 'figure'""",
]

# v6: each speech's length in characters, kept beside its text: counting it for the library
# list read every text in full (0.6 s at 10,000 speeches, on every start).
# Also an index to count the speeches an older analyzer stored, at every start.
V6 = [
    "ALTER TABLE speech ADD COLUMN chars INTEGER NOT NULL DEFAULT 0",
    "UPDATE speech SET chars = length(text)",
    "CREATE INDEX speech_analyzer ON speech (analyzer_version)",
]

# v7: the user's corrections, kept beside the machine's results and applied again after every
# re-import and re-analysis. A corrected field keeps the machine's guess (to reset it and to
# count corrections); a dismissed or marked mention is anchored like a highlight.
V7 = [
    """CREATE TABLE field_correction (
        speech_id INTEGER NOT NULL REFERENCES speech (id) ON DELETE CASCADE,
        field TEXT NOT NULL, value TEXT, machine TEXT, corrected_at DATETIME NOT NULL,
        PRIMARY KEY (speech_id, field))""",
    """CREATE TABLE mention_correction (
        id INTEGER PRIMARY KEY,
        speech_id INTEGER NOT NULL REFERENCES speech (id) ON DELETE CASCADE,
        action TEXT NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        quote TEXT NOT NULL, prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL DEFAULT '{}', orphan INTEGER NOT NULL DEFAULT 0,
        corrected_at DATETIME NOT NULL)""",
    "CREATE INDEX mention_correction_speech ON mention_correction (speech_id)",
    "ALTER TABLE speech ADD COLUMN origin TEXT",  # 出处, written by the user only
]

# v8: the user's changes to a speech's text and to where speeches begin and end: a speech split
# in two (the second part is a speech of its own, `part` numbers it after the first), merged
# with the next one (that one is kept, hidden, `merged_into` the first) or a passage removed.
# Replayed, in order, after the file is imported again.
V8 = [
    "ALTER TABLE speech ADD COLUMN part INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE speech ADD COLUMN merged_into INTEGER REFERENCES speech (id) ON DELETE SET NULL",
    """CREATE TABLE text_correction (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
        speech_id INTEGER NOT NULL REFERENCES speech (id) ON DELETE CASCADE,
        other_id INTEGER REFERENCES speech (id) ON DELETE CASCADE,
        action TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        quote TEXT NOT NULL, prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL DEFAULT '{}', orphan INTEGER NOT NULL DEFAULT 0,
        corrected_at DATETIME NOT NULL)""",
    "CREATE INDEX text_correction_source ON text_correction (source_id)",
]

# v9: the command line's own last edits, so that `yandu undo` can take one back later, from
# another process (the window keeps its undo stack in memory). A file being imported is
# stored speech by speech, hidden, and shown whole at the end: `importing` names the process
# (pid@host) while it is, so that one killed part-way is cleared at the next start.
V9 = [
    """CREATE TABLE undo_entry (
        id INTEGER PRIMARY KEY, made_by TEXT NOT NULL, made_at DATETIME NOT NULL,
        edit TEXT NOT NULL)""",
    "ALTER TABLE source ADD COLUMN importing TEXT",
]



def _fill_text_keys(db: SqliteDatabase) -> None:
    from analysis.structure.fingerprint import text_key
    last = 0
    while True:  # a few hundred texts at a time: a large library's texts do not fit in memory
        rows = db.execute_sql("SELECT id, text FROM speech WHERE id > ? ORDER BY id LIMIT 500",
                              (last,)).fetchall()
        if not rows:
            return
        db.cursor().executemany("UPDATE speech SET text_key = ? WHERE id = ?",
                        [(text_key(text), speech_id) for speech_id, text in rows])
        last = rows[-1][0]


# v10: a key of each speech's text alone (its letters and digits), so that the same speech
# arriving again in another encoding, format or file name is recognised and not stored twice.
# The one step that runs Python: the key is computed by analysis/structure/fingerprint.py.
V10: list[str | Callable[[SqliteDatabase], None]] = [
    "ALTER TABLE speech ADD COLUMN text_key TEXT",
    "CREATE INDEX speech_text_key ON speech (text_key)",
    _fill_text_keys,
]

# v11: the library list read from an index that holds every column it shows, so that opening
# a large library does not walk each speech's text (the columns added by later steps sit after
# it in the row).
V11 = [
    """CREATE INDEX speech_listing ON speech (deleted, id, source_id, position, part, title,
        speaker, occasion, date, origin, chars)""",
]

# v12: where each speech was published, for a reference to it: the publication (人民日报,
# 新华网), its page (版次), the web address, the publication date and an official document's
# number (文号), as the page says them or the user corrects them. The access date is the
# source's imported_at. Not in speech_listing: the list does not show them.
V12 = [
    "ALTER TABLE speech ADD COLUMN publication TEXT",
    "ALTER TABLE speech ADD COLUMN page TEXT",
    "ALTER TABLE speech ADD COLUMN url TEXT",
    "ALTER TABLE speech ADD COLUMN published TEXT",
    "ALTER TABLE speech ADD COLUMN doc_number TEXT",
]

# What a mention's data leaves out: keys whose value is null or false (readers use .get()).
# The same in mention_correction, whose data is compared with the mention it made.
_COMPACT_DATA = """UPDATE {table} SET data = (SELECT json_group_object(key, CASE type
    WHEN 'true' THEN json('true') ELSE value END) FROM json_each({table}.data)
    WHERE type NOT IN ('null', 'false'))"""
# v13: a smaller library. The speech index keeps no copy of its tokens (content=''): they are
# made again from the speech's text to take an entry out, and the stamp of what made them
# tells when the index must be built anew (db/index.py); it is left empty here, for the
# window to build in the background. Mention data leaves out its null and false keys.
# (The sort indexes of V5 stay whole: without kind as their first column SQLite prefers
# mention_kind and sorts.)
V13 = [
    "DROP TABLE speech_vocab",
    "DROP TABLE speech_fts",
    "CREATE VIRTUAL TABLE speech_fts USING fts5(body, content = '', tokenize = 'unicode61')",
    "CREATE VIRTUAL TABLE speech_vocab USING fts5vocab(speech_fts, 'row')",
    "CREATE TABLE index_stamp (stamp TEXT NOT NULL)",
    _COMPACT_DATA.format(table="mention"),
    _COMPACT_DATA.format(table="mention_correction"),
]

# v14: what the user named each highlight colour (yellow → 重点, green → 数据), shown wherever
# the colours are offered and in the exports' legends. A colour without a name has no row.
V14 = [
    "CREATE TABLE highlight_color (color TEXT PRIMARY KEY, name TEXT NOT NULL)",
]

# v15: a journal's issue (2024(3)), and the compilation a speech was edited into: its title
# (习近平谈治国理政: 第四卷), editors, place, publisher and year, for a reference to it.
V15 = [
    "ALTER TABLE speech ADD COLUMN issue TEXT",
    "ALTER TABLE speech ADD COLUMN compilation TEXT",
    "ALTER TABLE speech ADD COLUMN editors TEXT",
    "ALTER TABLE speech ADD COLUMN place TEXT",
    "ALTER TABLE speech ADD COLUMN publisher TEXT",
    "ALTER TABLE speech ADD COLUMN year TEXT",
]

# v16: a speech read by OCR from a scan or a photo, with the ranges of its text whose characters
# the engine was unsure of (JSON: [[start, end], …]). A table of its own, not columns of
# speech: columns after the text make reading the list slow (docs/performance.md).
V16 = [
    """CREATE TABLE speech_ocr (
        speech_id INTEGER PRIMARY KEY REFERENCES speech (id) ON DELETE CASCADE,
        uncertain TEXT NOT NULL DEFAULT '[]')""",
]

# v17: sync between the user's machines (db/sync/). The rows that travel get stable ids in a
# table of their own (the speech list never reads it), the sync's own state is a set of named
# values (this device's id, the merged document, what was read from each other device), and
# every conflict the merge resolved is kept for the user to read.
V17 = [
    """CREATE TABLE sync_key (
        tbl TEXT NOT NULL, row_id INTEGER NOT NULL, uuid TEXT NOT NULL UNIQUE,
        PRIMARY KEY (tbl, row_id))""",
    "CREATE TABLE sync_state (name TEXT PRIMARY KEY, value BLOB)",
    """CREATE TABLE sync_log (
        id INTEGER PRIMARY KEY, at DATETIME NOT NULL, what TEXT NOT NULL, item TEXT NOT NULL,
        devices TEXT NOT NULL, kept TEXT NOT NULL)""",
]

# v18: a study group's shared layer (db/sync/group.py): the other members, with whether their
# highlights are shown, and their highlights as last read from the group's folder, placed on
# this library's speeches. Read-only copies: the user never edits another member's.
V18 = [
    """CREATE TABLE group_member (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, shown INTEGER NOT NULL DEFAULT 1,
        updated TEXT NOT NULL)""",
    """CREATE TABLE group_highlight (
        id INTEGER PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES group_member (id) ON DELETE CASCADE,
        speech_id INTEGER NOT NULL REFERENCES speech (id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL,
        color TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '[]',
        orphan INTEGER NOT NULL DEFAULT 0, updated TEXT NOT NULL)""",
    "CREATE INDEX group_highlight_speech ON group_highlight (speech_id)",
]

# v19: a pasted text's own bytes and the title it was given, so that sync can send it to the
# user's other machines as it sends a file (read from where it was imported).
V19 = [
    """CREATE TABLE pasted_text (
        source_id INTEGER PRIMARY KEY REFERENCES source (id) ON DELETE CASCADE,
        data BLOB NOT NULL, title TEXT NOT NULL DEFAULT '')""",
]

# v20: a smaller library (docs/performance.md). The index of every mention by kind goes: the
# study tables, counts and filters read a kind through its partial indexes, which no longer
# repeat the kind they are limited to; formulas get one of their own, by text. As in V5, the
# queries write the kind as a literal (db/study.py).
V20 = [
    "DROP INDEX mention_kind",
    *[f"DROP INDEX {name}" for name in (
        "directive_text", "figure_text", "directive_strength", "directive_addressee",
        "directive_deadline", "figure_value", "figure_unit", "figure_kind", "figure_direction")],
    """CREATE INDEX directive_text ON mention (substr(text, 1, 16), speech_id)
        WHERE kind = 'directive'""",
    """CREATE INDEX figure_text ON mention (substr(text, 1, 16), speech_id)
        WHERE kind = 'figure'""",
    """CREATE INDEX directive_strength ON mention (CASE json_extract(data, '$.strength')
        WHEN 'prohibit' THEN 0 WHEN 'must' THEN 1 WHEN 'should' THEN 2 WHEN 'hope' THEN 3
        ELSE 4 END, speech_id) WHERE kind = 'directive'""",
    """CREATE INDEX directive_addressee ON mention (json_extract(data, '$.addressee'), speech_id)
        WHERE kind = 'directive'""",
    """CREATE INDEX directive_deadline ON mention (json_extract(data, '$.deadline'), speech_id)
        WHERE kind = 'directive'""",
    """CREATE INDEX figure_value ON mention (CAST(json_extract(data, '$.value') AS REAL),
        speech_id) WHERE kind = 'figure'""",
    """CREATE INDEX figure_unit ON mention (json_extract(data, '$.unit'), speech_id)
        WHERE kind = 'figure'""",
    """CREATE INDEX figure_kind ON mention (json_extract(data, '$.kind'), speech_id)
        WHERE kind = 'figure'""",
    """CREATE INDEX figure_direction ON mention (json_extract(data, '$.direction'), speech_id)
        WHERE kind = 'figure'""",
    "CREATE INDEX formula_text ON mention (text, speech_id) WHERE kind = 'formula'",
]

# v21: the library list's index in the list's order (file, place in it, part), so that its
# first rows are read without sorting every speech (at start-up, before the first paint).
V21 = [
    "DROP INDEX speech_listing",
    """CREATE INDEX speech_listing ON speech (deleted, source_id, position, part, id, title,
        speaker, occasion, date, origin, chars)""",
]

# v22: the files an import left unfinished, found at every start without reading every file's
# row (12 ms at 100,000): almost always none.
V22 = [
    "CREATE INDEX source_importing ON source (importing) WHERE importing IS NOT NULL",
]

# v23: the list's columns by id as well, as speech_listing held them before v21: the rows of
# chosen speeches (after an edit, or a search's filter) are looked up there, not found by
# reading the whole list (0.7 → 11 ms for three speeches at 100,000 before it; about 0.1 KB a
# speech).
V23 = [
    """CREATE INDEX speech_by_id ON speech (deleted, id, source_id, position, part, title,
        speaker, occasion, date, origin, chars)""",
]

# v24: the file imported before from the same place, asked before every file is stored, found
# without reading every file's row (12 ms a file at 100,000 speeches).
V24 = [
    "CREATE INDEX source_path ON source (path)",
]

# v25: the key each speech's index entry is under, its date then its id (db/index.py), so
# that a search reads its matches newest first and stops after a page. The index stamp names
# the keys too: an index of the speeches' ids is emptied and built anew in the background.
V25 = [
    "CREATE TABLE speech_key (speech INTEGER PRIMARY KEY, key INTEGER NOT NULL)",
]

# v26: a smaller library (docs/performance.md). A mention's kind is a number (db/models.py
# KIND_NUMBERS): directive 0 and figure 1 take no bytes in a row or an index entry, where the
# words took six to nine in both. The table is made anew (a column's type cannot change) and
# its indexes with it, each partial index limited by the number.
V26 = [
    """CREATE TABLE mention_new (
        id INTEGER PRIMARY KEY,
        speech_id INTEGER NOT NULL REFERENCES speech (id) ON DELETE CASCADE,
        kind INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, data TEXT NOT NULL DEFAULT '{}')""",
    # A row of no speech (written with foreign keys off, by another program) is left behind; a
    # kind that is none of the five stays as written.
    """INSERT INTO mention_new (id, speech_id, kind, start, "end", text, data)
        SELECT id, speech_id, CASE kind WHEN 'directive' THEN 0 WHEN 'figure' THEN 1
            WHEN 'formula' THEN 2 WHEN 'date' THEN 3 WHEN 'document' THEN 4 ELSE kind END,
            start, "end", text, data FROM mention WHERE speech_id IN (SELECT id FROM speech)""",
    "DROP TABLE mention",
    "ALTER TABLE mention_new RENAME TO mention",
    "CREATE INDEX mention_speech ON mention (speech_id, kind, start)",
    "CREATE INDEX directive_text ON mention (substr(text, 1, 16), speech_id) WHERE kind = 0",
    "CREATE INDEX figure_text ON mention (substr(text, 1, 16), speech_id) WHERE kind = 1",
    """CREATE INDEX directive_strength ON mention (CASE json_extract(data, '$.strength')
        WHEN 'prohibit' THEN 0 WHEN 'must' THEN 1 WHEN 'should' THEN 2 WHEN 'hope' THEN 3
        ELSE 4 END, speech_id) WHERE kind = 0""",
    """CREATE INDEX directive_addressee ON mention (json_extract(data, '$.addressee'), speech_id)
        WHERE kind = 0""",
    """CREATE INDEX directive_deadline ON mention (json_extract(data, '$.deadline'), speech_id)
        WHERE kind = 0""",
    """CREATE INDEX figure_value ON mention (CAST(json_extract(data, '$.value') AS REAL),
        speech_id) WHERE kind = 1""",
    "CREATE INDEX figure_unit ON mention (json_extract(data, '$.unit'), speech_id) WHERE kind = 1",
    "CREATE INDEX figure_kind ON mention (json_extract(data, '$.kind'), speech_id) WHERE kind = 1",
    """CREATE INDEX figure_direction ON mention (json_extract(data, '$.direction'), speech_id)
        WHERE kind = 1""",
    "CREATE INDEX formula_text ON mention (text, speech_id) WHERE kind = 2",
]

STEPS: list[list] = [V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17,
                     V18, V19, V20, V21, V22, V23, V24, V25, V26]
SCHEMA_VERSION = len(STEPS)


def schema_version(db: SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db: SqliteDatabase, target: int = SCHEMA_VERSION) -> None:
    """Bring the library up to `target`, one transaction per step."""
    for number in range(schema_version(db) + 1, target + 1):
        with db.atomic():
            for statement in STEPS[number - 1]:
                if callable(statement):
                    statement(db)
                else:
                    db.execute_sql(statement)
            db.execute_sql(f"PRAGMA user_version = {number}")
