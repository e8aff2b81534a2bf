"""Hostile files of highlights: every one is checked whole, refused items named with the
reason, nothing half-written, nothing out of range stored (issue 20's cases)."""
import json

import pytest

from db import NotAnExport
from db.annotation_file import read
from tests.db.test_search import _import
from tests.speeches import SAFETY

QUOTE = "去年全镇发生事故3起，死亡2人。"


def item(**changes):
    base = {"type": "Annotation",
            "body": [{"type": "TextualBody", "value": "笔记", "purpose": "commenting"},
                     {"type": "TextualBody", "value": "重点", "purpose": "tagging"}],
            "target": {"source": "urn:sha256:none", "yandu:title": "安全讲话",
                       "selector": [{"type": "TextQuoteSelector", "exact": QUOTE},
                                    {"type": "TextPositionSelector", "start": 60, "end": 76}]}}
    for key, value in changes.items():
        if key in ("exact", "start"):
            selector = base["target"]["selector"][0 if key == "exact" else 1]
            selector[key] = value
        elif key == "tag":
            base["body"][1]["value"] = value
        else:
            base[key] = value
    return base


@pytest.mark.parametrize("changes, reason", [
    ({"exact": None}, "no-quote"),
    ({"exact": ""}, "no-quote"),
    ({"exact": ["列表"]}, "no-quote"),
    ({"start": -30}, "bad-position"),
    ({"start": True}, "bad-position"),
    ({"start": 2.5}, "bad-position"),
    ({"start": 10**12}, "bad-position"),
    ({"tag": 5}, "bad-tag"),
    ({"tag": {"a": 1}}, "bad-tag"),
    ({"tag": None}, "bad-tag"),
    ({"tag": "   "}, "bad-tag"),
    ({"yandu:color": ["red"]}, "bad-colour"),
    ({"yandu:color": {"r": 1}}, "bad-colour"),
    ({"yandu:color": 3}, "bad-colour"),
    ({"yandu:color": "chartreuse"}, "bad-colour"),
    ({"created": 12345}, "bad-time"),
    ({"created": "garbage"}, "bad-time"),
    ({"created": "0001-01-01T00:00:00+14:00"}, "bad-time"),  # outside what a datetime holds
    ({"created": "9999-12-31T23:59:59-12:00"}, "bad-time"),
    ({"body": "text"}, "bad-body"),
    ({"target": 7}, "no-target"),
])
def test_each_bad_field_is_refused_with_its_reason(changes, reason):
    checked = read(json.dumps({"items": [item(), item(**changes)]}))
    assert len(checked.highlights) == 1
    assert [(p.number, p.reason, p.detail) for p in checked.problems] == [(2, "refused", reason)]


@pytest.mark.parametrize("text", ['{"items": [{"start": Infinity}]}',
                                  '{"items": [{"start": -Infinity}]}', '[NaN]'])
def test_numbers_json_cannot_hold_are_not_json(text):
    with pytest.raises(NotAnExport) as caught:
        read(text)
    assert caught.value.reason == "not-json" and "JSON number" in caught.value.detail


def test_deep_nesting_is_refused_at_once():
    with pytest.raises(NotAnExport) as caught:
        read("[" * 100_000 + "]" * 100_000)
    assert caught.value.reason == "too-deep"
    nested = '{"a":' * 50_000 + "1" + "}" * 50_000
    with pytest.raises(NotAnExport) as caught:
        read('{"items": [' + nested + "]}")
    assert caught.value.reason == "too-deep"


def test_an_infinite_start_is_refused():
    text = json.dumps({"items": [item()]}).replace('"start": 60', '"start": 1e400')
    checked = read(text)
    assert [p.detail for p in checked.problems] == ["bad-position"]


def test_a_bad_item_writes_nothing_of_itself_and_the_rest_in_one_go(library):
    speech = _import(library, SAFETY, "安全讲话", "张华", "2020-01-02")
    document = json.dumps({"items": [item(), item(tag=5, exact="各村要在6月底前完成排查"),
                                     item(start=-30, exact="各村要在6月底前完成排查"),
                                     item(exact=None)]})
    outcome = library.excerpts.import_annotations(document)
    assert outcome.added == 1
    assert [(p.number, p.detail) for p in outcome.problems] == [
        (2, "bad-tag"), (3, "bad-position"), (4, "no-quote")]
    [stored] = library.annotations.of_speech(speech)
    text = library.speeches.get(speech).text
    assert 0 <= stored.start < stored.end <= len(text) and text[stored.start:stored.end] == QUOTE
    assert stored.tags == ["重点"]
    assert library.search.find("笔记").hits == 1  # its note is in the index
    assert library.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_messages_name_the_item_and_the_reason():
    from desktop.common import messages
    checked = read(json.dumps({"items": [item(), item(**{"yandu:color": 3})]}))
    assert messages.annotation_problem(checked.problems[0]) == (
        "annotation 2: left out, because its colour is none of yellow, green, blue, pink, "
        "orange")


def test_a_lone_surrogate_or_a_control_in_a_note_is_taken_out_not_a_traceback(library):
    speech = _import(library, SAFETY, "安全讲话", "张华", "2020-01-02")
    text = json.dumps({"items": [item()]}).replace('"笔记"', '"笔\\ud800记\\u0000\\u202e"')
    outcome = library.excerpts.import_annotations(text)
    assert outcome.added == 1 and outcome.problems == []
    [stored] = library.annotations.of_speech(speech)
    assert stored.note == "笔记"
