"""The scripted fault suite (`make test-long`): hundreds of damaged files, processes killed with
SIGKILL in the middle of backup, restore, export and re-import of a library of 300 MB and
more, imports of the same files at once. Nothing may end in a traceback, and no library, and
no highlight, may be lost."""
import json
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
from tests.speeches import FLOOD, SAFETY

pytestmark = pytest.mark.long
TRIALS = 20
HIGHLIGHTS = 2000
LIBRARY_BYTES = 300 * 2**20


def _child(script: str, *args: object) -> subprocess.Popen:
    environment = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], cwd=REPO,
                            env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _kill_after(child: subprocess.Popen, seconds: float) -> str:
    """Wait for the child to say it is ready, let it work `seconds`, kill it; what it said."""
    line = child.stdout.readline().strip()
    assert line == "ready", child.stderr.read()
    time.sleep(seconds)
    child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=60)
    return out + err


def _timed(script: str, *args: object) -> float:
    """How long the work of `script` takes when nobody kills it."""
    child = _child(script, *args)
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    began = time.perf_counter()
    out, err = child.communicate(timeout=900)
    assert child.returncode == 0, err
    return time.perf_counter() - began


def _highlights(path: Path) -> list[tuple]:
    """Every highlight of the library at `path`, read as any program would, after checking the
    file is a sound database."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return connection.execute(
            "SELECT a.id, a.quote, a.note, s.text_hash FROM annotation a "
            "JOIN speech s ON s.id = a.speech_id ORDER BY a.id").fetchall()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """A library of more than 300 MB (speeches made of the project's own pages, the way the
    benchmarks make theirs) with 2,000 highlights, and a text file imported into it with
    highlights of its own, for the re-import trials."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from generate_library import generate
    folder = tmp_path_factory.mktemp("big-library")
    path = folder / "library.sqlite"
    generate(path, 3200, corpus=TEXTS, report=lambda *args, **kwargs: None)
    page = folder / "speeches.txt"
    page.write_text("\n\n".join([SAFETY, FLOOD] * 200), encoding="utf-8")
    random.seed(30)
    with Library(path) as library:
        library.importer.import_file(page)
        speeches = library.speeches.all()
        for number in range(HIGHLIGHTS):
            speech = speeches[number % len(speeches)]
            start = random.randrange(0, speech.chars - 20)
            library.annotations.add(speech.id, start, start + 12, "yellow", f"笔记{number}")
        library.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert path.stat().st_size >= LIBRARY_BYTES
    return path, page, _highlights(path)


def _trial_copy(big_path: Path, folder: Path, trial: int) -> Path:
    copy = folder / f"trial-{trial}" / "library.sqlite"
    copy.parent.mkdir()
    shutil.copy(big_path, copy)
    return copy


BACKUP = """
import sys
from db import Library
with Library(sys.argv[1]) as library:
    print("ready", flush=True)
    library.backups.copy_to(sys.argv[2])
"""

RESTORE = """
import sys
from pathlib import Path
from db.backup import restore
print("ready", flush=True)
restore(Path(sys.argv[2]), Path(sys.argv[1]))
"""

EXPORT = """
import sys
from db import Library, export_excerpts
with Library(sys.argv[1]) as library:
    excerpts = library.excerpts.select()
    print("ready", flush=True)
    export_excerpts(excerpts, "docx", sys.argv[2])
"""

REIMPORT = """
import sys
from db import Library
with Library(sys.argv[1]) as library:
    print("ready", flush=True)
    library.importer.import_file(sys.argv[2])
"""


def test_killed_backups_lose_nothing(big, tmp_path):
    path, _, highlights = big
    duration = _timed(BACKUP, _trial_copy(path, tmp_path, -1), tmp_path / "timed.sqlite")
    random.seed(1)
    for trial in range(TRIALS):
        library = _trial_copy(path, tmp_path, trial)
        target = tmp_path / f"trial-{trial}" / "backup.sqlite"
        _kill_after(_child(BACKUP, library, target), random.uniform(0, duration))
        assert _highlights(library) == highlights
        if target.exists():  # a copy is whole, or not there
            assert _highlights(target) == highlights


def test_killed_restores_leave_the_old_library_or_the_new_never_none(big, tmp_path):
    path, _, highlights = big
    backup = tmp_path / "backup.sqlite"
    shutil.copy(path, backup)
    with Library(backup) as library:  # the backup differs: one highlight more
        speech = library.speeches.all()[0]
        library.annotations.add(speech.id, 0, 10, "green", "备份里才有")
    backed_up = _highlights(backup)
    duration = _timed(RESTORE, _trial_copy(path, tmp_path, -1), backup)
    random.seed(2)
    outcomes = {"old": 0, "new": 0}
    for trial in range(TRIALS):
        library = _trial_copy(path, tmp_path, trial)
        _kill_after(_child(RESTORE, library, backup), random.uniform(0, duration))
        assert library.exists(), "the library was lost"
        found = _highlights(library)
        assert found in (highlights, backed_up)
        outcomes["old" if found == highlights else "new"] += 1
        with Library(library) as opened:  # opens, and leaves nothing of the killed restore
            assert opened.speeches.count() > 0
        assert not list(library.parent.glob(".*.part"))
    print(f"\nkilled restores: {outcomes}")


def test_killed_exports_leave_the_library_whole(big, tmp_path):
    path, _, highlights = big
    duration = _timed(EXPORT, _trial_copy(path, tmp_path, -1), tmp_path / "timed.docx")
    random.seed(3)
    for trial in range(TRIALS):
        library = _trial_copy(path, tmp_path, trial)
        target = tmp_path / f"trial-{trial}" / "export.docx"
        _kill_after(_child(EXPORT, library, target), random.uniform(0, duration))
        assert _highlights(library) == highlights
        if target.exists():  # whole, or not there
            import docx
            assert docx.Document(str(target)).paragraphs


def test_killed_reimports_keep_every_highlight_and_importing_again_completes(big, tmp_path):
    path, page, highlights = big
    changed = tmp_path / "speeches.txt"
    changed.write_text(page.read_text("utf-8").replace("同志们：", "同志们：\n（有改动）"),
                       encoding="utf-8")
    duration = _timed(REIMPORT, _trial_copy(path, tmp_path, -1), changed)
    random.seed(4)
    for trial in range(TRIALS):
        library = _trial_copy(path, tmp_path, trial)
        moved = tmp_path / f"trial-{trial}" / page.name
        shutil.copy(changed, moved)
        # imported from its first place, so a re-import is an update of that source
        with sqlite3.connect(library) as connection:
            connection.execute("UPDATE source SET path = ? WHERE path = ?",
                               (str(moved.resolve()), str(page.resolve())))
        _kill_after(_child(REIMPORT, library, moved), random.uniform(0, duration))
        found = _highlights(library)
        assert [h[0] for h in found] == [h[0] for h in highlights]  # every one, by id
        with Library(library) as opened:
            [result] = list(opened.importer.import_paths([moved]))
            assert result.status in ("updated", "unchanged")
            assert len(opened.annotations.orphans()) + sum(
                len(opened.annotations.of_speech(s.id)) for s in opened.speeches.all()
            ) >= HIGHLIGHTS


IMPORT_FOLDER = """
import sys
from db import Library
with Library(sys.argv[1]) as library:
    print("ready", flush=True)
    for result in library.importer.import_paths([sys.argv[2]]):
        print(result.status, result.path, flush=True)
"""


def test_two_imports_of_the_same_files_at_once_store_each_once(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    for number in range(8):
        (folder / f"{number}.txt").write_text(f"{SAFETY}\n（第{number}份）", encoding="utf-8")
    for trial in range(10):
        path = tmp_path / f"library-{trial}.sqlite"
        with Library(path):
            pass
        children = [_child(IMPORT_FOLDER, path, folder) for _ in range(2)]
        for child in children:
            assert child.stdout.readline().strip() == "ready"
        outputs = [child.communicate(timeout=300) for child in children]
        for child, (out, err) in zip(children, outputs, strict=True):
            assert child.returncode == 0 and "Traceback" not in err, err
            assert all(line.split()[0] in ("imported", "unchanged") for line in out.split("\n")
                       if line.strip()), out
        with sqlite3.connect(path) as connection:
            assert connection.execute("SELECT count(*), count(DISTINCT sha256) FROM source "
                                      "WHERE importing IS NULL").fetchone() == (8, 8)


SAVE_WHILE_IMPORTING = """
import sys, time
from db import Library, LibraryError
with Library(sys.argv[1]) as library:
    speech = library.speeches.all()[0]
    print("ready", flush=True)
    waits, failed = [], 0
    for number in range(int(sys.argv[2])):
        began = time.perf_counter()
        try:
            library.annotations.add(speech.id, 0, 8, "yellow", f"边导入边保存{number}")
        except LibraryError:
            failed += 1
        waits.append(time.perf_counter() - began)
        time.sleep(0.2)
    print(f"{failed} {max(waits):.3f}", flush=True)
"""


def test_highlights_are_saved_while_a_big_file_is_imported(tmp_path):
    """The import stores speech by speech, so the window's saves are never refused meanwhile
    (how long they wait is measured by benchmarks/bench_import_memory.py)."""
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        library.importer.import_text(SAFETY, "安全讲话")
    big_file = tmp_path / "big.txt"
    big_file.write_text("\n\n".join(
        f"在全县第{n}次安全生产工作会议上的讲话\n{SAFETY}\n{FLOOD}" for n in range(3000)),
        encoding="utf-8")
    importer = _child(IMPORT_FOLDER, path, big_file)
    assert importer.stdout.readline().strip() == "ready"
    saver = _child(SAVE_WHILE_IMPORTING, path, 60)
    assert saver.stdout.readline().strip() == "ready"
    saved, _ = saver.communicate(timeout=600)
    importer.communicate(timeout=900)
    failed, longest = saved.split()
    assert int(failed) == 0, f"{failed} saves refused (the longest waited {longest} s)"


FUZZ = """
import json, random, sys, traceback
from pathlib import Path
from db import Library
folder = Path(sys.argv[1])
print("ready", flush=True)
tracebacks, statuses = [], {}
with Library(folder / "library.sqlite") as library:
    files = sorted(p for p in folder.iterdir() if p.name.startswith("mutant-"))
    try:
        for result in library.importer.import_paths(files):
            statuses[result.status] = statuses.get(result.status, 0) + 1
            if result.status == "failed" and type(result.error).__name__ != "InputError":
                tracebacks.append(f"{result.path}: {result.error!r}")
    except Exception:
        tracebacks.append(traceback.format_exc())
print(json.dumps({"files": len(files), "statuses": statuses, "tracebacks": tracebacks}))
"""


def _seeds() -> dict[str, bytes]:
    """One sound file of each format, made by the project's tests."""
    from tests.analysis.readers.test_pdf_reader import _pdf
    from tests.db.test_bad_inputs import HTML_HOSTILE, _docx_with_remote_image
    from tests.documents import epub, mht, ofd
    speech = SAFETY + "\n" + FLOOD
    return {"pdf": _pdf([speech.split("\n")]), "docx": _docx_with_remote_image(),
            "epub": epub("讲话选编", [SAFETY, FLOOD]), "ofd": ofd(speech.split("\n"), "讲话"),
            "mht": mht("<p>" + speech + "</p>", "gb18030"), "html": HTML_HOSTILE.encode(),
            "txt": speech.encode("gb18030")}


def _mutate(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        how, at = rng.randrange(5), rng.randrange(len(data))
        if how == 0:  # flip bytes
            for place in rng.sample(range(len(data)), min(len(data), rng.randint(1, 16))):
                data[place] = rng.randrange(256)
        elif how == 1:  # cut it short
            del data[at:]
        elif how == 2:  # a run of garbage in the middle
            data[at:at] = rng.randbytes(rng.randint(1, 512))
        elif how == 3:  # a stretch repeated
            data[at:at] = data[at:at + rng.randint(1, 4096)] * rng.randint(2, 8)
        else:  # a stretch zeroed
            size = rng.randint(1, 2048)
            data[at:at + size] = bytes(len(data[at:at + size]))
        if not data:
            data = bytearray(b"\0")
    return bytes(data)


def test_four_hundred_damaged_files_each_get_a_line_and_none_a_traceback(tmp_path):
    rng = random.Random(400)
    seeds = _seeds()
    count = 0
    for kind, data in seeds.items():
        for number in range(70 if kind in ("pdf", "docx", "epub", "ofd") else 40):
            (tmp_path / f"mutant-{kind}-{number:03}.{kind}").write_bytes(_mutate(data, rng))
            count += 1
    assert count >= 400
    child = _child(FUZZ, tmp_path)
    assert child.stdout.readline().strip() == "ready"
    out, err = child.communicate(timeout=1800)
    assert child.returncode == 0, err
    report = json.loads(out.strip().splitlines()[-1])
    print(f"\nmutation fuzz: {report['files']} files, {report['statuses']}")
    assert report["files"] == count and report["tracebacks"] == []
