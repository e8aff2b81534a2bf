import json

import pytest

import analysis.extract
from analysis.eval import DEFAULT_LABELS, LabelError, evaluate, format_report

TARGETS = {"figures": (0.95, 0.95), "directives": (0.85, 0.85), "dates": (0.9, 0.0),
           "formulas": (0.9, 0.0)}


@pytest.fixture(scope="module")
def report():
    return evaluate(DEFAULT_LABELS)


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


def test_a_weaker_extractor_fails_the_targets(monkeypatch):
    real = analysis.extract.find_figures
    monkeypatch.setattr(analysis.extract, "find_figures",
                        lambda text: [f for f in real(text) if f.unit != "%"])
    assert evaluate(DEFAULT_LABELS).scores["figures"].recall < 0.95


def test_a_label_missing_from_the_text_is_an_error(tmp_path):
    (tmp_path / "speech.txt").write_text("同志们：\n今年全区死亡31人，要严格落实责任。\n", "utf-8")
    labels = {"file": "speech.txt", "figures": [{"text": "32人"}], "sentences": []}
    (tmp_path / "speech.json").write_text(json.dumps(labels, ensure_ascii=False), "utf-8")
    with pytest.raises(LabelError, match="32人"):
        evaluate(tmp_path)
