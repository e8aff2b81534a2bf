"""The commands that read: analyze, eval, list, show, search."""
import json
import sqlite3

from tests.desktop.cli.conftest import run


def test_analyze_json_follows_the_contract(capsys, texts_dir):
    code, out, err = run(capsys, "analyze", str(texts_dir / "compilation-page.txt"), "--json")
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


def test_analyze_human_summary(capsys, texts_dir):
    code, out, _ = run(capsys, "analyze", str(texts_dir / "forum-page.txt"))
    assert code == 0
    assert ", 1 speech\n" in out and "清河区在全市安全生产工作会议上的发言" in out


def test_analyze_json_carries_the_mentions(capsys, texts_dir):
    code, out, _ = run(capsys, "analyze", str(texts_dir / "single-speech.txt"), "--json")
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
                      "placeholder": False, "direction": None, "rule": "figure.unit"}
    assert {"rule", "cue"} <= set(speech["directives"][0])
    expansion = next(f for f in speech["formulas"] if f["text"] == "三同时")["expansion"]
    assert "同时设计" in expansion


def test_eval_by_rule_shows_each_rule_s_hits_and_errors(capsys, tmp_path):
    (tmp_path / "speech.txt").write_text("同志们：\n今年全区死亡31人，发生一次事故。\n要严格落实责任。\n",
                                         "utf-8")
    attributes = {"value": 1.0, "unit": "人", "kind": "people", "approx": False,
                  "placeholder": False, "direction": None}
    labels = {"file": "speech.txt", "figures": [{**attributes, "text": "31人", "value": 31.0},
                                                {**attributes, "text": "一次", "unit": "次"}]}
    (tmp_path / "speech.json").write_text(json.dumps(labels, ensure_ascii=False), "utf-8")
    code, out, _ = run(capsys, "eval", "--labels", str(tmp_path), "--by-rule")
    assert code == 0
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.strip()}
    assert rows["figure.unit"] == ["1", "1", "0"]  # made one, right
    assert rows["figure.lone-one"] == ["1", "1"]  # refused one the labels have: a miss


def test_eval_prints_precision_and_recall(capsys, corpus):
    """The hand labels of tests/data/labels name sources in the shared corpus."""
    code, out, _ = run(capsys, "eval")
    assert code == 0
    sets = {part.split(" (")[0]: part for part in out.split("== ")[1:]}
    assert list(sets) == ["labels", "more", "real"]
    assert sets["labels"].startswith("labels (5 files)") and sets["real"].startswith("real (7 files)")
    lines = {line.split()[0]: line.split() for line in sets["labels"].splitlines() if line.strip()}
    assert float(lines["figures"][3]) >= 0.95 and float(lines["directives"][4]) >= 0.85


def test_show_mentions(capsys, tmp_path, texts_dir):
    db = str(tmp_path / "lib.sqlite")
    run(capsys, "--db", db, "import", str(texts_dir / "forum-page.txt"))
    code, out, _ = run(capsys, "--db", db, "show", "1", "--mentions")
    assert code == 0
    assert any("figure" in line and "1260万元" in line and "money" in line
               for line in out.splitlines())


def test_search_prints_an_aligned_concordance(capsys, tmp_path, texts_db):
    from db import Library
    from desktop.cli.terminal import width as _width
    code, out, err = run(capsys, "--db", str(texts_db), "search", "主体责任")
    assert code == 0
    with Library(texts_db) as library:
        expected = library.search.find("主体责任")
    lines = [line for line in out.splitlines() if "【主体责任】" in line]
    assert len(lines) == expected.hits > 0
    columns = {_width(line.split("【")[0]) for line in lines}
    assert len(columns) == 1  # the matches line up
    assert out.splitlines()[-1] == f"{expected.hits} hits in {len(expected.groups)} speeches"
    code, out, err = run(capsys, "--db", str(texts_db), "search", "--json", "隐患", "kind:figure")
    result = json.loads(out)
    assert code == 0 and result["hits"] > 0
    assert {hit["where"] for group in result["groups"] for hit in group["hits"]} == {"figure"}


def test_search_past_the_ranked_matches_prints_their_count(capsys, texts_db, monkeypatch):
    from db import Library
    with Library(texts_db) as library:
        total = library.search.count("安全")
    for name, value in (("RANKED", 1), ("BATCH", 1), ("SCAN_LIMIT", 1)):  # a page read alone
        monkeypatch.setattr(f"db.search.{name}", value)
    code, out, err = run(capsys, "--db", str(texts_db), "search", "--limit", "1", "安全")
    assert code == 0 and total >= 3
    assert f" in the first 1 of {total} speeches" in out.splitlines()[-1]


def test_search_with_a_filter_alone_lists_its_speeches(capsys, texts_db):
    from db import Library
    with Library(texts_db) as library:
        tagged = library.speeches.all()[-1]
        library.tags.set_speech(tagged.id, ["执法"])
    code, out, err = run(capsys, "--db", str(texts_db), "search", "tag:执法")
    assert code == 0 and err == ""
    assert [line for line in out.splitlines() if line.startswith("[")] == [
        f"[{tagged.id}] 《{tagged.title}》 {tagged.speaker or ''} {tagged.date or ''}".rstrip()]
    assert out.splitlines()[-1] == "1 speech"


def test_search_explains_a_query_it_cannot_use(capsys, texts_db):
    code, out, err = run(capsys, "--db", str(texts_db), "search", "--", "-隐患")
    assert code == 1 and "add a word" in err
    code, out, err = run(capsys, "--db", str(texts_db), "search", '"', "*")
    assert code == 1 and "yandu:" in err and "Traceback" not in err


def test_search_indexes_an_older_library_first(capsys, texts_db):
    with sqlite3.connect(texts_db) as db:
        db.execute("INSERT INTO speech_fts (speech_fts) VALUES ('delete-all')")
        db.execute("DELETE FROM speech_key")
    code, out, err = run(capsys, "--db", str(texts_db), "search", "隐患")
    assert code == 0 and "adding" in err and "search index" in err
    assert "【隐患】" in out


def test_show_says_a_speech_was_read_by_ocr_and_how_unsure(capsys, tmp_path, texts_dir):
    from db import Library
    from db import ocr as read_by_ocr
    db = str(tmp_path / "lib.sqlite")
    run(capsys, "--db", db, "import", str(texts_dir / "single-speech.txt"))
    _, out, _ = run(capsys, "--db", db, "show", "1")
    assert "OCR" not in out
    with Library(db) as library, library.using():
        read_by_ocr.store(1, True, [(3, 5), (40, 41)])
    _, out, _ = run(capsys, "--db", db, "show", "1")
    assert "read by OCR from a scan: 3 characters it was unsure of" in out.splitlines()
