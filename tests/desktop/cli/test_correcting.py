"""`yandu edit`, `yandu export-corrections` and `yandu eval --corrections`."""
import json

import pytest

from tests.desktop.cli.conftest import run
from tests.speeches import FLOOD, SAFETY


@pytest.fixture
def imported(capsys, tmp_path):
    """A library of two files; returns (db, the safety file, its speech id, the flood id)."""
    db = tmp_path / "lib.sqlite"
    for name, text in (("safety.txt", SAFETY), ("flood.txt", FLOOD)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert run(capsys, "--db", str(db), "import", str(tmp_path / name))[0] == 0
    _, out, _ = run(capsys, "--db", str(db), "list", "--json")
    ids = {s["source_path"].rsplit("/", 1)[-1]: s["id"] for s in json.loads(out)}
    return db, tmp_path / "safety.txt", ids["safety.txt"], ids["flood.txt"]


def _mentions(capsys, db, speech_id):
    """(start-end, kind, text) of each line `yandu show ID --mentions` prints."""
    _, out, _ = run(capsys, "--db", str(db), "show", str(speech_id), "--mentions")
    return [tuple(line.split()[:3]) for line in out.splitlines()[4:] if line.strip()]


def test_edit_survives_reimporting_the_edited_file(capsys, imported):
    db, page, safety, _flood = imported
    directive = next(m for m in _mentions(capsys, db, safety)
                     if m[1] == "directive" and "6月底前" in m[2])
    code, out, err = run(capsys, "--db", str(db), "edit", str(safety), "--title", "镇长讲话",
                         "--date", "2020-01-02", "--source", "镇政府网站",
                         "--dismiss", f"directive:{directive[0]}")
    assert (code, err) == (0, "") and "镇长讲话" in out and "2020-01-02" in out
    page.write_text(SAFETY.replace("死亡2人", "死亡3人"), encoding="utf-8")
    code, out, _ = run(capsys, "--db", str(db), "import", str(page))
    assert code == 0 and "updated" in out
    code, out, _ = run(capsys, "--db", str(db), "show", str(safety))
    assert out.splitlines()[0] == "镇长讲话" and "2020-01-02" in out and "镇政府网站" in out
    assert "死亡3人" in out
    assert not any(m[1] == "directive" and "6月底前" in m[2]
                   for m in _mentions(capsys, db, safety))


def test_several_speeches_at_once_and_back_to_the_analysis(capsys, imported):
    db, _page, safety, flood = imported
    code, _, _ = run(capsys, "--db", str(db), "edit", str(safety), str(flood),
                     "--speaker", "李明")
    assert code == 0
    _, out, _ = run(capsys, "--db", str(db), "list", "--json")
    assert [s["speaker"] for s in json.loads(out)] == ["李明", "李明"]
    run(capsys, "--db", str(db), "edit", str(flood), "--automatic", "speaker")
    _, out, _ = run(capsys, "--db", str(db), "list", "--json")
    assert sorted(str(s["speaker"]) for s in json.loads(out)) == ["None", "李明"]


def test_a_refused_edit_says_why_and_changes_nothing(capsys, imported):
    db, _page, safety, flood = imported
    _, before, _ = run(capsys, "--db", str(db), "list", "--json")
    code, _, err = run(capsys, "--db", str(db), "edit", str(safety), "--speaker", "王",
                       "--date", "2024-13-01")
    assert code == 1 and "“2024-13-01” is not a date" in err
    code, _, err = run(capsys, "--db", str(db), "edit", str(safety), str(flood),
                       "--title", "同一个")
    assert code == 1 and "a title is for one speech, not 2" in err
    code, _, err = run(capsys, "--db", str(db), "edit", str(safety), "--speaker", "王",
                       "--mark", "directive:0-4:often")
    assert code == 1 and "“often” is not a directive strength" in err
    code, _, err = run(capsys, "--db", str(db), "edit", str(safety), "--mark", "directive")
    assert code == 2 and "is not KIND:START-END" in err
    code, _, err = run(capsys, "--db", str(db), "edit", "999", "--speaker", "王")
    assert code == 1 and "no speech with id 999" in err
    _, after, _ = run(capsys, "--db", str(db), "list", "--json")
    assert after == before


def test_marked_mentions_are_shown_and_counted_and_exported(capsys, imported, tmp_path):
    db, _page, safety, _flood = imported
    _, text, _ = run(capsys, "--db", str(db), "show", str(safety))
    body = text.split("\n\n", 1)[1]
    start = body.index("谢谢大家")
    figure = next(m for m in _mentions(capsys, db, safety) if m[1] == "figure")
    code, _, err = run(capsys, "--db", str(db), "edit", str(safety),
                       "--mark", f"directive:{start}-{start + 4}:hope",
                       "--dismiss", f"figure:{figure[0]}")
    assert (code, err) == (0, "")
    assert (f"{start}-{start + 4}", "directive", "谢谢大家") in _mentions(capsys, db, safety)
    code, out, _ = run(capsys, "--db", str(db), "eval", "--corrections")
    assert code == 0
    [figures] = [line.split() for line in out.splitlines() if line.startswith("figure")]
    assert figures[2:4] == ["1", f"{1 / int(figures[1]):.1%}"]
    target = tmp_path / "corrections.json"
    code, out, _ = run(capsys, "--db", str(db), "export-corrections", str(target))
    assert code == 0 and "2 corrections of 1 speeches" in out
    [speech] = json.loads(target.read_text(encoding="utf-8"))["speeches"]
    assert {(m["action"], m["kind"]) for m in speech["mentions"]} == {
        ("mark", "directive"), ("dismiss", "figure")}


def test_split_remove_and_merge_from_the_command_line(capsys, tmp_path):
    from tests.db.test_structure import CUT, ONE
    db = tmp_path / "lib.sqlite"
    page = tmp_path / "one.txt"
    page.write_text(ONE, encoding="utf-8")
    run(capsys, "--db", str(db), "import", str(page))
    _, out, _ = run(capsys, "--db", str(db), "list", "--json")
    [speech] = json.loads(out)
    start = ONE.index("去年全镇")
    code, out, err = run(capsys, "--db", str(db), "edit", str(speech["id"]),
                         "--split", str(ONE.index(CUT)), "--remove", f"{start}-{start + 4}")
    assert (code, err) == (0, "") and len(out.splitlines()) == 2
    _, out, _ = run(capsys, "--db", str(db), "list", "--json")
    first, second = json.loads(out)
    _, shown, _ = run(capsys, "--db", str(db), "show", str(second["id"]))
    assert shown.rstrip().endswith(ONE[ONE.index(CUT):])
    _, shown, _ = run(capsys, "--db", str(db), "show", str(first["id"]))
    assert "去年全镇" not in shown and CUT not in shown
    code, _, _ = run(capsys, "--db", str(db), "edit", str(first["id"]), "--merge")
    _, out, _ = run(capsys, "--db", str(db), "list", "--json")
    assert code == 0 and [s["id"] for s in json.loads(out)] == [first["id"]]
    code, _, err = run(capsys, "--db", str(db), "edit", str(first["id"]), "--merge")
    assert code == 1 and "last speech of its file" in err


def test_undo_takes_back_the_last_edit_whole(capsys, tmp_path):
    from db import Library
    from tests.db.test_structure import CUT, ONE
    db = str(tmp_path / "lib.sqlite")
    with Library(db) as library:
        library.importer.import_text(ONE, "讲话")
        [speech] = library.speeches.all()
    run(capsys, "--db", db, "edit", str(speech.id), "--speaker", "王")
    code, out, _ = run(capsys, "--db", db, "edit", str(speech.id), "--title", "新题",
                       "--split", str(ONE.index(CUT)))
    assert code == 0
    with Library(db) as library:
        assert len(library.speeches.all()) == 2
    code, out, err = run(capsys, "--db", db, "undo")
    assert code == 0 and "Taken back" in out
    with Library(db) as library:  # the title and the split together, the speaker stays
        [back] = library.speeches.all()
        assert (back.title, back.speaker) == (speech.title, "王")
    assert run(capsys, "--db", db, "undo")[0] == 0
    with Library(db) as library:
        assert library.speeches.all()[0].speaker == speech.speaker
    code, _, err = run(capsys, "--db", db, "undo")
    assert code == 1 and "no edit" in err


def test_show_mentions_speaks_the_readers_language(capsys, imported, monkeypatch):
    db, _page, safety, _flood = imported
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    _, out, _ = run(capsys, "--db", str(db), "show", str(safety), "--mentions")
    monkeypatch.setenv("LANGUAGE", "en")
    figures = [line for line in out.splitlines() if "数值=" in line]
    assert figures and all(" 数据 " in line and "单位=" in line and "类型=" in line
                           for line in figures)
    assert "类型=人数" in out and "强度=" in out
    for english in ("value=", "unit=", "kind=", "strength=", "people", " figure "):
        assert english not in out
    assert "规则=figure.unit" in out  # a rule's name is looked up as it is


def test_where_a_speech_was_published_is_edited_shown_and_kept(capsys, imported):
    db, page, safety, _flood = imported
    code, _, err = run(capsys, "--db", str(db), "edit", str(safety), "--publication", "人民日报",
                       "--page", "2", "--url", "https://www.example.cn/a.html",
                       "--published", "2020年7月22日", "--doc-number", "某政发〔2024〕3号")
    assert (code, err) == (0, "")
    page.write_text(SAFETY.replace("死亡2人", "死亡3人"), encoding="utf-8")
    assert run(capsys, "--db", str(db), "import", str(page))[0] == 0
    _, out, _ = run(capsys, "--db", str(db), "show", str(safety))
    for line in ("published in: 人民日报", "page: 2", "web address: https://www.example.cn/a.html",
                 "publication date: 2020-07-22", "document number: 某政发〔2024〕3号"):
        assert line in out.splitlines()


def test_a_web_address_without_http_is_refused(capsys, imported):
    db, _page, safety, _flood = imported
    code, _, err = run(capsys, "--db", str(db), "edit", str(safety), "--url", "www.example.cn")
    assert code == 1 and "“www.example.cn” is not a web address" in err
    _, out, _ = run(capsys, "--db", str(db), "show", str(safety))
    assert "web address" not in out


def test_a_compilation_and_a_journal_issue_are_edited_shown_and_kept(capsys, imported):
    db, page, safety, _flood = imported
    code, _, err = run(capsys, "--db", str(db), "edit", str(safety), "--issue", "2024年第3期",
                       "--compilation", "习近平谈治国理政: 第四卷", "--editors",
                       "中共中央党史和文献研究院", "--place", "北京", "--publisher", "外文出版社",
                       "--year", "2022")
    assert (code, err) == (0, "")
    page.write_text(SAFETY.replace("死亡2人", "死亡3人"), encoding="utf-8")
    assert run(capsys, "--db", str(db), "import", str(page))[0] == 0
    _, out, _ = run(capsys, "--db", str(db), "show", str(safety))
    for line in ("issue: 2024(3)", "compilation: 习近平谈治国理政: 第四卷",
                 "editors: 中共中央党史和文献研究院", "place published: 北京", "publisher: 外文出版社",
                 "year published: 2022"):
        assert line in out.splitlines()


def test_a_year_that_is_none_is_refused(capsys, imported):
    db, _page, safety, _flood = imported
    code, _, err = run(capsys, "--db", str(db), "edit", str(safety), "--year", "22")
    assert code == 1 and "“22” is not a year" in err


def test_replace_corrects_words_that_stand_once_and_undo_takes_it_back(capsys, imported):
    db, _page, safety, _flood = imported
    code, _, err = run(capsys, "--db", str(db), "edit", str(safety), "--replace", "监管职责",
                       "监督职责")
    assert (code, err) == (0, "")
    _, shown, _ = run(capsys, "--db", str(db), "show", str(safety))
    assert "各部门要切实履行监督职责。" in shown and "监管" not in shown
    code, _, err = run(capsys, "--db", str(db), "edit", str(safety), "--replace", "安全生产",
                       "安全")
    assert code == 1 and "“安全生产” stands more than once" in err
    code, _, err = run(capsys, "--db", str(db), "edit", str(safety), "--replace", "地震", "水灾")
    assert code == 1 and "“地震” is not in the speech" in err
    assert run(capsys, "--db", str(db), "undo")[0] == 0
    _, shown, _ = run(capsys, "--db", str(db), "show", str(safety))
    assert "各部门要切实履行监管职责。" in shown
