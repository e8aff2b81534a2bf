"""jieba's dictionary (with Yandu's user dictionary) as an SQLite table beside jieba's own
cache, so that a short text — a search query, the characters around a hit — is segmented
without loading the whole dictionary, which takes 0.6 s: a tokenizer is given only the entries
the text's substrings can match, and jieba's own algorithm runs on them, so the words are the
ones the loaded dictionary gives. The file is written once, the first time it is missing."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import threading
from contextlib import closing
from pathlib import Path
from typing import Any

FORMAT = 2  # of the file and its total; a new one is written when it changes
LOOKUP_AT_ONCE = 500  # substrings per query (SQLite allows 32,766 parameters)


def file_path(jieba: Any, userdict: bytes) -> Path:
    """Named after what it is built from: jieba's version and dictionary, Yandu's words."""
    dictionary = Path(jieba.__file__).parent / "dict.txt"
    stat = dictionary.stat()
    made_from = f"{FORMAT} {jieba.__version__} {stat.st_size} {stat.st_mtime}"
    key = hashlib.sha256(made_from.encode() + userdict).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"yandu-words-{key}.sqlite"


def write(path: Path, freq: dict[str, int], total: int) -> None:
    """The dictionary's entries (words, and the prefixes jieba keeps at frequency 0) and its
    total, written whole or not at all."""
    part = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        with closing(sqlite3.connect(part)) as db:
            db.execute("CREATE TABLE word (word TEXT PRIMARY KEY, freq INTEGER NOT NULL) "
                       "WITHOUT ROWID")
            db.executemany("INSERT INTO word VALUES (?, ?)", freq.items())
            db.execute("CREATE TABLE about (total INTEGER NOT NULL, longest INTEGER NOT NULL)")
            db.execute("INSERT INTO about VALUES (?, ?)", (total, max(map(len, freq))))
            db.commit()
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


class WordFile:
    """The entries of the dictionary that a text's substrings match, read from the file."""

    def __init__(self, path: Path):
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.total, self.longest = self._db.execute("SELECT total, longest FROM about").fetchone()
        self._lock = threading.Lock()

    def entries(self, text: str) -> dict[str, int]:
        grams = list({text[start:end] for start in range(len(text))
                      for end in range(start + 1, min(len(text), start + self.longest) + 1)})
        found: dict[str, int] = {}
        with self._lock:
            for at in range(0, len(grams), LOOKUP_AT_ONCE):
                chunk = grams[at:at + LOOKUP_AT_ONCE]
                found.update(self._db.execute(
                    f"SELECT word, freq FROM word WHERE word IN ({','.join('?' * len(chunk))})",
                    chunk))
        return found
