import sqlite3

from analysis.version import ANALYZER_VERSION
from db import Library


def test_mentions_are_stored_at_import(library, corpus):
    library.importer.import_file(corpus / "forum-page.txt")
    [summary] = library.speeches.all()
    record = library.speeches.get(summary.id)
    kinds = {m.kind for m in record.mentions}
    assert kinds == {"directive", "figure", "date", "formula"}
    for mention in record.mentions:
        assert record.text[mention.start:mention.end] == mention.text
    figure = next(m for m in record.mentions if m.text == "1745万元")
    assert figure.data["value"] == 17_450_000 and figure.data["kind"] == "money"
    assert library.importer.stale_count() == 0


def test_mentions_are_recomputed_when_the_analyzer_version_changes(tmp_path, corpus):
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        library.importer.import_file(corpus / "clean-single.txt")
        [summary] = library.speeches.all()
        before = library.speeches.get(summary.id).mentions
    with sqlite3.connect(path) as connection:  # as an older Yandu left it
        connection.execute("DELETE FROM mention")
        connection.execute("UPDATE speech SET analyzer_version = ?", (ANALYZER_VERSION - 1,))
    with Library(path) as library:
        assert library.importer.stale_count() == 1
        assert library.speeches.get(summary.id).mentions == []
        seen = []
        assert library.importer.reanalyze(progress=lambda done, total: seen.append((done, total))) == 1
        assert seen == [(1, 1)] and library.importer.stale_count() == 0
        assert library.speeches.get(summary.id).mentions == before


def test_reanalysis_stops_when_cancelled(tmp_path, corpus):
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        library.importer.import_file(corpus / "compilation-5-titled.txt")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE speech SET analyzer_version = 1")
    with Library(path) as library:
        calls = iter([False, False, True])
        assert library.importer.reanalyze(cancelled=lambda: next(calls)) == 2
        assert library.importer.stale_count() == 3
