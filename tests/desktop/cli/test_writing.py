"""The commands that write: import, export, import-annotations, backup, restore."""
import csv
import json
import sqlite3

import pytest

from tests.desktop.cli.conftest import run
from tests.speeches import FLOOD, SAFETY


def test_import_list_show(capsys, tmp_path):
    db = tmp_path / "lib.sqlite"
    folder = tmp_path / "speeches"
    folder.mkdir()
    (folder / "safety.txt").write_text("镇长在全镇安全生产工作会议上的讲话\n" + SAFETY, encoding="gbk")
    opening = "今天，县政府召开防汛工作会议，安排部署今年的防汛工作。\n"
    assert opening in FLOOD
    (folder / "flood.txt").write_text(FLOOD.replace(opening, ""), encoding="utf-8")  # no occasion
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    code, out, err = run(capsys, "--db", str(db), "import", str(folder))
    assert code == 1
    assert f"imported  {folder / 'safety.txt'}: 1 speech" in out
    assert f"imported  {folder / 'flood.txt'}: 1 speech" in out
    assert err.startswith(f"failed    {folder / 'bad.txt'}: ")
    assert "2 imported, 0 unchanged, 1 failed" in out

    code, out, _ = run(capsys, "--db", str(db), "import", str(folder / "flood.txt"))
    assert code == 0 and "unchanged" in out and "0 imported, 1 unchanged, 0 failed" in out

    code, out, _ = run(capsys, "--db", str(db), "list", "--json")
    listed = json.loads(out)
    assert [s["title"] for s in listed] == [None, "镇长在全镇安全生产工作会议上的讲话"]
    code, out, _ = run(capsys, "--db", str(db), "list")
    assert "镇长在全镇安全生产工作会议上的讲话" in out and "(untitled)" in out

    safety_id = listed[1]["id"]
    code, out, _ = run(capsys, "--db", str(db), "show", str(safety_id))
    assert code == 0 and out.rstrip().endswith(SAFETY)
    code, out, _ = run(capsys, "--db", str(db), "show", str(safety_id), "--outline")
    assert "二、突出重点，狠抓落实\n  （一）落实企业主体责任\n    一是要加强教育培训" in out
    code, _, err = run(capsys, "--db", str(db), "show", "999")
    assert code == 1 and "no speech with id 999" in err


def test_samples_import_into_the_default_library(capsys, tmp_path, monkeypatch):
    default = tmp_path / "default.sqlite"
    monkeypatch.setenv("YANDU_DB", str(default))
    code, out, _ = run(capsys, "import", "--samples")
    assert code == 0 and "2 imported" in out
    code, out, _ = run(capsys, "list")
    assert "副市长在全市安全生产工作会议上的讲话" in out
    with sqlite3.connect(default) as connection:
        assert connection.execute("SELECT count(*) FROM speech").fetchone()[0] == 2


def test_a_folder_of_thousands_of_files(capsys, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(1500):
        (folder / f"{i:04d}.txt").write_text(f"第{i}号通知\n{SAFETY}\n补充说明{i}。", encoding="utf-8")
    code, out, _ = run(capsys, "--db", str(tmp_path / "lib.sqlite"), "import", str(folder))
    assert code == 0
    assert "1500 imported, 0 unchanged, 0 failed" in out
    assert out.count("\nimported  ") + out.startswith("imported  ") == 1500


@pytest.mark.parametrize("megabytes", [2, pytest.param(50, marks=pytest.mark.long)])
def test_a_big_file_is_imported(capsys, tmp_path, texts_dir, megabytes):
    big = tmp_path / "big.txt"
    data = (texts_dir / "compilation-page.txt").read_bytes()
    copies = megabytes * 2**20 // len(data) + 1
    big.write_bytes(data * copies)
    code, out, _ = run(capsys, "--db", str(tmp_path / "lib.sqlite"), "import", str(big))
    assert code == 0
    assert f"imported  {big}: {5 * copies} speeches" in out


def test_export_and_import_annotations_from_the_command_line(capsys, tmp_path):
    from db import Library
    db, other = tmp_path / "library.sqlite", tmp_path / "other.sqlite"
    speech = tmp_path / "safety.txt"
    speech.write_text(SAFETY, encoding="utf-8")
    for library_file in (db, other):
        assert run(capsys, "--db", str(library_file), "import", str(speech))[0] == 0
    with Library(db) as library:
        [summary] = library.speeches.all()
        text = library.speeches.get(summary.id).text
        start = text.index("各村要在6月底前完成排查")
        library.annotations.add(summary.id, start, start + 12, "green", "按时完成", ["排查"])
    out_file = tmp_path / "notes.md"
    code, out, err = run(capsys, "--db", str(db), "export", "--format", "md", "--out",
                         str(out_file), "--tag", "排查")
    assert (code, err) == (0, "") and "1 excerpt written" in out
    assert "> 各村要在6月底前完成排查" in out_file.read_text(encoding="utf-8")
    code, _, err = run(capsys, "--db", str(db), "export", "--format", "json", "--out",
                       str(tmp_path / "notes.json"))
    assert code == 0
    code, out, err = run(capsys, "--db", str(other), "import-annotations",
                         str(tmp_path / "notes.json"))
    assert (code, err) == (0, "") and "highlights added: 1," in out
    with Library(other) as library:
        [excerpt] = library.excerpts.select()
        assert (excerpt.quote, excerpt.note, excerpt.tags) == ("各村要在6月底前完成排查", "按时完成",
                                                                ["排查"])
    code, _, err = run(capsys, "--db", str(db), "export", "--format", "csv", "--out",
                       str(tmp_path / "missing" / "x.csv"))
    assert code == 1 and "cannot write" in err and "x.csv" in err

    # With the automatic directives and figures: they are said to be left out, not added.
    code, _, err = run(capsys, "--db", str(db), "export", "--format", "json", "--out",
                       str(tmp_path / "all.json"), "--kind", "highlight", "--kind", "figure")
    assert code == 0
    code, out, err = run(capsys, "--db", str(other), "import-annotations",
                         str(tmp_path / "all.json"))
    assert (code, err) == (0, "") and "highlights added: 0, already there: 1," in out
    assert "automatic directives and figures left out" in out


def test_backup_and_restore_from_the_command_line(capsys, tmp_path, monkeypatch):
    db = tmp_path / "library.sqlite"
    speech = tmp_path / "safety.txt"
    speech.write_text(SAFETY, encoding="utf-8")
    run(capsys, "--db", str(db), "import", str(speech))
    code, out, _ = run(capsys, "--db", str(db), "backup", str(tmp_path / "copy.sqlite"))
    assert code == 0 and "Backed up" in out
    flood = tmp_path / "flood.txt"
    flood.write_text(FLOOD, encoding="utf-8")
    run(capsys, "--db", str(db), "import", str(flood))
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    code, out, _ = run(capsys, "--db", str(db), "restore", str(tmp_path / "copy.sqlite"))
    assert code == 1 and "Nothing changed" in out
    code, out, _ = run(capsys, "--db", str(db), "restore", str(tmp_path / "copy.sqlite"),
                       "--yes")
    assert code == 0 and "replaced file is kept" in out
    code, out, _ = run(capsys, "--db", str(db), "list", "--json")
    assert len(json.loads(out)) == 1
    code, _, err = run(capsys, "--db", str(db), "restore", str(speech), "--yes")
    assert code == 1 and "safety.txt" in err and "cannot restore" in err
    code, _, err = run(capsys, "--db", str(db), "restore", "--latest", "--yes")
    assert code == 1 and "no automatic backups" in err


HOLD_THE_LIBRARY = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1] + ".lock")
assert lock.tryLock(1000)
print("holding", flush=True)
time.sleep(60)
"""


def test_restore_is_refused_while_a_window_has_the_library_open(capsys, tmp_path):
    """The window's own lock (Qt's QLockFile, taken here by another process as the window
    takes it): `yandu restore` says the library is open and changes nothing."""
    import subprocess
    import sys
    db = tmp_path / "library.sqlite"
    speech = tmp_path / "safety.txt"
    speech.write_text(SAFETY, encoding="utf-8")
    run(capsys, "--db", str(db), "import", str(speech))
    run(capsys, "--db", str(db), "backup", str(tmp_path / "copy.sqlite"))
    window = subprocess.Popen([sys.executable, "-c", HOLD_THE_LIBRARY, str(db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout.readline().strip() == "holding"
        code, _, err = run(capsys, "--db", str(db), "restore", str(tmp_path / "copy.sqlite"),
                           "--yes")
        assert code == 1 and "another Yandu has the library open" in err
        assert not list(tmp_path.glob("library.sqlite.before-restore-*"))
    finally:
        window.kill()
        window.wait()
        window.stdout.close()
    code, _, err = run(capsys, "--db", str(db), "restore", str(db), "--yes")
    assert code == 1 and "cannot restore the library from itself" in err


def test_importing_a_speech_already_there_names_it(capsys, tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(SAFETY, encoding="utf-8")
    second.write_text(SAFETY.replace("\n", "\r\n"), encoding="utf-16")
    db = str(tmp_path / "library.sqlite")
    assert run(capsys, "--db", db, "import", str(first))[0] == 0
    code, out, _ = run(capsys, "--db", db, "import", str(second))
    assert code == 0
    assert "duplicate" in out and "b.txt: the same text is already in the library: “" in out
    assert "(speech 1)" in out and "0 imported, 1 unchanged" in out


def one_speech(capsys, tmp_path, text=SAFETY):
    """A library of one imported file of one speech: the library's path and the speech's id."""
    from db import Library
    db, page = tmp_path / "library.sqlite", tmp_path / "safety.txt"
    page.write_text(text, encoding="utf-8")
    assert run(capsys, "--db", str(db), "import", str(page))[0] == 0
    with Library(db) as library:
        [summary] = library.speeches.all()
    return db, summary.id


@pytest.fixture
def coloured(capsys, tmp_path):
    """A library of one speech with a yellow and a green highlight."""
    from db import Library
    db, speech_id = one_speech(capsys, tmp_path)
    with Library(db) as library:
        library.annotations.add(speech_id, 0, 3, "green", "绿")
        library.annotations.add(speech_id, 5, 9, "yellow", "黄")
    return db


def test_export_takes_colours_by_their_names_in_the_user_s_language(capsys, coloured, tmp_path,
                                                                    monkeypatch):
    db = coloured
    out_file = tmp_path / "green.md"
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    code, out, err = run(capsys, "--db", str(db), "export", "--format", "md", "--out",
                         str(out_file), "--color", "绿色")
    assert code == 0 and "绿" in out_file.read_text(encoding="utf-8")
    assert "黄" not in out_file.read_text(encoding="utf-8").replace("黄色", "")
    code, out, err = run(capsys, "--db", str(db), "export", "--format", "md", "--out",
                         str(tmp_path / "x.md"), "--color", "紫色")
    assert code == 2 and "紫色" in err and "绿色" in err and not (tmp_path / "x.md").exists()
    monkeypatch.setenv("LANGUAGE", "en")
    code, _, err = run(capsys, "--db", str(db), "export", "--format", "md", "--out",
                       str(tmp_path / "y.md"), "--color", "purple")
    assert code == 2 and "purple is not a highlight colour" in err


def test_export_study_notes(capsys, tmp_path):
    from datetime import date

    from docx import Document

    from db import Library
    db, speech_id = one_speech(capsys, tmp_path)
    with Library(db) as library:
        start = library.speeches.get(speech_id).text.index("各村要在6月底前完成排查")
        library.annotations.add(speech_id, start, start + 12, "green", "按时完成", ["排查"])
    reflection = tmp_path / "reflection.txt"
    reflection.write_text("学了就要用。\n", encoding="utf-8")
    target = tmp_path / "notes.docx"
    code, out, err = run(capsys, "--db", str(db), "export", "--format", "notes", "--out",
                         str(target), "--title", "学习笔记", "--name", "张三", "--dated",
                         "2026年5月6日", "--group", "tag", "--reflection", str(reflection))
    assert (code, err) == (0, "") and "1 excerpt written" in out
    lines = [p.text for p in Document(target).paragraphs]
    assert lines[:3] == ["学习笔记", "Name: 张三　　Date: 2026年5月6日", "1. Excerpts"]
    assert lines[3] == "(1) 排查" and lines[-2:] == ["2. Reflections", "学了就要用。"]
    assert run(capsys, "--db", str(db), "export", "--format", "notes", "--out", str(target))[0] == 0
    assert Document(target).paragraphs[1].text == f"Date: {date.today().isoformat()}"
    code, _, err = run(capsys, "--db", str(db), "export", "--format", "notes", "--out",
                       str(target), "--reflection", str(tmp_path / "missing.txt"))
    assert code == 1 and "missing.txt" in err


def test_export_cites_in_the_style_asked_for(capsys, tmp_path):
    from db import Library
    from tests.db.test_excerpts import CREDITED
    db, speech_id = one_speech(capsys, tmp_path, CREDITED)
    with Library(db) as library:
        library.annotations.add(speech_id, 4, 14, "yellow")
    for style, expected in (("gbt7714-2015", "习近平. 在企业家座谈会上的讲话[N]. 人民日报, "
                                             "2020-07-22(2)."),
                            ("plain", "《在企业家座谈会上的讲话》，习近平，《人民日报》2020年7月22日第2版")):
        out = tmp_path / f"{style}.md"
        code, _, err = run(capsys, "--db", str(db), "export", "--format", "md", "--out",
                           str(out), "--style", style)
        assert code == 0, err
        written = out.read_text(encoding="utf-8").replace("\\", "")  # Markdown escapes
        assert expected in written and "yandu:" not in written


def test_colours_are_named_and_listed(capsys, coloured):
    db = str(coloured)
    assert run(capsys, "--db", db, "colors", "--name", "yellow", " 重点 ") == (
        0, "yellow  yellow  重点\n", "")
    assert run(capsys, "--db", db, "colors", "--name", "green", "数据")[0] == 0
    code, out, _ = run(capsys, "--db", db, "colors")
    assert code == 0
    assert out.splitlines() == ["yellow  yellow  重点", "green   green   数据", "blue    blue",
                                "pink    pink", "orange  orange"]
    assert run(capsys, "--db", db, "colors", "--name", "green", "")[0] == 0  # unnamed again
    assert "green   green\n" in run(capsys, "--db", db, "colors")[1]
    code, _, err = run(capsys, "--db", db, "colors", "--name", "purple", "紫")
    assert code == 2 and "purple is not a highlight colour" in err


def test_export_takes_a_colour_by_the_name_the_user_gave_it(capsys, coloured, tmp_path):
    from docx import Document
    db = str(coloured)
    run(capsys, "--db", db, "colors", "--name", "yellow", "重点")
    out_file = tmp_path / "marked.md"
    code, out, err = run(capsys, "--db", db, "export", "--format", "md", "--out", str(out_file),
                         "--color", "重点")
    assert code == 0 and "黄" in out_file.read_text(encoding="utf-8")
    assert "绿" not in out_file.read_text(encoding="utf-8")
    word = tmp_path / "all.docx"
    assert run(capsys, "--db", db, "export", "--format", "docx", "--out", str(word))[0] == 0
    legend = Document(word).paragraphs[1].text
    assert legend.split("■") == ["Colours: ", " yellow (重点) ", " green"]
    table = tmp_path / "all.csv"
    assert run(capsys, "--db", db, "export", "--format", "csv", "--out", str(table))[0] == 0
    rows = list(csv.reader(table.read_text(encoding="utf-8-sig").splitlines()))
    assert [row[9] for row in rows[1:]] == ["green", "yellow (重点)"]
    code, _, err = run(capsys, "--db", db, "export", "--format", "md", "--out",
                       str(tmp_path / "x.md"), "--color", "purple")
    assert code == 2 and "yellow (重点)" in err


def test_export_cites_a_compilation_and_a_journal(capsys, tmp_path):
    from db import Library
    from tests.db.exports.test_citing import PAGES, REFERENCES
    db = tmp_path / "lib.sqlite"
    for name in ("compilation.txt", "qiushi.html"):
        (tmp_path / name).write_text(PAGES[name], encoding="utf-8")
        assert run(capsys, "--db", str(db), "import", str(tmp_path / name))[0] == 0
    with Library(db) as library:
        ids = {s.source_path.rsplit("/", 1)[-1]: s.id for s in library.speeches.all()}
        for speech_id in ids.values():
            start = library.speeches.get(speech_id).text.index("要")
            library.annotations.add(speech_id, start, start + 4, "yellow")
    edits = {"compilation.txt": ["--compilation", "习近平谈治国理政: 第四卷", "--editors",
                                 "中共中央党史和文献研究院", "--place", "北京", "--publisher",
                                 "外文出版社", "--year", "2022年", "--page", "12-15"],
             "qiushi.html": ["--speaker", "习近平", "--page", "4-11"]}
    for name, options in edits.items():
        assert run(capsys, "--db", str(db), "edit", str(ids[name]), *options)[0] == 0
    for style, which in (("gbt7714-2015", 0), ("plain", 1)):
        out = tmp_path / f"{style}.md"
        code, _, err = run(capsys, "--db", str(db), "export", "--format", "md", "--out",
                           str(out), "--style", style)
        assert code == 0, err
        written = out.read_text(encoding="utf-8").replace("\\", "")  # Markdown escapes
        for name in edits:
            assert REFERENCES[name][which] in written
