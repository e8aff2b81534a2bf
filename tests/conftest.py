import os
from pathlib import Path

import pytest

# The window tests draw offscreen, also when pytest is run without the Makefile (an xcb window
# with no display would abort the run).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
# Speeches written for the tests, in the shapes a user brings: a clean single speech, a scraped
# page of five titled speeches among the site's furniture, and a forum post holding one.
TEXTS = REPO / "tests" / "data" / "library"
TEXT_FILES = ("single-speech.txt", "compilation-page.txt", "forum-page.txt")
# CI sets it: there every test must run, and a skip for something missing is a failure.
REQUIRE_ALL = "YANDU_TESTS_REQUIRE_ALL"


def missing(what: str) -> None:
    """Skip the test for want of `what` (a sentence saying what and how to get it), or fail
    it where every test must run."""
    if os.environ.get(REQUIRE_ALL) == "1":
        pytest.fail(f"{what} ({REQUIRE_ALL}=1: nothing may be skipped)", pytrace=False)
    pytest.skip(what)


def need_corpus() -> Path:
    if not CORPUS.is_dir():
        missing(f"needs the project's shared corpus at {CORPUS}: only the project's own CI "
                "has it beside the checkout")
    return CORPUS


def need_chinese_font() -> None:
    """Qt finds a font with Chinese characters (it asks fontconfig on Linux)."""
    from desktop.common.style import chinese_font_installed
    if not chinese_font_installed():
        missing("needs a font with Chinese characters: apt-get install fonts-noto-cjk "
                "(Debian/Ubuntu/UOS/Kylin) or dnf install google-noto-sans-cjk-fonts (Fedora)")


@pytest.fixture
def chinese_font(qapp) -> None:
    need_chinese_font()


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory, monkeypatch):
    """No test ever reads or writes the user's real library or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("YANDU_DB", str(home / "default-library.sqlite"))
    # The command line speaks the environment's language: English unless a test asks.
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture(scope="session")
def texts_dir() -> Path:
    """tests/data/library: the project's own files the test library is made of."""
    return TEXTS


@pytest.fixture
def corpus() -> Path:
    return need_corpus()


@pytest.fixture
def library(tmp_path):
    from db import Library
    with Library(tmp_path / "library.sqlite") as lib:
        yield lib


class _FailingCursor:
    """A cursor whose writes fail as SQLite's do on a full disk (those matching `only`)."""

    def __init__(self, cursor, only):
        self._cursor, self._only = cursor, only

    def _check(self, sql):
        words = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
        if words in ("INSERT", "UPDATE", "DELETE", "REPLACE") and self._only in sql:
            import sqlite3
            raise sqlite3.OperationalError("database or disk is full")

    def execute(self, sql, params=()):
        self._check(sql)
        return self._cursor.execute(sql, params)

    def executemany(self, sql, rows):
        self._check(sql)
        return self._cursor.executemany(sql, rows)

    def __getattr__(self, name):
        return getattr(self._cursor, name)


class Faults:
    """Makes a library's writes fail: a full disk (every write, or those whose SQL holds
    `only`) or a read-only file (SQLite's query_only, on this thread's connection)."""

    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch
        self.undo = []

    def full_disk(self, library, only=""):
        real = library.db.cursor
        self.monkeypatch.setattr(library.db, "cursor",
                                 lambda *args, **kwargs: _FailingCursor(real(*args, **kwargs),
                                                                        only))
        self.undo.append(lambda: self.monkeypatch.setattr(library.db, "cursor", real))

    def read_only(self, library):
        library.db.execute_sql("PRAGMA query_only = ON")
        self.undo.append(lambda: library.db.execute_sql("PRAGMA query_only = OFF"))

    def make(self, kind, library):
        {"full disk": self.full_disk, "read-only": self.read_only}[kind](library)

    def clear(self):
        while self.undo:
            self.undo.pop()()


@pytest.fixture
def faults(monkeypatch):
    made = Faults(monkeypatch)
    yield made
    made.clear()
