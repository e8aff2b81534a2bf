import json
import sqlite3

import pytest

from analysis.version import __version__
from desktop.cli.main import main
from tests.speeches import FLOOD, SAFETY


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_analyze_json_follows_the_contract(capsys, corpus):
    code, out, err = run(capsys, "analyze", str(corpus / "compilation-5-titled.txt"), "--json")
    assert code == 0 and err == ""
    result = json.loads(out)
    assert set(result) == {"file", "format", "encoding", "speeches"}
    assert (result["format"], result["encoding"]) == ("txt", "utf-8")
    assert len(result["speeches"]) == 5
    first = result["speeches"][0]
    assert {"title", "speaker", "occasion", "date", "text", "outline"} <= set(first)
    assert first["speaker"] == "区长"
    for entry in first["outline"]:
        assert {"level", "label", "title", "start", "end"} <= set(entry)
        assert first["text"][entry["start"]:entry["end"]].startswith(entry["label"])


def test_analyze_error_goes_to_stderr_with_nothing_on_stdout(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = run(capsys, "analyze", str(empty), "--json")
    assert code == 1 and out == ""
    assert err.strip() == f"yandu: {empty}: the file is empty"


def test_analyze_human_summary(capsys, corpus):
    code, out, _ = run(capsys, "analyze", str(corpus / "forum-page.txt"))
    assert code == 0
    assert "1 speech(es)" in out and "某市在全省安全生产工作会议上的发言" in out


def test_import_list_show(capsys, tmp_path):
    db = tmp_path / "lib.sqlite"
    folder = tmp_path / "speeches"
    folder.mkdir()
    (folder / "safety.txt").write_text("镇长在全镇安全生产工作会议上的讲话\n" + SAFETY, encoding="gbk")
    (folder / "flood.txt").write_text(FLOOD, encoding="utf-8")
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


def test_default_library_lives_in_the_user_data_folder(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("YANDU_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    run(capsys, "import", "--samples")
    assert (tmp_path / "data" / "Yandu" / "library.sqlite").is_file()


def test_a_foreign_library_file_gives_a_clear_message(capsys, tmp_path):
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    code, out, err = run(capsys, "--db", str(other), "list")
    assert code == 2 and out == ""
    assert err.strip() == f"yandu: {other}: this SQLite file belongs to another program, not Yandu"


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"yandu {__version__}"
    for command in ("analyze", "import", "list", "show"):
        with pytest.raises(SystemExit) as exited:
            main([command, "--help"])
        assert exited.value.code == 0
        assert f"usage: yandu {command}" in capsys.readouterr().out


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
def test_a_big_file_is_imported(capsys, tmp_path, corpus, megabytes):
    big = tmp_path / "big.txt"
    data = (corpus / "compilation-5-titled.txt").read_bytes()
    copies = megabytes * 2**20 // len(data) + 1
    big.write_bytes(data * copies)
    code, out, _ = run(capsys, "--db", str(tmp_path / "lib.sqlite"), "import", str(big))
    assert code == 0
    assert f"imported  {big}: {5 * copies} speeches" in out


def test_analyze_json_carries_the_mentions(capsys, corpus):
    code, out, _ = run(capsys, "analyze", str(corpus / "clean-single.txt"), "--json")
    assert code == 0
    speech = json.loads(out)["speeches"][0]
    for kind in ("directives", "figures", "dates", "formulas", "documents"):
        assert speech[kind], kind
        for item in speech[kind]:
            assert speech["text"][item["start"]:item["end"]] == item["text"]
    assert {"strength", "addressee", "deadline"} <= set(speech["directives"][0])
    figure = next(f for f in speech["figures"] if f["text"] == "十六人")
    assert figure == {"start": figure["start"], "end": figure["end"], "text": "十六人",
                      "value": 16, "unit": "人", "kind": "people", "approx": False,
                      "placeholder": False, "direction": None}
    expansion = next(f for f in speech["formulas"] if f["text"] == "三同时")["expansion"]
    assert "同时设计" in expansion


def test_eval_prints_precision_and_recall(capsys):
    code, out, _ = run(capsys, "eval")
    assert code == 0
    lines = {line.split()[0]: line.split() for line in out.splitlines() if line.strip()}
    assert float(lines["figures"][3]) >= 0.95 and float(lines["directives"][4]) >= 0.85


def test_show_mentions(capsys, tmp_path, corpus):
    db = str(tmp_path / "lib.sqlite")
    run(capsys, "--db", db, "import", str(corpus / "forum-page.txt"))
    code, out, _ = run(capsys, "--db", db, "show", "1", "--mentions")
    assert code == 0
    assert any("figure" in line and "1745万元" in line and "money" in line
               for line in out.splitlines())


def test_search_prints_an_aligned_concordance(capsys, tmp_path, corpus_db):
    from db import Library
    from desktop.cli.terminal import width as _width
    code, out, err = run(capsys, "--db", str(corpus_db), "search", "主体责任")
    assert code == 0
    with Library(corpus_db) as library:
        expected = library.search.find("主体责任")
    lines = [line for line in out.splitlines() if "【主体责任】" in line]
    assert len(lines) == expected.hits > 0
    columns = {_width(line.split("【")[0]) for line in lines}
    assert len(columns) == 1  # the matches line up
    assert f"{expected.hits} hits in {len(expected.groups)} speeches" in out
    code, out, err = run(capsys, "--db", str(corpus_db), "search", "--json", "隐患", "kind:figure")
    result = json.loads(out)
    assert code == 0 and result["hits"] > 0
    assert {hit["where"] for group in result["groups"] for hit in group["hits"]} == {"figure"}


def test_search_explains_a_query_it_cannot_use(capsys, corpus_db):
    code, out, err = run(capsys, "--db", str(corpus_db), "search", "--", "-隐患")
    assert code == 1 and "add a word" in err
    code, out, err = run(capsys, "--db", str(corpus_db), "search", '"', "*")
    assert code == 1 and "yandu:" in err and "Traceback" not in err


def test_search_indexes_an_older_library_first(capsys, corpus_db):
    with sqlite3.connect(corpus_db) as db:
        db.execute("DELETE FROM speech_fts")
    code, out, err = run(capsys, "--db", str(corpus_db), "search", "隐患")
    assert code == 0 and "adding" in err and "search index" in err
    assert "【隐患】" in out


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
    assert (code, err) == (0, "") and "1 excerpt(s) written" in out
    assert "> 各村要在6月底前完成排查" in out_file.read_text(encoding="utf-8")
    code, _, err = run(capsys, "--db", str(db), "export", "--format", "json", "--out",
                       str(tmp_path / "notes.json"))
    assert code == 0
    code, out, err = run(capsys, "--db", str(other), "import-annotations",
                         str(tmp_path / "notes.json"))
    assert (code, err) == (0, "") and "1 highlight(s) added" in out
    with Library(other) as library:
        [excerpt] = library.excerpts.select()
        assert (excerpt.quote, excerpt.note, excerpt.tags) == ("各村要在6月底前完成排查", "按时完成",
                                                                ["排查"])
    code, _, err = run(capsys, "--db", str(db), "export", "--format", "csv", "--out",
                       str(tmp_path / "missing" / "x.csv"))
    assert code == 1 and "cannot write" in err and "x.csv" in err


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
