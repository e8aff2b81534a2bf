"""Excerpts chosen for export, with citations and anchors; highlights read back from a W3C Web
Annotation export onto the same text in another library."""
import json

import pytest

from db import ExportFilter, Library, NotAnExport
from db.exports import export
from tests.db.conftest import NOTE
from tests.db.test_search import _import
from tests.speeches import FLOOD, SAFETY


def test_excerpts_carry_their_citation_and_reference(library, marked):
    excerpts = library.excerpts.select()
    assert [e.quote for e in excerpts] == ["去年全镇发生事故3起，死亡2人。", "各村要在6月底前完成排查",
                                           "病险水库一律空库运行"]
    first = excerpts[0]
    assert first.citation == "《安全讲话》，张华，全镇安全生产工作会议，2020-01-02，一、统一思想，提高认识"
    assert first.reference == f"yandu:speech/{marked['safety']}#char={first.start},{first.end}"
    assert [(c.kind, first.quote[c.start:c.end]) for c in first.clozes] == [
        ("figure", "3起"), ("figure", "2人")]
    second = excerpts[1]
    assert second.section == "二、突出重点，狠抓落实 / （二）深入排查隐患"


def test_citations_use_the_users_corrections(library, marked):
    library.corrections.edit([marked["safety"]], {"speaker": "张华镇长", "origin": "《镇政报》"})
    first = library.excerpts.select()[0]
    assert first.citation == "《安全讲话》，张华镇长，全镇安全生产工作会议，2020-01-02，一、统一思想，提高认识，《镇政报》"


def test_export_filters(library, marked):
    assert [e.color for e in library.excerpts.select(ExportFilter(colors=["blue"]))] == ["blue"]
    assert {e.speech_id for e in library.excerpts.select(ExportFilter(tags=["防汛"]))} == \
        {marked["flood"]}
    assert {e.speech_id for e in library.excerpts.select(ExportFilter(date_to="2018"))} == \
        {marked["flood"]}
    chosen = library.excerpts.select(ExportFilter(speech_ids=[marked["safety"]],
                                           kinds=["highlight", "directive"]))
    assert {e.kind for e in chosen} == {"highlight", "directive"}
    assert all(e.speech_id == marked["safety"] for e in chosen)
    figure = library.excerpts.select(ExportFilter(kinds=["figure"]))[0]
    # A figure is exported as its sentence, the figure marked in it.
    assert figure.quote == "去年全镇发生事故3起，死亡2人。"
    assert figure.quote[slice(*figure.marked)] in ("3起", "2人")
    assert [figure.quote[c.start:c.end] for c in figure.clozes] == [
        figure.quote[slice(*figure.marked)]]


def test_json_is_web_annotation_and_round_trips(library, marked, tmp_path):
    export(library.excerpts.select(), "json", tmp_path / "out.json")
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert document["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    item = document["first"]["items"][0]
    selectors = {s["type"]: s for s in item["target"]["selector"]}
    assert selectors["TextQuoteSelector"]["exact"] == "去年全镇发生事故3起，死亡2人。"
    assert selectors["TextQuoteSelector"]["prefix"].endswith("生命财产安全。")
    position = selectors["TextPositionSelector"]
    assert position["end"] - position["start"] == len("去年全镇发生事故3起，死亡2人。")
    assert [b["value"] for b in item["body"] if b["purpose"] == "commenting"] == [NOTE]
    before = [(e.quote, e.note, e.tags, e.color) for e in library.excerpts.select()]
    library.close()

    # Another library with the same speeches, imported in another order.
    with Library(tmp_path / "other.sqlite") as other:
        _import(other, FLOOD, "防汛讲话", "李明", "2016-05-10")
        _import(other, SAFETY, "安全讲话", "张华", "2020-01-02")
        outcome = other.excerpts.import_annotations(
            (tmp_path / "out.json").read_text(encoding="utf-8"))
        assert (outcome.added, outcome.skipped, outcome.problems) == (3, 0, [])
        after = [(e.quote, e.note, e.tags, e.color) for e in other.excerpts.select()]
        assert after == before
        for excerpt in other.excerpts.select():
            text = other.speeches.get(excerpt.speech_id).text
            assert text[excerpt.start:excerpt.end] == excerpt.quote
        assert other.search.find("数字").hits == 1  # the notes are searchable
        again = other.excerpts.import_annotations((tmp_path / "out.json").read_text(
            encoding="utf-8"))
        assert (again.added, again.skipped) == (0, 3)


def test_bad_annotation_files_are_refused_clearly(library, marked):
    with pytest.raises(NotAnExport) as caught:
        library.excerpts.import_annotations("{oops")
    assert caught.value.reason == "not-json" and caught.value.detail
    with pytest.raises(NotAnExport) as caught:
        library.excerpts.import_annotations('{"items": 3}')
    assert caught.value.reason == "no-items"
    outcome = library.excerpts.import_annotations(json.dumps({"items": [
        {"target": {"source": "urn:sha256:0", "yandu:title": "无此讲话",
                    "selector": [{"type": "TextQuoteSelector", "exact": "x"}]}},
        {"nonsense": True}]}))
    assert outcome.added == 0
    assert [(p.number, p.reason) for p in outcome.problems] == [(1, "no-speech"),
                                                               (2, "refused")]
    assert outcome.problems[0].detail == "无此讲话"


def test_automatic_directives_and_figures_do_not_come_back_as_highlights(library, marked,
                                                                          tmp_path):
    everything = ExportFilter(kinds=["highlight", "directive", "figure"])
    excerpts = library.excerpts.select(everything)
    automatic = [e for e in excerpts if e.kind != "highlight"]
    assert len(automatic) > 3
    export(excerpts, "json", tmp_path / "all.json")
    items = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["first"]["items"]
    assert sum(1 for item in items if item.get("yandu:automatic")) == len(automatic)
    library.close()
    with Library(tmp_path / "other.sqlite") as other:
        _import(other, SAFETY, "安全讲话", "张华", "2020-01-02")
        _import(other, FLOOD, "防汛讲话", "李明", "2016-05-10")
        outcome = other.excerpts.import_annotations(
            (tmp_path / "all.json").read_text(encoding="utf-8"))
        assert (outcome.added, outcome.automatic, outcome.problems) == (3, len(automatic), [])
        assert len(other.excerpts.select()) == 3  # only the three highlights


def test_an_export_of_before_the_pages_is_still_read(library, marked, tmp_path):
    export(library.excerpts.select(), "json", tmp_path / "out.json")
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    old = {"type": "AnnotationCollection", "items": document["first"]["items"]}
    for item in old["items"]:
        del item["@context"]
    library.annotations.delete(library.excerpts.select()[0].annotation_id)
    outcome = library.excerpts.import_annotations(json.dumps(old))
    assert (outcome.added, outcome.skipped) == (1, 2)


def test_a_passage_is_cited_with_its_section(library, marked):
    text = library.speeches.get(marked["safety"]).text
    start = text.index("各村要在")
    passage = library.excerpts.passage(marked["safety"], start, start + 6)
    assert passage.quote == "各村要在6月"
    assert passage.citation == ("《安全讲话》，张华，全镇安全生产工作会议，2020-01-02，二、突出重点，狠抓落实 / "
                                "（二）深入排查隐患")


CREDITED = ("在企业家座谈会上的讲话\n（2020年7月21日）\n习近平\n《人民日报》（2020年07月22日 02 版）\n"
            "同志们：\n今天召开企业家座谈会。要激发市场主体活力。我们必须坚持改革开放。\n")


def test_a_passage_is_cited_as_its_speech_was_published(library):
    library.importer.import_text(CREDITED)
    [speech] = [s for s in library.speeches.all() if s.title == "在企业家座谈会上的讲话"]
    passage = library.excerpts.passage(speech.id, 4, 14)
    assert passage.cite() == "习近平. 在企业家座谈会上的讲话[N]. 人民日报, 2020-07-22(2)."
    assert passage.cite("plain") == "《在企业家座谈会上的讲话》，习近平，《人民日报》2020年7月22日第2版"
    library.edits.edit_fields([speech.id], {"url": "https://paper.example.cn/rmrb/a.htm"})
    online = library.excerpts.passage(speech.id, 4, 14)
    assert online.cite().startswith("习近平. 在企业家座谈会上的讲话[N/OL]. 人民日报, 2020-07-22(2)")
    assert online.cite().endswith("https://paper.example.cn/rmrb/a.htm.")
