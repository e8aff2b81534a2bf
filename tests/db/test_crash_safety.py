"""A child process is killed with SIGKILL at random points while it imports a folder or saves
highlights; afterwards the library opens, passes PRAGMA integrity_check, and holds each file
whole or not at all, each highlight with its note and tags or not at all. Five trials each
here; `make test-long` runs fifty (the `long` marker)."""
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db import Library
from tests.conftest import REPO, TEXTS

IMPORTER = """
import sys
from analysis.pipeline import analyze_bytes  # loaded before "ready": the kill times are
from analysis.language.tokens import first_tag, words  # drawn from the import alone
from db import Library
words("预热")
first_tag("预热")  # the part-of-speech table, like the dictionary, loads once
library = Library(sys.argv[1])
print("ready", flush=True)
# One process, so that the kill times drawn from the timing run land in the storing (worker
# processes dying with this one: test_an_import_killed_takes_its_workers_with_it).
for result in library.importer.import_paths([sys.argv[2]], workers=int(sys.argv[3])):
    print(result.status, result.path, flush=True)
print("done", flush=True)
"""

ANNOTATOR = """
import sys
from db import Library
library = Library(sys.argv[1])
speech = library.speeches.all()[0]
length = library.speeches.get(speech.id).chars if False else speech.chars
print("ready", flush=True)
for number in range(100000):
    start = (number * 7) % (length - 10)
    library.annotations.add(speech.id, start, start + 5, "yellow", f"笔记{number}",
                           [f"标签{number % 3}", "全部"])
"""


def _folder(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    for path in sorted(TEXTS.glob("*.txt")):
        shutil.copy(path, folder)
    base = (TEXTS / "single-speech.txt").read_text(encoding="utf-8")
    for number in range(12):  # distinct files, so each is imported
        (folder / f"copy-{number:02}.txt").write_text(base + f"\n（第{number}份）",
                                                       encoding="utf-8")
    return folder


def _reference(tmp_path, folder):
    """What each file gives when imported without interruption."""
    with Library(tmp_path / "reference.sqlite") as library:
        list(library.importer.import_paths([folder]))
        return _contents(library.db.connection())


def _contents(connection):
    """What the library shows of each file: a file still being imported is hidden until it is
    whole (its `importing` names the process), and cleared at the next start if that process
    was killed."""
    rows = connection.execute(
        "SELECT source.path, count(DISTINCT speech.id), sum(length(speech.text)), "
        "(SELECT count(*) FROM mention JOIN speech s ON s.id = mention.speech_id "
        " WHERE s.source_id = source.id), "
        "(SELECT count(*) FROM outline_section o JOIN speech s ON s.id = o.speech_id "
        " WHERE s.source_id = source.id) "
        "FROM source JOIN speech ON speech.source_id = source.id "
        "WHERE source.importing IS NULL GROUP BY source.id")
    return {path: rest for path, *rest in rows}


def _run_and_kill(script, args, seconds):
    environment = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen([sys.executable, "-c", script, *map(str, args)], cwd=REPO,
                             env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    time.sleep(seconds)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    child.stderr.close()


def _check_sound(path):
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return connection
    except BaseException:
        connection.close()
        raise


def _import_trials(tmp_path, trials):
    folder = _folder(tmp_path)
    reference = _reference(tmp_path, folder)
    began = time.perf_counter()
    with Library(tmp_path / "timing.sqlite") as library:
        list(library.importer.import_paths([folder], workers=1))
    duration = time.perf_counter() - began
    random.seed(20261123)
    partial = 0
    for trial in range(trials):
        path = tmp_path / f"killed-{trial}.sqlite"
        _run_and_kill(IMPORTER, [path, folder, 1], random.uniform(0, duration))
        connection = _check_sound(path)
        try:
            found = _contents(connection)
            indexed = connection.execute("SELECT count(*) FROM speech_fts").fetchone()[0]
            speeches = connection.execute("SELECT count(*) FROM speech").fetchone()[0]
        finally:
            connection.close()
        for source, contents in found.items():
            assert contents == reference[source], source  # whole, never half
        assert indexed == speeches  # the search index is in step
        partial += 0 < len(found) < len(reference)
        with Library(path) as library:  # opens, clears what the killed import left hidden
            rows = library.db.execute_sql("SELECT count(*) FROM source WHERE importing IS NOT "
                                          "NULL").fetchone()[0]
            assert rows == 0
            assert library.db.execute_sql("SELECT count(*) FROM speech_fts").fetchone()[0] == \
                library.db.execute_sql("SELECT count(*) FROM speech").fetchone()[0]
            list(library.importer.import_paths([folder]))  # and importing again completes it
            assert _contents(library.db.connection()) == reference
    return partial


def _annotation_trials(tmp_path, trials):
    base = tmp_path / "base.sqlite"
    with Library(base) as library:
        list(library.importer.import_paths([TEXTS / "single-speech.txt"]))
    random.seed(1123)
    for trial in range(trials):
        path = tmp_path / f"annotated-{trial}.sqlite"
        shutil.copy(base, path)
        _run_and_kill(ANNOTATOR, [path], random.uniform(0.05, 1.5))
        connection = _check_sound(path)
        try:
            rows = connection.execute(
                "SELECT a.id, a.note, (SELECT count(*) FROM annotation_tag t "
                "WHERE t.annotation_id = a.id), (SELECT count(*) FROM note_fts "
                "WHERE note_fts.rowid = a.id) FROM annotation a").fetchall()
        finally:
            connection.close()
        for annotation_id, note, tags, indexed in rows:
            assert note.startswith("笔记") and tags == 2 and indexed == 1, annotation_id


def test_killed_imports_leave_whole_files_or_none(tmp_path):
    _import_trials(tmp_path, 5)


def test_killed_highlight_saves_leave_whole_highlights_or_none(tmp_path):
    _annotation_trials(tmp_path, 5)


@pytest.mark.long
def test_fifty_killed_imports(tmp_path):
    assert _import_trials(tmp_path, 50) >= 10  # most kills land in the middle of the folder


@pytest.mark.long
def test_fifty_killed_highlight_saves(tmp_path):
    _annotation_trials(tmp_path, 50)


def _children(pid):
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def test_an_import_killed_takes_its_workers_with_it(tmp_path):
    """SIGKILL leaves no one to stop the analysis workers: they watch for it themselves."""
    folder = _folder(tmp_path)
    environment = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen([sys.executable, "-c", IMPORTER, str(tmp_path / "l.sqlite"),
                              str(folder), "2"], cwd=REPO, env=environment, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        child.stdout.readline()  # a first file stored: the workers are running
        workers = _children(child.pid)
        assert len(workers) >= 2
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]
