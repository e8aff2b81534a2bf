"""Each Library works on its own file, whatever else is open in the process."""
import sqlite3
import threading

import pytest

from db import Library
from db.models import Speech
from tests.speeches import FLOOD, SAFETY


def count(path, table="speech"):
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_two_libraries_in_one_process_read_and_write_their_own_files(tmp_path):
    with Library(tmp_path / "a.sqlite") as a:
        a.importer.import_text(SAFETY, "safety")
        with Library(tmp_path / "b.sqlite") as b:  # opened last, used first
            b.importer.import_text(FLOOD, "flood")
            b.importer.import_text(SAFETY, "safety again")
            assert len(a.speeches.all()) == 1 and len(b.speeches.all()) == 2
            [speech] = a.speeches.all()
            start = a.speeches.get(speech.id).text.index("安全")
            a.annotations.add(speech.id, start, start + 2, "yellow", "只在甲")
            assert [n.note for n in a.annotations.of_speech(speech.id)] == ["只在甲"]
            assert all(b.annotations.of_speech(s.id) == [] for s in b.speeches.all())
            assert [s.title for s in b.search.find("防汛").groups] != []
            assert a.search.find("防汛").groups == []
    assert (count(tmp_path / "a.sqlite"), count(tmp_path / "b.sqlite")) == (1, 2)
    assert (count(tmp_path / "a.sqlite", "annotation"),
            count(tmp_path / "b.sqlite", "annotation")) == (1, 0)


def test_a_generator_stays_on_its_library_while_the_caller_uses_another(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    for number in range(3):
        (folder / f"{number}.txt").write_text(SAFETY + f"\n（第{number}份）", "utf-8")
    with Library(tmp_path / "a.sqlite") as a, Library(tmp_path / "b.sqlite") as b:
        for result in a.importer.import_paths([folder]):  # between files, b is asked
            assert result.status == "imported"
            assert b.speeches.all() == []
        assert len(a.speeches.all()) == 3


def test_a_worker_thread_uses_the_library_it_calls_with_its_own_connection(tmp_path):
    with Library(tmp_path / "a.sqlite") as a, Library(tmp_path / "b.sqlite") as b:
        seen = []

        def work():
            with a.thread_connection():
                a.importer.import_text(SAFETY, "from a thread")
                seen.append(len(a.speeches.all()))

        thread = threading.Thread(target=work)
        thread.start()
        b.importer.import_text(FLOOD, "meanwhile")
        thread.join()
        assert seen == [1]
        assert [s.title for s in a.speeches.all()] != [s.title for s in b.speeches.all()]
    assert (count(tmp_path / "a.sqlite"), count(tmp_path / "b.sqlite")) == (1, 1)


def test_a_model_used_outside_any_library_is_a_clear_error(tmp_path):
    with Library(tmp_path / "a.sqlite") as a:
        a.importer.import_text(SAFETY, "safety")
        with pytest.raises(RuntimeError, match="no Yandu library is in use"):
            Speech.select().count()
        with a.using():
            assert Speech.select().count() == 1
