import json

import pytest

import analysis.layers.extract
from analysis.evaluation.eval import (
    DEFAULT_LABELS,
    LabelError,
    evaluate,
    format_report,
    label_sets,
    run,
)
from tests.conftest import need_corpus

REAL = DEFAULT_LABELS / "real"

TARGETS = {"figures": (0.95, 0.95), "directives": (0.85, 0.85), "dates": (0.9, 0.0),
           "formulas": (0.9, 0.0)}


@pytest.fixture(scope="module")
def report():
    need_corpus()
    return evaluate(DEFAULT_LABELS)


@pytest.fixture(scope="module")
def real_labels():
    return [json.loads(p.read_text("utf-8")) for p in REAL.glob("*.json")]


def test_the_labelled_set_is_big_enough(report, corpus):
    labelled = {json.loads(p.read_text("utf-8"))["file"].split("/")[-1]
                for p in DEFAULT_LABELS.glob("*.json")}
    assert {p.name for p in corpus.glob("*.txt")} <= labelled
    corpus_labels = [json.loads(p.read_text("utf-8")) for p in DEFAULT_LABELS.glob("*.json")
                     if "shared/corpus" in json.loads(p.read_text("utf-8"))["file"]]
    assert sum(len(labels["figures"]) for labels in corpus_labels) >= 150
    assert sum(len(labels["sentences"]) for labels in corpus_labels) >= 300


@pytest.mark.parametrize("kind", TARGETS)
def test_extraction_meets_its_targets(report, kind):
    precision, recall = TARGETS[kind]
    score = report.scores[kind]
    assert score.precision >= precision, format_report(report)
    assert score.recall >= recall, format_report(report)


def test_figure_values_agree_with_the_labels(report):
    values = report.agreement["figure value"]
    assert sum(values) / len(values) >= 0.95


def test_a_weaker_extractor_fails_the_targets(monkeypatch, corpus):
    real = analysis.layers.extract.find_figures
    monkeypatch.setattr(analysis.layers.extract, "find_figures",
                        lambda text, decisions=None: [f for f in real(text, decisions)
                                                      if f.unit != "%"])
    assert evaluate(DEFAULT_LABELS).scores["figures"].recall < 0.95


def test_a_label_missing_from_the_text_is_an_error(tmp_path):
    (tmp_path / "speech.txt").write_text("同志们：\n今年全区死亡31人，要严格落实责任。\n", "utf-8")
    labels = {"file": "speech.txt", "figures": [{"text": "32人"}], "sentences": []}
    (tmp_path / "speech.json").write_text(json.dumps(labels, ensure_ascii=False), "utf-8")
    with pytest.raises(LabelError, match="32人"):
        evaluate(tmp_path)


def test_the_project_s_own_speeches_meet_the_targets_without_the_corpus(tmp_path):
    """The synthetic speeches are the project's own: they are scored on every clone."""
    import shutil
    for path in DEFAULT_LABELS.glob("synthetic-*"):
        shutil.copy(path, tmp_path)
    report = evaluate(tmp_path)
    for kind in ("figures", "directives", "dates", "formulas"):
        assert report.scores[kind].files == 2
        assert report.scores[kind].precision >= 0.95 and report.scores[kind].recall >= 0.95, \
            format_report(report)


def test_the_real_set_labels_every_text_and_the_sentences_of_four(real_labels, corpus):
    texts = {p.name for p in (corpus / "real").glob("*.txt")}
    labelled = {labels["file"].split("/")[-1]: labels for labels in real_labels}
    assert texts <= set(labelled)
    assert all(labels["figures"] for labels in labelled.values())
    assert sum("sentences" in labels for labels in labelled.values()) >= 4


def _figure(text, value, unit="人"):
    return {"text": text, "value": value, "unit": unit, "kind": "people", "approx": False,
            "placeholder": False, "direction": None}


def _write_set(folder, text, labels):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "speech.txt").write_text(text, "utf-8")
    (folder / "speech.json").write_text(json.dumps(dict(labels, file="speech.txt"),
                                                   ensure_ascii=False), "utf-8")


def test_each_subfolder_is_a_set_scored_on_its_own(tmp_path):
    _write_set(tmp_path, "同志们：\n今年全区死亡31人。\n", {"figures": [_figure("31人", 31.0)]})
    _write_set(tmp_path / "other", "同志们：\n去年新建水池1200口。\n", {"figures": [{"text": "3口"}]})
    assert label_sets(tmp_path) == [tmp_path, tmp_path / "other"]
    assert evaluate(tmp_path).scores["figures"].gold == 1
    with pytest.raises(LabelError, match="3口"):
        evaluate(tmp_path / "other")


def test_a_kind_a_file_does_not_list_is_not_scored(tmp_path):
    _write_set(tmp_path, "同志们：\n今年全区死亡31人，要严格落实责任。\n",
               {"figures": [_figure("31人", 31.0)]})
    report = evaluate(tmp_path)
    assert report.scores["figures"].files == 1 and report.scores["figures"].recall == 1.0
    assert report.scores["directives"].files == 0 and report.scores["directives"].found == 0
    assert "not labelled" in format_report(report).splitlines()[1]


def test_yandu_eval_prints_each_set(tmp_path, capsys):
    _write_set(tmp_path, "同志们：\n今年全区死亡31人。\n", {"figures": [_figure("31人", 31.0)]})
    _write_set(tmp_path / "real", "同志们：\n今年全区死亡2人。\n", {"figures": [_figure("2人", 2.0)]})
    assert run(tmp_path, errors=False) == 0
    out = capsys.readouterr().out
    assert out.index(f"== {tmp_path.name} (1 files)") < out.index("== real (1 files)")


REAL_TARGETS = {"figures": (0.95, 0.95), "directives": (0.90, 0.90)}


@pytest.fixture(scope="module")
def real_report():
    need_corpus()
    return evaluate(REAL)


@pytest.mark.parametrize("kind", REAL_TARGETS)
def test_extraction_meets_its_targets_on_the_real_texts(real_report, kind):
    precision, recall = REAL_TARGETS[kind]
    score = real_report.scores[kind]
    assert score.files and score.precision >= precision, format_report(real_report)
    assert score.recall >= recall, format_report(real_report)


# What the real-texts issue asked of every set of real texts: figures P and R ≥ 0.96,
# directives ≥ 0.93 with no single text below 0.85 recall, paragraph breaks of the run-on texts.
MORE = DEFAULT_LABELS / "more"
ISSUE_TARGETS = {"figures": (0.96, 0.96), "directives": (0.93, 0.93)}
TEXT_RECALL = 0.85


@pytest.fixture(scope="module")
def more_report():
    need_corpus()
    return evaluate(MORE)


@pytest.mark.parametrize("kind", ISSUE_TARGETS)
@pytest.mark.parametrize("which", ["real", "more"])
def test_every_set_of_real_texts_meets_the_issue_targets(real_report, more_report, which, kind):
    chosen = real_report if which == "real" else more_report
    precision, recall = ISSUE_TARGETS[kind]
    score = chosen.scores[kind]
    assert score.files and score.precision >= precision, format_report(chosen)
    assert score.recall >= recall, format_report(chosen)


def test_no_labelled_text_falls_below_the_directive_recall_floor(real_report, more_report):
    for chosen in (real_report, more_report):
        for name, scores in chosen.by_file.items():
            directives = scores["directives"]
            assert not directives.files or directives.recall >= TEXT_RECALL, (name, directives)


def test_the_run_on_texts_get_most_of_their_paragraphs_back(more_report):
    score = more_report.scores["paragraphs"]
    assert score.files == 2 and score.precision >= 0.8 and score.recall >= 0.75


def test_the_task_part_rule_is_what_holds_work_reports_directives(monkeypatch, corpus):
    import analysis.layers.directives
    monkeypatch.setattr(analysis.layers.directives, "_task", lambda text: False)
    assert evaluate(REAL).scores["directives"].recall < 0.90


def test_labels_are_found_across_line_breaks_and_invisible_characters(tmp_path):
    (tmp_path / "speech.txt").write_text("同志们：\n今年全区死亡\u200b31人，要严格\n落实责任。\n", "utf-8")
    labels = {"file": "speech.txt", "figures": [{"text": "31人"}],
              "sentences": [{"text": "今年全区死亡31人，要严格落实责任。", "directive": "must"}]}
    label_file = tmp_path / "speech.json"
    label_file.write_text(json.dumps(labels, ensure_ascii=False), "utf-8")
    from analysis.evaluation.eval import check
    assert check(label_file) == []
    labels["figures"] = [{"text": "32人"}]
    label_file.write_text(json.dumps(labels, ensure_ascii=False), "utf-8")
    assert "32人" in check(label_file)[0]


def test_paragraph_starts_and_each_file_are_scored(tmp_path):
    (tmp_path / "speech.txt").write_text(
        "同志们：\n今年全区死亡31人。\n下面讲两点意见。要严格落实责任。\n", "utf-8")
    labels = {"file": "speech.txt", "paragraphs": [
        {"text": "同志们：", "heading": False}, {"text": "今年全区", "heading": False},
        {"text": "下面讲", "heading": False}, {"text": "要严格", "heading": False}]}
    (tmp_path / "speech.json").write_text(json.dumps(labels, ensure_ascii=False), "utf-8")
    report = evaluate(tmp_path)
    paragraphs = report.scores["paragraphs"]
    assert (paragraphs.gold, paragraphs.gold_found, paragraphs.found) == (4, 3, 3)
    assert report.by_file["speech.json"]["paragraphs"].recall == 0.75
    assert "speech.json: missed paragraph: 要严格" in report.errors
    from analysis.evaluation.eval import format_by_file
    assert "0.75" in format_by_file(report).splitlines()[1]


def test_a_title_and_speaker_read_off_a_collection_are_found_where_they_stood(tmp_path):
    text = "坚持依法防控筑牢安全防线※\n张伟\n一\n当前，防汛正处于关键时期。\n※这是张伟在会上讲话的一部分。\n"
    paragraphs = [{"text": "坚持依法防控筑牢安全防线", "heading": True}, {"text": "张伟", "heading": True},
                  {"text": "一", "heading": True}, {"text": "当前，防汛", "heading": False},
                  {"text": "这是张伟", "heading": False}]
    _write_set(tmp_path, text, {"paragraphs": paragraphs})
    score = evaluate(tmp_path).scores["paragraphs"]
    assert (score.precision, score.recall) == (1.0, 1.0)
